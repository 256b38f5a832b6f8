"""No import circles among app/ and ui/ modules, counting every import in a file:
those inside functions (which hide a circle at run time) and under TYPE_CHECKING too.
And in app/ and ui/, an import inside a function says why it is lazy."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "ui")


def _modules(root: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for top in PACKAGES:
        for path in (root / top).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def _imported_names(node: ast.AST, package: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parts = package.split(".")
            up = parts[: len(parts) - node.level + 1]
            base = ".".join(up + ([base] if base else []))
        # `from app import db` imports app.db; `from app.db import Store` imports app.db.
        return [base] + [f"{base}.{a.name}" for a in node.names]
    return []


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the project modules it imports anywhere in its file."""
    modules = _modules(root)

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in modules}
    for module, path in modules.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            for name in _imported_names(node, package):
                target = resolve(name)
                # A package and its own submodules are not a circle (app -> app.db).
                if target is None or target == module or target.startswith(module + ".") \
                        or module.startswith(target + "."):
                    continue
                graph[module].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circles_in_app_and_ui() -> None:
    graph = import_graph(ROOT)
    assert len(graph) > 50
    assert circles(graph) == []


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_check_finds_a_circle_hidden_inside_a_function(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app/__init__.py": "",
        "app/a.py": "from app.b import thing\n",
        "app/b.py": "def thing():\n    from app import a\n    return a\n",
        "app/c.py": "from . import a\n",  # imports a, but nothing imports c: no circle
        "ui/__init__.py": "",
        "ui/x.py": "import ui.y\n",
        "ui/y.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ui.x import X\n",
    })
    assert circles(import_graph(tmp_path)) == [["app.a", "app.b"], ["ui.x", "ui.y"]]


def test_the_check_passes_a_package_importing_its_own_modules(tmp_path: Path) -> None:
    _write(tmp_path, {
        "app/__init__.py": "",
        "app/ladder/__init__.py": "from app.ladder import service\n",
        "app/ladder/service.py": "from app.ladder.models import Step\nimport app.text\n",
        "app/ladder/models.py": "Step = 1\n",
        "app/text.py": "",
        "ui/__init__.py": "",
    })
    assert circles(import_graph(tmp_path)) == []


def _function_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return sorted({n.lineno for f in ast.walk(tree)
                   if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                   for n in ast.walk(f) if isinstance(n, ast.Import | ast.ImportFrom)})


def test_every_import_inside_a_function_says_why_it_is_lazy() -> None:
    """Only start-up speed (or a library's cost where it is rarely needed) keeps an
    import inside a function, in app/ and ui/; the reason is on the line, or on the
    line above."""
    unexplained = []
    for path in sorted(p for top in PACKAGES for p in (ROOT / top).rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for n in _function_imports(path):
            here, above = lines[n - 1], lines[n - 2].strip() if n > 1 else ""
            if "# lazy: " not in here and not above.startswith("# lazy: "):
                unexplained.append(f"{path.relative_to(ROOT)}:{n}: {here.strip()}")
    assert unexplained == []
