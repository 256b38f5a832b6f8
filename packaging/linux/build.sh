#!/usr/bin/env bash
# Builds Ippo's Linux one-folder bundle with PyInstaller (`make dist` runs this).
#   dist/ippo/ippo                            the program (same commands as `ippo`)
#   dist/ippo/share/...                       .desktop, AppStream metainfo, icons
#   dist/ippo/install.sh                      per-user install into ~/.local
#   dist/ippo-<version>-linux-<arch>.tar.gz   what a user downloads
# Needs the project venv with PyInstaller (`make dist` installs it). PYTHON overrides.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY="${PYTHON:-.venv/bin/python}"
APP_ID="io.github.ippo_app.Ippo"
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n1)"
HERE=packaging/linux

# The desktop files must be valid before anything is built around them.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$HERE/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --no-color "$HERE/$APP_ID.metainfo.xml" >/dev/null
fi

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/ippo.spec

OUT=dist/ippo
install -Dm644 "$HERE/$APP_ID.desktop" "$OUT/share/applications/$APP_ID.desktop"
install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$OUT/share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 assets/icons/ippo.svg "$OUT/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 32 48 64 128 256 512; do
  install -Dm644 "assets/icons/ippo-$size.png" \
    "$OUT/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -m755 "$HERE/install.sh" "$OUT/install.sh"

TARBALL="dist/ippo-$VERSION-linux-$(uname -m).tar.gz"
tar -C dist -czf "$TARBALL" ippo
echo "built $OUT ($(du -sh "$OUT" | cut -f1)) and $TARBALL ($(du -h "$TARBALL" | cut -f1))"
