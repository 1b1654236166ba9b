#!/bin/sh
# Compile installer/caxa.iss with Inno Setup's ISCC.exe under wine: `make installer-windows`.
# Optional (neither `make test` nor CI runs it). Needs wine able to run 32-bit programs and ISCC.exe
# (the npm package `innosetup` ships Inno Setup 6.4.1's compiler); names whatever is missing and stops.
# Wine gets its own prefix and home (CAXA_WINE, default ~/.cache/caxa-wine) so it never touches the user's
# ~/.wine, desktop or menus. Not under the checkout: a prefix's drive z: links to /, and `pip install -e .`
# (make installer) would walk the whole file system through it.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
iscc=${ISCC:-$root/build/innosetup/package/bin/ISCC.exe}
missing=0

if ! command -v wine >/dev/null 2>&1; then
    echo "installer-windows: wine is missing. On Debian/Ubuntu (ISCC.exe is a 32-bit program):" >&2
    echo "  sudo dpkg --add-architecture i386 && sudo apt-get update" >&2
    echo "  sudo apt-get install --no-install-recommends wine wine64 wine32:i386" >&2
    missing=1
fi
if [ ! -f "$iscc" ]; then
    echo "installer-windows: no ISCC.exe at $iscc. Inno Setup 6.4.1's compiler comes in the npm package:" >&2
    echo "  mkdir -p build/innosetup && (cd build/innosetup && npm pack innosetup@6.4.1 && tar xzf innosetup-6.4.1.tgz)" >&2
    echo "  (or point ISCC=/path/to/ISCC.exe at one)" >&2
    missing=1
fi
if [ ! -d "$root/dist/caxa" ] || [ ! -f "$root/build/caxa.ico" ]; then
    echo "installer-windows: no bundle (dist/caxa) or icon (build/caxa.ico): run 'make installer' first." >&2
    missing=1
fi
[ "$missing" -eq 0 ] || exit 1

wine_dir=${CAXA_WINE:-${XDG_CACHE_HOME:-$HOME/.cache}/caxa-wine}
export WINEPREFIX="$wine_dir/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko download prompts, no Linux menu entries or desktop links for what the test setup installs.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
mkdir -p "$wine_dir/home"
export HOME="$wine_dir/home"
if [ ! -d "$WINEPREFIX" ]; then
    wineboot --init >/dev/null 2>&1
    # So that the setup.exe made here also runs in this prefix (MinVersion=10.0): wine 8 says Windows 7.
    wine winecfg /v win10 >/dev/null 2>&1
fi
# ISCC /? prints its banner and exits 1; a wine without 32-bit support prints no banner.
if ! wine "$iscc" /? 2>/dev/null | grep -q "Command-Line Compiler"; then
    echo "installer-windows: wine cannot run ISCC.exe, a 32-bit program. On Debian/Ubuntu:" >&2
    echo "  sudo dpkg --add-architecture i386 && sudo apt-get update && sudo apt-get install wine32:i386" >&2
    exit 1
fi

# The whole log goes to build/iscc.log; shown here without the line-per-file progress, warnings included.
script=$(winepath -w "$root/installer/caxa.iss")
status=0
wine "$iscc" "$script" >"$root/build/iscc.log" 2>&1 || status=$?
tr -d '\r' <"$root/build/iscc.log" | grep -v -e '^Parsing ' -e '^   Compressing' -e '^   Reading file' || true
[ "$status" -eq 0 ] || exit "$status"
if [ ! -f "$root/dist/caxa/caxa.exe" ]; then
    echo "installer-windows: dist/caxa is a Linux bundle (no caxa.exe): this setup.exe only checks caxa.iss." >&2
    echo "A real installer needs the bundle built on Windows (PyInstaller does not cross-build)." >&2
fi
echo "To try it (needs an X display): WINEPREFIX=$WINEPREFIX HOME=$HOME wine dist/CAXA-*-setup.exe"
