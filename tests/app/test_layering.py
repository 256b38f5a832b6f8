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


# Below the services: how the file is opened, keyed, copied. ui/ goes through
# app/privacy/service.py (store-wide work) and app/<feature>/service.py instead.
STORE_MODULES = ("app.db", "app.backup", "app.connection")
# Modules of ui/ allowed to reach below the services, each with its reason. None
# needs to: even start-up opens the store through app/privacy/service.py.
UI_BELOW_SERVICES: dict[str, str] = {}


def _below_services(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in STORE_MODULES)


def test_ui_reaches_the_store_only_through_services() -> None:
    files = sorted((ROOT / "ui").rglob("*.py"))
    assert len(files) > 10
    bad = sorted({(str(p.relative_to(ROOT)), n) for p in files for n in _imports(p)
                  if _below_services(n) and str(p.relative_to(ROOT)) not in UI_BELOW_SERVICES})
    assert bad == []


def test_the_store_check_catches_every_form_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from app import db\nimport app.backup\n"
                      "def f():\n    from app.connection import Store\n")
    assert [n for n in _imports(sample) if _below_services(n)] == [
        "app.db", "app.backup", "app.connection", "app.connection.Store"]
