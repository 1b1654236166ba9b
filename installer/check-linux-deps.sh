#!/bin/sh
# Before `make run` on Linux: are the system libraries Qt's X11 (xcb) platform plugin needs installed?
# A fresh Debian/Ubuntu lacks libxcb-icccm4 and libxcb-keysyms1 (Qt then names a different library,
# or only says "could not load the Qt platform plugin xcb"). Usage: check-linux-deps.sh [PYTHON]
# Exit 0 when nothing is missing (or not on Linux / not using xcb), 1 with the list otherwise.
PY=${1:-python3}

[ "$(uname -s)" = "Linux" ] || exit 0
case "${QT_QPA_PLATFORM:-xcb}" in
  xcb*) ;;
  *) exit 0 ;;  # offscreen, wayland, vnc …: the xcb plugin is not used
esac

QT=$("$PY" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))' 2>/dev/null) || {
  echo "check-linux-deps: PySide6 is not installed for $PY" >&2; exit 0; }

# linked libraries ldd cannot find, plus the ones Qt loads itself at start (dlopen)
missing=$(
  for f in "$QT/plugins/platforms/libqxcb.so" "$QT/lib/libQt6XcbQpa.so.6" "$QT/lib/libQt6Gui.so.6"; do
    [ -e "$f" ] && ldd "$f" 2>/dev/null | awk '/not found/ {print $1}'
  done
  for lib in libxcb-cursor.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || echo "$lib"
  done
)
missing=$(printf '%s\n' $missing | sort -u)
[ -z "$missing" ] && exit 0

# library file -> Debian/Ubuntu package
package() {
  case "$1" in
    libxcb-icccm.so.4) echo libxcb-icccm4 ;;
    libxcb-keysyms.so.1) echo libxcb-keysyms1 ;;
    libxcb-cursor.so.0) echo libxcb-cursor0 ;;
    libxcb-image.so.0) echo libxcb-image0 ;;
    libxcb-render-util.so.0) echo libxcb-render-util0 ;;
    libxcb-shape.so.0) echo libxcb-shape0 ;;
    libxcb-randr.so.0) echo libxcb-randr0 ;;
    libxcb-xkb.so.1) echo libxcb-xkb1 ;;
    libxcb-xfixes.so.0) echo libxcb-xfixes0 ;;
    libxcb-sync.so.1) echo libxcb-sync1 ;;
    libxcb-shm.so.0) echo libxcb-shm0 ;;
    libxcb-render.so.0) echo libxcb-render0 ;;
    libxcb-xinput.so.0) echo libxcb-xinput0 ;;
    libxcb-util.so.1) echo libxcb-util1 ;;
    libxcb.so.1) echo libxcb1 ;;
    libX11-xcb.so.1) echo libx11-xcb1 ;;
    libX11.so.6) echo libx11-6 ;;
    libxkbcommon-x11.so.0) echo libxkbcommon-x11-0 ;;
    libxkbcommon.so.0) echo libxkbcommon0 ;;
    libEGL.so.1) echo libegl1 ;;
    libGL.so.1) echo libgl1 ;;
    libOpenGL.so.0) echo libopengl0 ;;
    libfontconfig.so.1) echo libfontconfig1 ;;
    libfreetype.so.6) echo libfreetype6 ;;
    libdbus-1.so.3) echo libdbus-1-3 ;;
    libglib-2.0.so.0|libgthread-2.0.so.0) echo libglib2.0-0 ;;
    libSM.so.6) echo libsm6 ;;
    libICE.so.6) echo libice6 ;;
    *) echo "$1" ;;
  esac
}
packages=$(for lib in $missing; do package "$lib"; done | sort -u | tr '\n' ' ')

echo "CAXA cần các thư viện hệ thống sau để mở cửa sổ (Qt xcb) nhưng máy chưa có:" >&2
echo "CAXA needs these system libraries to open its window (Qt xcb) and they are missing:" >&2
for lib in $missing; do echo "  $lib  ($(package "$lib"))" >&2; done
echo "" >&2
echo "Cài bằng lệnh / install with:" >&2
echo "  sudo apt-get install $packages" >&2
exit 1
