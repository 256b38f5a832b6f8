#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs (even offscreen), plus Xvfb,
# poppler, a D-Bus daemon, a Japanese font and LibreOffice Calc (the spreadsheet
# export is read back through it) for the tests, and what `make dist`
# uses: binutils for PyInstaller, desktop-file-utils and appstream to validate the
# desktop files.
# Does nothing when all are there.
set -euo pipefail
pkgs=(libxcb1 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
      libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
      libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-util1 libxkbcommon0
      libxkbcommon-x11-0 libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6
      libdbus-1-3 dbus libcups2 fonts-noto-cjk fonts-dejavu-core xvfb xauth poppler-utils sqlite3
      binutils desktop-file-utils appstream
      libreoffice-calc-nogui)
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system, skipping"; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "system-deps: please install: ${missing[*]}" >&2; exit 1
  fi
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
