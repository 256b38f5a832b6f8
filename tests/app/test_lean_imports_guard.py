"""Guards `app/_lean_imports.py`: it relies on how sqlite-utils imports numpy.

If sqlite-utils changes that, these tests fail with what to do, instead of the
start-up quietly getting slower (or, worse, breaking)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from tests.conftest import ROOT


def _imports_numpy(node: ast.AST) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Import) and any(a.name == "numpy" for a in sub.names):
            return True
        if (isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") == "import_module"
                and sub.args and isinstance(sub.args[0], ast.Constant)
                and sub.args[0].value == "numpy"):
            return True
    return False


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = [handler.type] if not isinstance(handler.type, ast.Tuple) else handler.type.elts
    return any(isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError")
               for n in names)


def test_sqlite_utils_still_imports_numpy_only_if_it_can():
    import importlib.util

    spec = importlib.util.find_spec("sqlite_utils.db")
    assert spec is not None and spec.origin is not None
    with open(spec.origin, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    top_level = [n for n in tree.body if _imports_numpy(n)]
    assert top_level, (
        "sqlite-utils no longer imports numpy when it loads: app/_lean_imports.py "
        "is not needed any more; remove it and import sqlite_utils directly")
    for node in top_level:
        assert isinstance(node, ast.Try) and any(_catches_import_error(h)
                                                 for h in node.handlers), (
            "sqlite-utils now imports numpy without a fallback: hiding numpy in "
            "app/_lean_imports.py would break it; remove the hiding")


CHILD = """
import sys, tempfile
from app import paths
from app.db import open_store
store = open_store(paths.resolve(tempfile.mkdtemp()))  # a new store: migrations use sqlite-utils
import sqlite_utils.db
assert "numpy" not in sys.modules, "numpy was imported with the store"
assert sqlite_utils.db.np is None
store.db["t"].insert({"a": 1, "b": "x"})
assert list(store.db.query("select a, b from t")) == [{"a": 1, "b": "x"}]
import numpy
print("ok", numpy.__name__)
"""


def test_the_store_loads_without_numpy_and_works():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["ok", "numpy"]
