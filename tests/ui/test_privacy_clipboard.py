"""Words copied out of Ippo are marked private and do not linger on the clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from ui.privacy import clipboard_guard
from ui.privacy.guard import install

WORDS = "I felt brave at the corner shop"


@pytest.fixture
def clip(window, context, qtbot):
    install(window, context, backup=False)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.applicationState()
                    == Qt.ApplicationState.ApplicationActive)
    yield window.clipboard_guard
    QGuiApplication.clipboard().clear()


def _copy_from_ippo(window, qtbot) -> None:
    field = QLineEdit(WORDS, window.stack.currentWidget())
    field.show()
    field.selectAll()
    field.copy()  # what Ctrl+C does


def test_a_copy_is_marked_private_and_cleared_after_a_while(clip, window, qtbot):
    _copy_from_ippo(window, qtbot)
    board = QGuiApplication.clipboard()
    assert board.text() == WORDS
    formats = board.mimeData().formats()
    for fmt in clipboard_guard.PRIVATE_FORMATS:
        assert fmt in formats
    assert clip.timer.isActive()
    assert clip.timer.interval() == clipboard_guard.CLEAR_AFTER_S * 1000
    clip.timer.timeout.emit()  # the 30 seconds have passed
    assert board.text() == ""


def test_a_later_copy_in_another_program_is_never_cleared(clip, window, qtbot, monkeypatch):
    _copy_from_ippo(window, qtbot)
    monkeypatch.setattr(clipboard_guard.ClipboardGuard, "_copied_here", lambda self: False)
    board = QGuiApplication.clipboard()
    board.setText("something copied afterwards")
    clip.timer.timeout.emit()
    assert board.text() == "something copied afterwards"


def test_another_programs_copy_is_left_alone(clip, window, qtbot, monkeypatch):
    monkeypatch.setattr(clipboard_guard.ClipboardGuard, "_copied_here", lambda self: False)
    mime = QMimeData()
    mime.setText("a shopping list from another program")
    QGuiApplication.clipboard().setMimeData(mime)
    formats = QGuiApplication.clipboard().mimeData().formats()
    assert clipboard_guard.MARK not in formats
    assert not clip.timer.isActive()
    clip.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "a shopping list from another program"


def test_locking_clears_ippos_copy(clip, window, qtbot):
    _copy_from_ippo(window, qtbot)
    window.lock_guard.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_quitting_clears_ippos_copy(clip, window, qtbot):
    _copy_from_ippo(window, qtbot)
    QGuiApplication.instance().aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""
