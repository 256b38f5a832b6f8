#!/usr/bin/env bash
# Builds Ippo for macOS: dist/Ippo.app and a compressed disk image dist/Ippo-<version>.dmg.
# Run on a Mac (macOS 12 or later, Apple silicon or Intel: the app is built for the
# Python's own architecture) from anywhere:  bash packaging/macos/build.sh
# Needs: Python 3.11-3.13 from python.org or Homebrew; hdiutil (part of macOS).
# The app is not signed or notarised: on first start, right-click > Open (see README).
# NOT tested: no Mac was available when this was written.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n1)"
PY="${PYTHON:-python3}"

[ -d .venv-mac ] || "$PY" -m venv .venv-mac
.venv-mac/bin/python -m pip install --upgrade pip
.venv-mac/bin/python -m pip install -e . "pyinstaller>=6.10,<7"

.venv-mac/bin/python -m PyInstaller --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/ippo.spec

# The frozen program inside the .app checks itself without opening a window.
IPPO_BUNDLE_SELFTEST=1 QT_QPA_PLATFORM=offscreen dist/Ippo.app/Contents/MacOS/ippo

rm -f "dist/Ippo-$VERSION.dmg"
STAGE="$(mktemp -d)"
cp -R dist/Ippo.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Ippo" -srcfolder "$STAGE" -ov -format UDZO "dist/Ippo-$VERSION.dmg"
rm -rf "$STAGE"
echo "built dist/Ippo.app and dist/Ippo-$VERSION.dmg"
