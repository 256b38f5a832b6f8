"""Build Ippo's Qt translation catalogues: lupdate, fill from the word lists, lrelease.

Each catalogue covers one part of the code (`core`, or one feature package in
`app/<feature>` and `ui/<feature>`), so work on one feature never touches the
catalogue of another. The reviewed text lives in
`assets/translations/<lang>/<catalog>.toml`: one table per Qt context, the
source text as key, the translation as value (a list of forms for `%n`).

    python assets/translations/catalogs.py          # what `make translations` runs
    python assets/translations/catalogs.py ladder   # just one catalogue
    python assets/translations/catalogs.py --check  # only report what is missing
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORE_DIRS = ["app", "app/charts", "app/migrations", "ui", "ui/shell", "ui/widgets",
             "ui/today", "ui/settings"]
FEATURES = ["ladder", "diary", "thoughts", "plan", "progress", "privacy", "report", "importers",
            "routine", "reminders", "practice"]


def catalogs() -> list[str]:
    return ["core"] + [f for f in FEATURES if sources(f)]


def sources(catalog: str) -> list[Path]:
    dirs = CORE_DIRS if catalog == "core" else [f"app/{catalog}", f"ui/{catalog}"]
    return sorted(p for d in dirs for p in (ROOT / d).glob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def lupdate(catalog: str, ts: Path, plural_only: bool = False) -> None:
    args = [_tool("lupdate"), *map(str, sources(catalog)), "-no-obsolete", "-locations", "none"]
    if plural_only:
        args.append("-pluralonly")
    subprocess.run([*args, "-ts", str(ts)], check=True, capture_output=True)


def fill(ts_path: Path, words_dir: Path = HERE) -> list[str]:
    """Write the word list's translations into `ts_path`; return what is missing."""
    catalog, lang = ts_path.stem.removeprefix("ippo_").rsplit("_", 1)
    words_path = words_dir / lang / f"{catalog}.toml"
    words = tomllib.loads(words_path.read_text("utf-8")) if words_path.exists() else {}
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        table = words.get(name, {})
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            tr = msg.find("translation")
            assert tr is not None
            value = table.get(source)
            if value is None:
                if tr.get("type") == "unfinished":
                    missing.append(f"{ts_path.name}: [{name}] {source!r}")
                continue
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for old in list(tr):
                    tr.remove(old)
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value if isinstance(value, str) else value[0]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def build(out_dir: Path = HERE, only: list[str] | None = None) -> list[str]:
    """Update and compile the catalogues (all, or `only`) into `out_dir`; return what is missing."""
    missing: list[str] = []
    for catalog in only or catalogs():
        for lang, plural_only in (("ja", False), ("en", True)):
            ts = out_dir / f"ippo_{catalog}_{lang}.ts"
            if out_dir != HERE and (HERE / ts.name).exists():
                shutil.copy(HERE / ts.name, ts)
            lupdate(catalog, ts, plural_only)
            missing += fill(ts)
            lrelease(ts, ts.with_suffix(".qm"))
    return missing


def main(argv: list[str]) -> int:
    only = [a for a in argv if not a.startswith("-")] or None
    if "--check" in argv:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            missing = build(Path(tmp), only)
    else:
        missing = build(only=only)
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
