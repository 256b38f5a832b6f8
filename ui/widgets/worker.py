"""Slow work off the UI thread, its result back on it (in the spirit of Anki's `QueryOp`).

    QueryOp(self, lambda: slow(paths), self._on_loaded).failure(self._on_failed) \
        .with_progress(self.tr("Saving…")).run()

`work` runs on a pool thread and must not touch a widget (nor the page's own
database connection: SQLite connections belong to one thread, so work that
reads opens its own with `app.db.reading`). `on_done(result)` or
`on_failed(error)` then runs on the UI thread, through a queued signal of one
long-lived dispatcher, and only while `parent` still exists: a page or dialog
closed meanwhile is never called back. Each op is held here from `run()` until
it has delivered, then let go.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300  # quicker work shows nothing: a flash of a dialog is worse than none

_running: set[QueryOp[object]] = set()  # held from run() until delivered, then let go
_dispatcher: _Dispatcher | None = None


class _Dispatcher(QObject):
    """Lives on the UI thread for the application's life; workers emit, it delivers."""

    finished = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_finished(self, op: QueryOp[object]) -> None:
        _running.discard(op)
        op._deliver()


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("QueryOp needs a running QApplication")
        _dispatcher = _Dispatcher(app)
    return _dispatcher


def running() -> int:
    """Ops started and not yet delivered (tests wait for 0)."""
    return len(_running)


class QueryOp(Generic[T]):
    """One piece of slow work; build it, chain `failure`/`with_progress`, then `run()`."""

    def __init__(self, parent: QObject, work: Callable[[], T],
                 on_done: Callable[[T], None]) -> None:
        self._parent = weakref.ref(parent)
        self._work = work
        self._on_done = on_done
        self._on_failed: Callable[[Exception], None] | None = None
        self._label = ""
        self._result: T | None = None
        self._error: Exception | None = None
        self._progress: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._delivered = False

    def failure(self, on_failed: Callable[[Exception], None]) -> QueryOp[T]:
        """Called with the exception `work` raised; without one it is raised on the
        UI thread, where the application's error hook sees it."""
        self._on_failed = on_failed
        return self

    def with_progress(self, label: str) -> QueryOp[T]:
        """Show a quiet busy dialog with `label` if the work takes over 0.3 s."""
        self._label = label
        return self

    def run(self) -> None:
        dispatcher = _the_dispatcher()  # made here, on the UI thread
        _running.add(self)  # type: ignore[arg-type]
        parent = self._parent()
        if self._label and isinstance(parent, QWidget):
            self._timer = QTimer(parent)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_progress)
            self._timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(lambda: self._in_worker(dispatcher))

    # -- on the worker thread: no widgets here --------------------------------
    def _in_worker(self, dispatcher: _Dispatcher) -> None:
        try:
            self._result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread whole
            self._error = exc
        try:
            dispatcher.finished.emit(self)
        except RuntimeError:
            pass  # the application is gone; there is no one left to tell

    # -- back on the UI thread --------------------------------------------------
    def _alive(self) -> QObject | None:
        parent = self._parent()
        return parent if parent is not None and shiboken6.isValid(parent) else None

    def _show_progress(self) -> None:
        parent = self._alive()
        if self._delivered or not isinstance(parent, QWidget):
            return
        dialog = QProgressDialog(self._label, "", 0, 0, parent.window())
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # work already begun runs to its end
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(parent.window().windowTitle())
        self._progress = dialog
        dialog.show()

    def _deliver(self) -> None:
        self._delivered = True
        if self._timer is not None and shiboken6.isValid(self._timer):
            self._timer.stop()
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.close()
        self._progress = self._timer = None
        result, error = self._result, self._error
        on_done, on_failed = self._on_done, self._on_failed
        # Nothing of the data or the callers stays with the op: the pool thread may
        # drop its last reference later, and must not be the one to free a widget.
        self._result = self._error = self._on_failed = None
        self._on_done = self._work = _nothing  # type: ignore[assignment]
        if self._alive() is None:
            return  # the page or dialog went away meanwhile: nobody to tell
        if error is not None:
            if on_failed is None:
                raise error
            on_failed(error)
        else:
            on_done(result)  # type: ignore[arg-type]


def _nothing(*_args: object) -> None:
    """Stands in for a callback once the op has delivered."""
