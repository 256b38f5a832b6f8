"""Bad input at start: the window opens or says plainly why not, and changes nothing.

A folder where the database should be, hostile settings, an emptied database
with a good backup beside it, a read-only folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.storefile import StoreProblem
from tests.conftest import ROOT, run_ippo


def _tree(folder: Path) -> dict[str, tuple[int, str]]:
    """Every entry below `folder` (itself included) with its mode and content digest."""
    out = {}
    for p in [folder, *sorted(folder.rglob("*"))]:
        info = p.lstat()
        digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        out[str(p.relative_to(folder))] = (stat.S_IMODE(info.st_mode), digest)
    return out


def _args(data: Path, smoke: bool = True) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data), lang="en", passphrase_file=None,
                              smoke_test=smoke)


@pytest.fixture
def window_run(qapp, monkeypatch):
    """startup.run without a real event loop or a real exit (either would break later
    tests in this process); returns the start-up problems shown."""
    from ui.shell import startup

    monkeypatch.setattr(qapp, "exec", lambda: (qapp.processEvents(), 0)[1])
    monkeypatch.setattr(qapp, "exit", lambda code=0: None)
    monkeypatch.setattr(qapp, "quit", lambda: None)
    shown: list[StoreProblem] = []
    answers: list[bool] = []

    def ask(cls, problem):
        shown.append(problem)
        return answers.pop(0) if answers else False

    from ui.shell.startup_problem import StartupProblemScreen

    told: list[str] = []
    monkeypatch.setattr(StartupProblemScreen, "ask", classmethod(ask))
    monkeypatch.setattr(startup, "show_problem", lambda problem: ask(None, problem))
    monkeypatch.setattr(StartupProblemScreen, "tell_restored",
                        classmethod(lambda cls, problem, kept: told.append(kept.name)))

    def run(data: Path, answer: bool = False) -> tuple[int, list[StoreProblem], list[str]]:
        shown.clear()
        told.clear()
        answers[:] = [answer]
        code = startup.run(_args(data))
        for _ in range(3):
            qapp.processEvents()
        for w in qapp.topLevelWidgets():
            w.hide()
            w.deleteLater()
        qapp.processEvents()
        return code, list(shown), list(told)

    return run


def _demo_with_backup(tmp_path: Path) -> Path:
    from app.backup import make_backup
    from app.db import open_store
    from app.paths import resolve

    data = tmp_path / "data"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "2").returncode == 0
    store = open_store(resolve(data))
    try:
        make_backup(store, "manual")
    finally:
        store.close()
    return data


def _has_diary(data: Path) -> bool:
    from app.db import open_store
    from app.diary import service
    from app.paths import resolve

    store = open_store(resolve(data), create=False)
    try:
        return service.first_day(store.db) is not None
    finally:
        store.close()


# -- point 6: a folder where the database file should be -------------------------------

def test_cli_on_a_folder_in_place_of_the_database(tmp_path):
    data = tmp_path / "data"
    (data / "ippo.sqlite3").mkdir(parents=True)
    os.chmod(data, 0o755)
    before = _tree(data)
    for command in (["check"], ["demo", "--weeks", "1"], ["export", "--out",
                    str(tmp_path / "e.json")], ["restore"],
                    ["report", "--out", str(tmp_path / "r.pdf")]):
        out = run_ippo(command[0], "--data-dir", str(data), *command[1:])
        assert out.returncode == 1, (command, out.stderr)
        assert "Traceback" not in out.stderr and "Error" not in out.stderr
        assert "in the way" in out.stderr, out.stderr
        assert _tree(data) == before
    assert not (tmp_path / "e.json").exists() and not (tmp_path / "r.pdf").exists()


def test_window_on_a_folder_in_place_of_the_database(window_run, tmp_path):
    data = tmp_path / "data"
    (data / "ippo.sqlite3").mkdir(parents=True)
    os.chmod(data, 0o755)
    before = _tree(data)
    code, shown, _ = window_run(data)
    assert code == 1
    assert [p.kind for p in shown] == [StoreProblem.NOT_A_FILE]
    assert "in the way" in shown[0].user_message()
    assert _tree(data) == before


# -- point 7: hostile settings --------------------------------------------------------

def test_window_opens_with_hostile_settings(window_run, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    hostile = ("[" * 200_000 + "]" * 200_000).encode()
    (data / "settings.json").write_bytes(hostile)
    code, shown, _ = window_run(data)
    assert code == 0 and shown == []
    kept = [p.read_bytes() for p in data.iterdir() if p.name.startswith("settings.json")
            and p.read_bytes() == hostile]
    assert kept  # untouched, or set aside under another name: never deleted


# -- point 9: an emptied database with a good backup ----------------------------------

def test_cli_never_builds_a_new_database_over_an_empty_one(tmp_path):
    data = _demo_with_backup(tmp_path)
    (data / "ippo.sqlite3").write_bytes(b"")
    before = _tree(data)
    out_file = tmp_path / "e.json"
    for command in (["export", "--out", str(out_file)], ["check"], ["demo", "--weeks", "1"]):
        out = run_ippo(command[0], "--data-dir", str(data), *command[1:])
        assert out.returncode == 1, (command, out.stdout, out.stderr)
        assert "Traceback" not in out.stderr
        assert "empty" in out.stderr and "good backup from" in out.stderr
        assert "ippo restore --data-dir" in out.stderr
        assert str(next((data / "backups").iterdir())) in out.stderr
        assert _tree(data) == before
    assert not out_file.exists()
    out = run_ippo("restore", "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    assert "is your data again" in out.stdout
    kept = list((data / "backups").glob("unusable-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == b""
    assert stat.S_IMODE((data / "ippo.sqlite3").stat().st_mode) == 0o600
    assert _has_diary(data)
    ok = run_ippo("export", "--data-dir", str(data), "--out", str(out_file))
    assert ok.returncode == 0, ok.stderr
    assert any(json.loads(out_file.read_text("utf-8"))["tables"].values())
    from app.paths import resolve
    from app.privacy.erase import erase_everything

    erase_everything(resolve(data))  # "Delete all my data" takes the kept file too
    assert not kept[0].exists()


def test_cli_offers_the_backup_for_a_damaged_database(tmp_path):
    data = _demo_with_backup(tmp_path)
    db = data / "ippo.sqlite3"
    db.write_bytes(b"this is not a database at all, just some words\n")
    before = _tree(data)
    out = run_ippo("export", "--data-dir", str(data), "--out", str(tmp_path / "e.json"))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "good backup from" in out.stderr
    assert _tree(data) == before


def test_window_offers_the_newest_backup_and_changes_nothing_if_declined(window_run,
                                                                          tmp_path):
    data = _demo_with_backup(tmp_path)
    (data / "ippo.sqlite3").write_bytes(b"")
    before = _tree(data)
    code, shown, told = window_run(data, answer=False)
    assert code == 1
    assert [p.kind for p in shown] == [StoreProblem.EMPTY]
    assert shown[0].offer == next((data / "backups").iterdir())
    assert told == []
    assert _tree(data) == before


def test_window_restores_the_newest_backup_when_asked(window_run, tmp_path):
    data = _demo_with_backup(tmp_path)
    (data / "ippo.sqlite3").write_bytes(b"")
    code, shown, told = window_run(data, answer=True)
    assert code == 0
    assert [p.kind for p in shown] == [StoreProblem.EMPTY]
    assert len(told) == 1  # the empty file is kept, in the backups folder
    assert (data / "backups" / told[0]).read_bytes() == b""
    assert _has_diary(data)


def test_an_empty_file_with_no_backup_is_simply_a_new_start(window_run, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "ippo.sqlite3").write_bytes(b"")
    code, shown, _ = window_run(data)
    assert code == 0 and shown == []


# -- point 11: a folder Ippo cannot use is never changed; check is read-only -----------

def _without_root_powers() -> list[str]:
    """A command prefix under which root obeys file modes (CI runs as root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("no setpriv to drop root's powers over file modes")
    probe = subprocess.run([setpriv, "--inh-caps=-all", "--bounding-set=-all", "true"],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("setpriv cannot drop capabilities here")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all", "--"]


def _ippo_as_owner(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([*_without_root_powers(), sys.executable, "-m", "ui.main", *args],
                          capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)


@pytest.fixture
def read_only_data(tmp_path):
    data = tmp_path / "data"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "2").returncode == 0
    for p in [*data.rglob("*")]:
        os.chmod(p, 0o444 if p.is_file() else 0o555)
    os.chmod(data, 0o555)
    yield data
    os.chmod(data, 0o755)
    for p in data.rglob("*"):
        os.chmod(p, 0o644 if p.is_file() else 0o755)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_window_never_changes_a_read_only_folder(read_only_data):
    before = _tree(read_only_data)
    out = _ippo_as_owner("--data-dir", str(read_only_data), "--smoke-test")
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    assert "cannot write" in out.stderr
    assert _tree(read_only_data) == before  # mode 0555 kept, no lock, no new file


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_check_of_a_read_only_database_writes_nothing(read_only_data):
    before = _tree(read_only_data)
    os.chmod(read_only_data, 0o755)  # a writable folder, a read-only database
    before = _tree(read_only_data)
    out = _ippo_as_owner("check", "--data-dir", str(read_only_data))
    assert out.returncode == 0, out.stderr
    assert "good order" in out.stdout
    assert _tree(read_only_data) == before  # no -wal, no -shm


def test_check_leaves_no_new_file_in_a_writable_folder(tmp_path):
    data = tmp_path / "data"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "2").returncode == 0
    before = _tree(data)
    out = run_ippo("check", "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    assert _tree(data) == before


def test_problem_screen_offers_the_backup_by_its_date(qapp, tmp_path):
    from datetime import datetime

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ui.shell.startup_problem import StartupProblemScreen

    problem = StoreProblem(StoreProblem.EMPTY, tmp_path / "ippo.sqlite3")
    problem.offer = tmp_path / "backups" / "ippo-20261130-210400-daily.sqlite3"
    problem.offer_taken = datetime(2026, 11, 30, 21, 4)
    seen: list[str] = []

    def click_restore() -> None:
        box = qapp.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_restore)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().startswith("Restore the newest backup from"):
                seen.append(button.text())
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, click_restore)
    QTimer.singleShot(5000, lambda: qapp.activeModalWidget() and qapp.activeModalWidget().reject())
    assert StartupProblemScreen.ask(problem) is True
    assert "is empty" in seen[0] and "ippo restore" not in seen[0]  # a button, not a command
    assert "2026" in seen[1]
