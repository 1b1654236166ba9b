; Inno Setup script: a per-user installer of the PyInstaller bundle (dist\caxa).
; Build on Windows after `make installer`:  iscc installer\caxa.iss
#define AppVersion GetEnv("CAXA_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C7F1B52-3E0A-4C8E-9B7D-CAXA00000001}
AppName=CAXA
AppVersion={#AppVersion}
AppPublisher=CAXA
DefaultDirName={localappdata}\Programs\CAXA
DefaultGroupName=CAXA
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=CAXA-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình"; Flags: unchecked

[Files]
Source: "..\dist\caxa\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\CAXA"; Filename: "{app}\caxa.exe"
Name: "{userdesktop}\CAXA"; Filename: "{app}\caxa.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\caxa.exe"; Description: "Mở CAXA"; Flags: nowait postinstall skipifsilent
