"""Restoring a backup from Settings: the file work runs on a worker thread while the
window waits with nothing of the old store left in it; then the backup's data shows."""

from __future__ import annotations

import errno
import gc
import threading

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.backup import list_backups, make_backup
from app.ladder import service as sv
from app.privacy import restore as restore_mod
from ui.privacy.backup_section import BackupSection
from ui.privacy.guard import install
from ui.privacy.restore_dialog import RestoreDialog
from ui.widgets import worker

BEFORE, AFTER = "Walk to the corner (from the backup)", "Walk to the station (made later)"


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    return said


@pytest.fixture
def guard(window, context):
    return install(window, context, backup=False)


@pytest.fixture
def with_backup(context):
    """A ladder saved in a backup, then renamed in the live data."""
    ladder = sv.create_ladder(context.db, BEFORE, [])
    make_backup(context.store, "manual")
    sv.rename_ladder(context.db, ladder.id, AFTER)
    return ladder


def _settled(qtbot):
    qtbot.waitUntil(lambda: worker.running() == 0, timeout=20000)
    qtbot.wait(20)  # deferred deletes run


def _ladder_names(window) -> list[str]:
    """The ladders the Ladder page offers, by goal (without "(on Today)")."""
    combo = window.show_page("ladder").ladder_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    return [g for t in texts for g in (BEFORE, AFTER, "Still writable") if t.startswith(g)]


def _start_restore(window, monkeypatch):
    monkeypatch.setattr(RestoreDialog, "ask",
                        classmethod(lambda cls, preview, parent=None: True))
    section = window.show_page("settings").section(BackupSection)
    section.refresh()
    section.list.setCurrentRow(0)
    section.restore_button.click()


def _widgets_holding(*objects: object) -> list[str]:
    held = []
    for w in QApplication.allWidgets():
        if not shiboken6.isValid(w):
            continue
        values = vars(w).values() if hasattr(w, "__dict__") else ()
        if any(v is o for v in values for o in objects):
            held.append(type(w).__name__)
    return held


def test_restore_swaps_the_file_on_a_worker_and_shows_the_backup(
        guard, window, context, qtbot, monkeypatch, with_backup, told):
    assert _ladder_names(window) == [AFTER]
    old_ladder_page = window.page("ladder")
    old_store, old_db = context.store, context.db
    seen: dict[str, object] = {}
    release = threading.Event()
    real_replace = restore_mod.replace_live

    def replace_live(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        assert release.wait(10)  # held until the UI thread has shown it is free
        return real_replace(*args, **kwargs)

    monkeypatch.setattr(restore_mod, "replace_live", replace_live)

    def while_working() -> None:
        seen["store while working"] = context.store
        seen["progress"] = [w for w in QApplication.topLevelWidgets()
                            if isinstance(w, QProgressDialog) and w.isVisible()]
        guard.lock()  # the idle lock waits for the restore: it must not open the file
        seen["locked while working"] = guard.is_locked()
        release.set()

    _start_restore(window, monkeypatch)
    qtbot.waitUntil(lambda: "thread" in seen, timeout=10000)
    QTimer.singleShot(600, while_working)  # the UI thread runs timers meanwhile
    _settled(qtbot)

    assert seen["thread"] is not threading.main_thread()
    assert seen["store while working"] is None  # no page could read or write meanwhile
    assert seen["progress"]  # a quiet progress dialog shows while it takes long
    assert seen["locked while working"] is False
    assert guard.is_locked()  # ... and it locks once the data is back
    window.centralWidget().form.open_button.click()
    assert not guard.is_locked()
    assert _ladder_names(window) == [BEFORE]  # the page shows the backup's data
    assert "has been restored" in " ".join(told)
    gc.collect()
    assert not shiboken6.isValid(old_ladder_page)
    assert _widgets_holding(old_store, old_db) == []


def test_restore_without_a_lock_refreshes_the_shown_page(
        window, context, qtbot, monkeypatch, with_backup, told):
    _start_restore(window, monkeypatch)
    _settled(qtbot)
    assert window.current_key() == "settings"
    section = window.page("settings").section(BackupSection)
    assert section.list.count() == 2  # the copy of the data from just before is listed
    assert section.restore_button.isEnabled()
    assert _ladder_names(window) == [BEFORE]
    before = next(b for b in list_backups(context.paths.backups) if b.reason == "restore")
    assert restore_mod.preview(before, context.store.passphrase).counts["ladders"] == 1
    assert "has been restored" in told[-1]


def test_a_failure_on_the_worker_leaves_the_data_open_and_says_why(
        window, context, qtbot, monkeypatch, with_backup, told):
    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(restore_mod, "export_copy", disk_full)
    old_store = context.store
    _start_restore(window, monkeypatch)
    _settled(qtbot)
    assert context.store is not None and context.store is not old_store
    assert _ladder_names(window) == [AFTER]  # the data as it was, open and usable
    sv.create_ladder(context.db, "Still writable", [])
    assert told and "not restored" in told[-1] and "disk is full" in told[-1]
    assert not (context.paths.database.with_name(context.paths.database.name + ".restore")
                .exists())
    assert _widgets_holding(old_store, old_store.db) == []


def test_an_unreadable_backup_leaves_the_data_as_it_was(
        window, context, qtbot, monkeypatch, with_backup, told):
    chosen = list_backups(context.paths.backups)[0]
    real_preview = restore_mod.preview

    def preview_then_damage(backup, key):
        found = real_preview(backup, key)
        chosen.path.write_bytes(b"not a database at all" * 100)  # spoilt after the preview
        return found

    monkeypatch.setattr(restore_mod, "preview", preview_then_damage)
    _start_restore(window, monkeypatch)
    _settled(qtbot)
    assert _ladder_names(window) == [AFTER]
    assert "not restored" in told[-1] and "damaged" in told[-1]


def test_when_even_the_old_data_cannot_be_opened_the_lock_offers_it(
        guard, window, context, qtbot, monkeypatch, with_backup, told):
    from app.storefile import StoreProblem
    from ui.privacy import restore_run

    def busy(paths, *_args, **_kwargs):
        raise StoreProblem(StoreProblem.BUSY, paths.database)

    def refused(*_args, **_kwargs):
        raise StoreProblem(StoreProblem.READ_ONLY, context.paths.root)

    monkeypatch.setattr(restore_mod, "backup_and_thin", refused)
    monkeypatch.setattr(restore_mod, "open_store", busy)
    monkeypatch.setattr(restore_run, "open_store", busy)
    _start_restore(window, monkeypatch)
    _settled(qtbot)
    assert context.store is None and not context.replacing_store
    assert guard.is_locked()  # its Open button tries again, and says why if it cannot
    assert "Another program is using" in told[-1]
    monkeypatch.undo()
    window.centralWidget().form.open_button.click()
    assert not guard.is_locked() and _ladder_names(window) == [AFTER]


def test_an_unforeseen_error_on_the_worker_still_gives_the_data_back(
        window, context, qtbot, monkeypatch, with_backup, told):
    from ui.privacy import restore_run

    def broken(*_args, **_kwargs):
        raise ValueError("something nobody planned for")

    monkeypatch.setattr(restore_run, "restore_closed", broken)
    with qtbot.capture_exceptions() as raised:
        _start_restore(window, monkeypatch)
        _settled(qtbot)
    assert [type(e[1]) for e in raised] == [ValueError]  # handed to the error hook
    assert context.store is not None and not context.replacing_store
    assert window.current_key() == "settings" and _ladder_names(window) == [AFTER]
