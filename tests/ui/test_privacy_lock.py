"""The lock: idle timer (short minutes), Ctrl+L, nothing of the user's visible, store closed."""

from __future__ import annotations

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.privacy import passphrase as pp
from tests.ui.conftest import run_a_little
from ui.privacy.guard import install
from ui.privacy.lock_guard import LockGuard
from ui.privacy.lock_screen import LockScreen

CANARY = "canary entry: I walked to the corner shop"
PASS = "a calm long passphrase"


@pytest.fixture
def guard(window, context, monkeypatch):
    monkeypatch.setattr(LockGuard, "ms_per_minute", 100)  # a "minute" of 100 ms
    return install(window, context, backup=False)


def _visible_texts(window) -> list[str]:
    out = []
    for w in window.findChildren(QWidget):
        if w.isVisible() and isinstance(w, (QLabel, QLineEdit)):
            out.append(w.text())
    return out


def _show_canary(window) -> QLabel:
    page = window.stack.currentWidget()
    label = QLabel(CANARY, page)
    label.show()
    return label


def test_idle_lock_hides_everything_and_closes_the_store(guard, window, context, qtbot):
    label = _show_canary(window)
    assert CANARY in _visible_texts(window)
    old = context.store
    guard.ms_per_minute = 400
    context.update_settings(idle_lock_minutes=5)  # 2 s here
    # Activity keeps it open well past the interval (3 s of keys, one every 50 ms).
    for _ in range(60):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Shift)
        qtbot.wait(50)
    assert not guard.is_locked()
    qtbot.waitUntil(guard.is_locked, timeout=8000)
    assert isinstance(window.centralWidget(), LockScreen)
    assert context.store is None
    with pytest.raises(sqlcipher3.ProgrammingError, match="closed"):
        old.db.execute("select 1")  # the connection is closed
    assert not any(CANARY in t for t in _visible_texts(window))
    assert window.built_pages() == []  # no page widget holds entry text while locked
    qtbot.wait(20)  # deferred deletes run
    import shiboken6

    assert not shiboken6.isValid(label)  # the page holding the text is gone
    # What the window shows is the same as a lock over a page with no entry text.
    with_text = window.grab().toImage()
    window.centralWidget().form.open_button.click()
    assert context.store is not None and CANARY not in _visible_texts(window)
    guard.lock()
    # Once the new cover has laid itself out (later on a loaded machine), it shows
    # exactly what the first one did.
    qtbot.waitUntil(lambda: window.grab().toImage() == with_text, timeout=3000)


def test_no_passphrase_lock_is_a_cover_with_open(guard, window, context, qtbot):
    context.store.db["meta"].insert({"key": "k", "value": CANARY})
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guard.is_locked() and context.store is None
    form = window.centralWidget().form
    assert not form.needs_passphrase and not form.passphrase.isVisible()
    qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    assert not guard.is_locked()
    assert context.db["meta"].get("k")["value"] == CANARY
    assert window.current_key() == "today"


def test_unlocking_needs_the_passphrase(guard, window, context, qtbot):
    context.store, _ = pp.set_passphrase(context.store, PASS)
    context.store.db["meta"].insert({"key": "k", "value": CANARY})
    context.lock_requested.emit()
    assert guard.is_locked()
    form = window.centralWidget().form
    assert form.needs_passphrase
    qtbot.keyClicks(form.passphrase, "not the passphrase")
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert guard.is_locked() and context.store is None
    assert "not the right passphrase" in form.note.text()
    form.passphrase.clear()
    qtbot.keyClicks(form.passphrase, PASS)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert not guard.is_locked()
    assert context.db["meta"].get("k")["value"] == CANARY
    assert form.passphrase.text() == ""


def test_lock_button_in_the_sidebar(guard, window, qtbot):
    assert guard.button.isVisible()
    qtbot.mouseClick(guard.button, Qt.MouseButton.LeftButton)
    assert guard.is_locked()


def test_idle_lock_is_off_by_default(guard, context, qtbot):
    assert context.settings.idle_lock_minutes == 0
    qtbot.wait(400)
    assert not guard.is_locked()


def test_an_open_dialog_is_covered_while_locked(guard, window, context, qtbot):
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog(window)
    editor = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(editor)
    editor.setText(CANARY)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.grab().toImage()
    guard.lock()
    assert not dialog.isEnabled()
    covered = dialog.grab().toImage()
    editor.setText("other words, quite different and longer than the first ones were")
    assert dialog.grab().toImage() == covered != before  # the text is not drawn
    guard.screen.form.open_button.click()
    assert dialog.isEnabled() and dialog.isVisible()
    assert editor.text().startswith("other words")


def test_daily_backup_at_start_runs_off_the_ui_thread(window, context, qtbot):
    import time

    from app.backup import list_backups, verify

    context.store.db["meta"].insert({"key": "k", "value": CANARY})
    started = time.perf_counter()
    install(window, context)  # with the daily backup
    assert time.perf_counter() - started < 0.5
    qtbot.waitUntil(lambda: bool(list_backups(context.paths.backups)), timeout=10000)
    made = list_backups(context.paths.backups)
    assert [b.reason for b in made] == ["daily"]
    assert verify(made[0].path, context.store.passphrase)


def test_startup_takes_the_daily_backup_once_the_store_is_open(qtbot, qapp, store, monkeypatch):
    import argparse

    from app.backup import list_backups
    from ui.shell import startup
    from ui.shell.welcome_dialog import WelcomeDialog

    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, parent=None, **_k: None))
    monkeypatch.setattr(qapp, "exec", run_a_little(qapp))  # the backup follows the frame
    store.db["meta"].insert({"key": "k", "value": CANARY})
    leftover = store.paths.database.with_name("ippo.sqlite3.rekey")
    leftover.write_bytes(b"SQLite format 3\x00" + CANARY.encode())
    store.close()
    args = argparse.Namespace(data_dir=str(store.paths.root), lang="en", passphrase_file=None,
                              smoke_test=False)
    assert startup.run(args) == 0
    qtbot.waitUntil(lambda: bool(list_backups(store.paths.backups)), timeout=10000)
    assert not leftover.exists()
