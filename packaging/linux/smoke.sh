#!/usr/bin/env bash
# Smoke test of the built Linux bundle (`make dist-check` runs it after the build).
# Starts the frozen Ippo like a user would, on a fresh data folder and a fresh
# HOME, with no source tree on the path: demo data, the main window, the
# database check, encryption, and a summary PDF that must be real vector text.
# Exits 0 only if every step passed. Usage: smoke.sh [BUNDLE_DIR] (default dist/ippo)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
BUNDLE="$(cd "${1:-dist/ippo}" && pwd)"
IPPO="$BUNDLE/ippo"
[ -x "$IPPO" ] || { echo "smoke: no bundle at $BUNDLE (run make dist)" >&2; exit 1; }

T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
D="$T/data"
mkdir -p "$T/home"
# Nothing from the developer's setup may leak in: own HOME and caches, no PYTHONPATH.
export HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" XDG_CACHE_HOME="$T/home/.cache"
export XDG_DATA_HOME="$T/home/.local/share" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME MPLCONFIGDIR IPPO_DATA_DIR
cd "$T"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

step "inside the bundle: backends, translations, migrations, icon"
MIGRATIONS="$(cd "$ROOT/app/migrations" && ls m[0-9]*.py | sed 's/\.py$//' | sort | tr '\n' ' ')"
EXPECT_DEMO=""
if [ -x "$ROOT/.venv/bin/python" ]; then
  EXPECT_DEMO="$(cd "$ROOT" && .venv/bin/python -c \
    'from app import demo; print(" ".join(n for n, _ in demo.populators()))')"
fi
IPPO_BUNDLE_SELFTEST=1 IPPO_EXPECT_MIGRATIONS="$MIGRATIONS" IPPO_EXPECT_DEMO="$EXPECT_DEMO" \
  timeout 300 "$IPPO" || fail "the in-bundle self-test"

step "version"
"$IPPO" --version

step "demo data (8 weeks) into a fresh folder"
timeout 120 "$IPPO" demo --data-dir "$D" --weeks 8 || fail "ippo demo"
[ -f "$D/ippo.sqlite3" ] || fail "no database written"
APPLIED="$(sqlite3 "$D/ippo.sqlite3" \
  "select name from _sqlite_migrations where migration_set = 'ippo' order by name" | tr '\n' ' ')"
echo "migrations applied: $APPLIED"
[ "$APPLIED" = "$MIGRATIONS" ] || fail "applied migrations '$APPLIED' != '$MIGRATIONS'"

step "main window (offscreen)"
timeout 120 "$IPPO" --data-dir "$D" --smoke-test || fail "ippo --smoke-test"

if command -v xvfb-run >/dev/null; then
  step "main window on X11 (xcb platform plug-in, under Xvfb)"
  env -u QT_QPA_PLATFORM timeout 120 xvfb-run -a "$IPPO" --data-dir "$D" --smoke-test \
    || fail "ippo --smoke-test under Xvfb"
fi

step "database check"
timeout 120 "$IPPO" check --data-dir "$D" || fail "ippo check"

step "encryption (sqlcipher3) on a copy: set a passphrase, check, export"
E="$T/encrypted"
cp -a "$D" "$E"
printf 'calm river stone 42\n' > "$T/passphrase"
timeout 120 "$IPPO" passphrase set --data-dir "$E" --new-passphrase-file "$T/passphrase" \
  --recovery-key-file "$T/recovery-key" || fail "ippo passphrase set"
if head -c 15 "$E/ippo.sqlite3" | grep -qa "SQLite format 3"; then
  fail "the database is still plain"
fi
timeout 120 "$IPPO" check --data-dir "$E" --passphrase-file "$T/passphrase" \
  || fail "ippo check with the passphrase"
if timeout 120 "$IPPO" check --data-dir "$E" >/dev/null 2>&1; then
  fail "ippo check opened the encrypted data without a passphrase"
fi
timeout 120 "$IPPO" export --data-dir "$E" --passphrase-file "$T/passphrase" --allow-plaintext \
  --out "$T/export.json" || fail "ippo export"
python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$T/export.json" \
  || fail "the export is not JSON"

check_pdf() {  # check_pdf FILE EXPECTED-TEXT...
  local pdf="$1"; shift
  [ -s "$pdf" ] || fail "$pdf not written"
  local pages
  pages="$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')"
  echo "$pdf: $pages page(s)"
  [ "${pages:-0}" -ge 1 ] || fail "$pdf has no pages"
  local text
  text="$(pdftotext -layout "$pdf" -)"
  for expected in "$@"; do
    grep -qF -- "$expected" <<<"$text" || fail "'$expected' not found in $pdf"
  done
  # `pdfimages -list` prints two header lines; any more would be raster images.
  local images
  images="$(pdfimages -list "$pdf" | tail -n +3 | wc -l)"
  [ "$images" -eq 0 ] || fail "$pdf contains $images raster image(s); charts must stay vector"
}

step "summary PDF (English)"
timeout 180 "$IPPO" report --data-dir "$D" --weeks 4 --lang en --out "$T/summary-en.pdf" \
  || fail "ippo report"
# "Ippo" is in the footer; "Mood" labels a chart drawn from the demo data.
check_pdf "$T/summary-en.pdf" "Ippo" "Mood"

step "summary PDF (Japanese)"
timeout 180 "$IPPO" report --data-dir "$D" --weeks 4 --lang ja --out "$T/summary-ja.pdf" \
  || fail "ippo report --lang ja"
check_pdf "$T/summary-ja.pdf" "Ippo"
# Japanese text must come out as text, i.e. a CJK font was found and embedded
# (pdftotext may map some kanji to CJK radicals, hence the wide range).
JA_TEXT="$(pdftotext "$T/summary-ja.pdf" -)"
LC_ALL=C.UTF-8 grep -qP '[\x{2E80}-\x{9FFF}]' <<<"$JA_TEXT" || fail "no Japanese text in summary-ja.pdf"

printf '\nsmoke: all checks passed (%s)\n' "$BUNDLE"
