#!/usr/bin/env bash
# Installs the Debian packages Afterglow needs, or prints the command when it cannot.
#   system-deps.sh test    Qt offscreen libraries, fonts, a D-Bus daemon, the reference `age` tool
#                          and the desktop-entry and AppStream validators
#   system-deps.sh window  the above plus what a real window under X11/Xvfb needs
#   system-deps.sh package the above plus binutils, which PyInstaller needs (make package)
set -euo pipefail

offscreen=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0
           libdbus-1-3 dbus-daemon fonts-dejavu-core age desktop-file-utils appstream)
window=(xvfb xauth libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
        libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
        libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1)

wanted=("${offscreen[@]}")
case "${1:-test}" in
    window) wanted+=("${window[@]}") ;;
    package) wanted+=("${window[@]}" binutils) ;;
esac

# Debian's python3 needs python3-venv before `python3 -m venv` works.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    wanted+=(python3-venv)
fi

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can check

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
        || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "Afterglow needs these system packages. Please run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
