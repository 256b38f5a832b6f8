"""app/ is the Qt-free core: no Qt, no pyplot, no matplotlib backend, no ui/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "matplotlib.pyplot", "matplotlib.backends", "ui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_core_never_imports_qt_pyplot_or_ui() -> None:
    files = sorted((ROOT / "app").rglob("*.py"))
    assert len(files) > 10
    bad = [(str(p.relative_to(ROOT)), n) for p in files for n in _imports(p) if _forbidden(n)]
    assert bad == []


def test_the_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QLabel\nimport matplotlib.pyplot as plt\n"
                      "from ui.shell import theme\n")
    assert [n for n in _imports(sample) if _forbidden(n)] == [
        "PySide6.QtWidgets", "PySide6.QtWidgets.QLabel", "matplotlib.pyplot",
        "ui.shell", "ui.shell.theme"]


def test_ui_holds_no_sql() -> None:
    import re

    pattern = re.compile(r"\b(execute|executemany)\(|SELECT |INSERT INTO|DELETE FROM")
    hits = [str(p) for p in (ROOT / "ui").rglob("*.py") if pattern.search(p.read_text("utf-8"))]
    assert hits == []
