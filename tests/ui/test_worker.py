"""The QueryOp helper: work on a worker thread, the result or failure back on the UI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.widgets import worker
from ui.widgets.worker import QueryOp


def _settled(qtbot) -> None:
    qtbot.waitUntil(lambda: worker.running() == 0, timeout=5000)


def test_work_runs_off_the_ui_thread_and_delivers_on_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = QThread.currentThread()
        seen["work_ident"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["done_thread"] = QThread.currentThread()

    QueryOp(parent, work, done).run()
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["work_ident"] != threading.get_ident()
    assert seen["work_thread"] is not ui_thread
    assert seen["done_thread"] is ui_thread
    _settled(qtbot)


def test_a_failure_reaches_the_error_callback_on_the_ui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    ui_thread = QThread.currentThread()
    failures: list[tuple[Exception, object]] = []
    done: list[object] = []

    def work() -> int:
        raise OSError("disk full")

    QueryOp(parent, work, done.append).failure(
        lambda exc: failures.append((exc, QThread.currentThread()))).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    (error, thread), = failures
    assert isinstance(error, OSError) and str(error) == "disk full"
    assert thread is ui_thread
    assert done == []
    _settled(qtbot)


def test_no_call_back_into_a_deleted_parent(qtbot):
    parent = QWidget()
    release = threading.Event()
    called: list[object] = []
    QueryOp(parent, lambda: release.wait(5) and "late", called.append).failure(
        called.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _valid(parent), timeout=2000)
    release.set()
    _settled(qtbot)  # delivered (and dropped): nothing is held any more
    qtbot.wait(50)
    assert called == []


def _valid(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_slow_work_shows_a_quiet_progress_dialog_and_closes_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    done: list[str] = []
    QueryOp(parent, lambda: release.wait(5) and "ok", done.append) \
        .with_progress("Working").run()
    qtbot.waitUntil(lambda: _progress(parent) is not None, timeout=3000)
    dialog = _progress(parent)
    assert dialog is not None and dialog.labelText() == "Working"
    release.set()
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    qtbot.waitUntil(lambda: _progress(parent) is None, timeout=3000)


def _progress(parent: QWidget) -> QProgressDialog | None:
    found = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
    return found[0] if found else None


def test_quick_work_shows_no_progress(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done: list[str] = []
    QueryOp(parent, lambda: "ok", done.append).with_progress("Working").run()
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    qtbot.wait(worker.PROGRESS_DELAY_MS + 100)
    assert _progress(parent) is None


def test_the_ui_keeps_processing_events_while_work_runs(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    ticks: list[float] = []
    from PySide6.QtCore import QTimer

    timer = QTimer(parent)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    done: list[str] = []
    QueryOp(parent, lambda: time.sleep(0.4) or "ok", done.append).run()
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    timer.stop()
    assert len(ticks) >= 10  # the event loop turned all the while


def test_the_op_is_let_go_once_it_has_delivered(qtbot):
    import gc
    import weakref

    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[str] = []
    op = QueryOp(parent, lambda: "ok", done.append)
    gone = weakref.ref(op)
    op.run()
    del op
    gc.collect()
    assert gone() is not None  # held while the work runs
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    _settled(qtbot)
    gc.collect()
    assert gone() is None  # and not a moment longer
