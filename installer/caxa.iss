; Inno Setup 6 script: a per-user installer (no administrator rights) of the PyInstaller bundle dist\caxa.
; Build on Windows: the bundle with PyInstaller (installer\caxa.spec, which also writes build\caxa.ico; the
; commands are in the README's "The Windows installer"), then `iscc installer\caxa.iss`.
; Output: dist\CAXA-<version>-setup.exe. On Linux `make installer-windows` compiles it under wine.
; Saved as UTF-8 with a BOM, like Vietnamese.isl: without it ISCC reads the Vietnamese text below as ANSI.
;
; The version is desktop/__init__.py's __version__ unless given as /DAppVersion=... .
#ifndef AppVersion
  #define VersionFile AddBackslash(SourcePath) + "..\desktop\__init__.py"
  #define VersionPrefix '__version__ = "'
  #define AppVersion ""
  #define VersionLine ""
  #define FileHandle 0
  #for {FileHandle = FileOpen(VersionFile); FileHandle && !FileEof(FileHandle) && AppVersion == ""; 0} \
    (VersionLine = FileRead(FileHandle), Pos(VersionPrefix, VersionLine) == 1 ? \
      AppVersion = Copy(VersionLine, Len(VersionPrefix) + 1, Len(VersionLine) - Len(VersionPrefix) - 1) : 0)
  #if FileHandle
    #expr FileClose(FileHandle)
  #endif
  #if AppVersion == ""
    #error No __version__ = "..." line in desktop\__init__.py
  #endif
#endif
; Windows' file version is numbers only: the version's leading digits and dots (0.2.0rc1 -> 0.2.0).
#define VersionNumbers ""
#define VersionIndex 1
#for {VersionIndex = 1; VersionIndex <= Len(AppVersion) && Pos(Copy(AppVersion, VersionIndex, 1), "0123456789.") > 0; \
      VersionIndex++} VersionNumbers = VersionNumbers + Copy(AppVersion, VersionIndex, 1)
#if Copy(VersionNumbers, Len(VersionNumbers), 1) == "."
  #define VersionNumbers Copy(VersionNumbers, 1, Len(VersionNumbers) - 1)
#endif
; PyInstaller cannot cross-build: only a bundle made on Windows has caxa.exe. A Linux dist\caxa still
; compiles (that checks this script), but the result installs nothing that runs on Windows.
#if !FileExists(AddBackslash(SourcePath) + "..\dist\caxa\caxa.exe")
  #pragma warning "dist\caxa has no caxa.exe (not a Windows bundle): this setup only checks the script"
#endif

[Setup]
; The AppId names this program in Windows' list of installed programs: never change it, or an update
; installs beside the old copy instead of over it.
AppId={{F569AD41-C209-4075-ACC8-24440E62F721}
AppName=CAXA
AppVersion={#AppVersion}
AppPublisher=CAXA
VersionInfoVersion={#VersionNumbers}
VersionInfoDescription=Trình cài đặt CAXA
VersionInfoProductName=CAXA
VersionInfoProductTextVersion={#AppVersion}
; Per user: into %LOCALAPPDATA%\Programs\CAXA, no UAC prompt. The stations' data live apart, in
; %LOCALAPPDATA%\CAXA, so uninstalling or updating the program never touches them.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\CAXA
DisableProgramGroupPage=yes
; The bundle is 64-bit (Python, PySide6), and Qt 6 needs Windows 10 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\build\caxa.ico
UninstallDisplayName=CAXA
UninstallDisplayIcon={app}\caxa.exe
OutputDir=..\dist
OutputBaseFilename=CAXA-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "vi"; MessagesFile: "Vietnamese.isl"

[Messages]
; Uninstalling removes the program only, never the stations' data: say so before the clerk confirms.
vi.ConfirmUninstall=Bạn có chắc muốn gỡ bỏ %1 khỏi máy tính này không?%n%nDữ liệu của trạm (thư mục dữ liệu CAXA) vẫn được giữ nguyên.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: files a previous version had and this one does not must not linger
; in _internal, where Python could still import them.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\caxa\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\CAXA"; Filename: "{app}\caxa.exe"
Name: "{autodesktop}\CAXA"; Filename: "{app}\caxa.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\caxa.exe"; Description: "{cm:LaunchProgram,CAXA}"; Flags: nowait postinstall skipifsilent
