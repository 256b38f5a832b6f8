"""Test isolation: offscreen Qt, and every path Ippo or Qt might write under tmp."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("IPPO_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _test_process_keeps_its_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ippo takes its own process out of crash dumps, and a lowered core limit can
    never be raised again; in-process tests would pass that on to every later child."""
    from app.privacy import hardening

    monkeypatch.setattr(hardening, "keep_out_of_crash_dumps", lambda: True)


@pytest.fixture
def data_paths(tmp_path: Path):
    from app.paths import resolve

    return resolve(tmp_path / "data")


@pytest.fixture
def store(data_paths):
    from app.db import open_store

    s = open_store(data_paths)
    yield s
    s.close()


@pytest.fixture
def db(store):
    return store.db


def run_ippo(*args: str, env: dict[str, str] | None = None, timeout: float = 60):
    """Run `python -m ui.main ARGS` as a separate process (the real CLI)."""
    import subprocess

    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "ui.main", *args], capture_output=True,
                          text=True, env=full_env, timeout=timeout, cwd=ROOT)
