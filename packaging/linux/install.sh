#!/usr/bin/env bash
# Installs this Ippo folder for the current user (no root needed):
#   the program to ~/.local/opt/ippo, a link ~/.local/bin/ippo, and the
#   menu entry, icons and AppStream data below ~/.local/share.
# Run from the unpacked folder: ./install.sh   Remove again: ./install.sh --uninstall
set -euo pipefail
APP_ID="io.github.ippo_app.Ippo"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
# Not below ~/.local/share: Ippo keeps the user's own data in ~/.local/share/Ippo.
TARGET="$HOME/.local/opt/ippo"
SRC="$(cd "$(dirname "$0")" && pwd)"

remove() {
  rm -f "$BIN/ippo" "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
  find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  rm -rf "$TARGET"
  echo "Ippo's program files were removed. Your own data was not touched."
  exit 0
fi

remove
if [ "$SRC" != "$TARGET" ]; then
  rm -rf "$TARGET"
  mkdir -p "$TARGET"
  cp -a "$SRC/." "$TARGET/"
fi
mkdir -p "$BIN"
ln -sf "$TARGET/ippo" "$BIN/ippo"
(cd "$TARGET/share" && find . -type f) | while read -r f; do
  install -Dm644 "$TARGET/share/$f" "$DATA/$f"
done
# The menu entry must start this copy even when ~/.local/bin is not on PATH.
sed -i "s|^Exec=ippo|Exec=\"$TARGET/ippo\"|" "$DATA/applications/$APP_ID.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$DATA/icons/hicolor" || true
echo "Ippo is installed. Open it from your menu, or run: $BIN/ippo"
