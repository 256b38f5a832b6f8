"""One error policy: an error nobody caught is logged without user text, told with one
kind message (never a traceback), and Ippo goes on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from ui.shell import error_policy
from ui.shell.error_policy import ErrorNotice

CANARY = "my secret diary words"


@pytest.fixture
def hooks(monkeypatch, qapp):
    """The policy's hooks for this test only (pytest's own come back afterwards)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    told: list[object] = []
    monkeypatch.setattr(ErrorNotice, "notify", classmethod(lambda cls, parent: told.append(1)))
    error_policy.install(qapp)
    return told


def _broken_slot() -> None:
    raise ValueError(CANARY)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_without_user_text_and_told_kindly(
        hooks, window, qtbot, caplog):
    button = QPushButton("try", window)
    button.clicked.connect(_broken_slot)
    with caplog.at_level(logging.ERROR, logger="ippo.uncaught"):
        button.click()
    assert hooks == [1]  # the kind message, once
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "builtins.ValueError" in logged and "_broken_slot" in logged
    assert CANARY not in logged and "Traceback" not in logged
    assert window.isVisible()  # Ippo goes on: the window is there and still works
    window.show_page("diary")
    assert window.current_key() == "diary"


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_is_told_on_the_ui_thread(hooks, qtbot, caplog):
    seen_on: list[bool] = []
    ErrorNotice.notify = classmethod(  # type: ignore[method-assign]
        lambda cls, parent: seen_on.append(threading.current_thread() is threading.main_thread()))
    with caplog.at_level(logging.ERROR, logger="ippo.uncaught"):
        worker = threading.Thread(target=_broken_slot)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(seen_on), timeout=3000)
    assert seen_on == [True]
    assert CANARY not in caplog.text


def test_the_notice_is_one_calm_message_and_never_a_traceback(qtbot, window):
    ErrorNotice.notify(window)
    ErrorNotice.notify(window)  # a second error while the first notice is open
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "What you saved is safe" in text and "Traceback" not in text
    assert boxes[0].detailedText() == ""
    boxes[0].accept()
    qtbot.waitUntil(lambda: ErrorNotice._open is None, timeout=2000)


def test_the_notice_in_japanese(qapp):
    from ui.shell import translations

    translations.install("ja")
    try:
        assert ErrorNotice.text().startswith("Ippo の中で")
    finally:
        translations.install("en")
