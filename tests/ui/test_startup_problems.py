"""Starting the window on a folder Ippo cannot use: a plain message, exit 1, nothing written."""

from __future__ import annotations

import os

from tests.app.test_read_only import _digests
from tests.conftest import run_ippo


def test_window_start_on_read_only_folder_says_so(qapp, tmp_path, monkeypatch):
    """The window path: the same message, exit 1, nothing written."""
    import argparse

    from app.storefile import StoreProblem
    from ui.shell import startup

    data = tmp_path / "data"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "1").returncode == 0
    before = _digests(data)
    shown: list[str] = []
    monkeypatch.setattr(startup, "show_problem", lambda p: shown.append(p.kind))
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK
                        else real_access(p, mode, **kw))
    monkeypatch.setattr(qapp, "exec", lambda: (qapp.processEvents(), 0)[1])
    exits: list[int] = []
    # A real exit() would leave Qt "quitting" and break every later event loop in this process.
    monkeypatch.setattr(qapp, "exit", lambda code=0: exits.append(code))
    args = argparse.Namespace(data_dir=str(data), lang="en", passphrase_file=None,
                              smoke_test=False)
    code = startup.run(args)
    qapp.processEvents()
    assert code == 1
    assert exits == []  # refused before the window: no lock file, no write at all
    assert shown == [StoreProblem.READ_ONLY]
    assert _digests(data) == before


def test_window_keeps_memory_out_of_crash_dumps_before_opening(qapp, tmp_path, monkeypatch):
    from app.paths import resolve
    from app.privacy import hardening
    from ui.shell import startup

    order: list[str] = []
    monkeypatch.setattr(hardening, "keep_out_of_crash_dumps", lambda: order.append("dumps off"))
    from app.privacy import service as store_service

    real_open = store_service.open_store
    monkeypatch.setattr(store_service, "open_store",
                        lambda *a, **k: (order.append("open"), real_open(*a, **k))[1])
    store = startup.open_store_for_window(resolve(tmp_path / "d"), None)
    assert store is not None
    store.close()
    assert order == ["dumps off", "open"]
