"""One error policy for what no code caught: log it without user text, say one kind
sentence, go on.

A slot that raises (on the UI thread, or in a thread of Ippo's own) ends up in
`sys.excepthook` or `threading.excepthook`. Both are replaced at start: the log gets
the exception's type and frames (`app.errors.describe`: never its message, which may
quote what the person typed), and the person gets `ErrorNotice`: one calm message,
never a traceback, shown at most once at a time. Ippo does not quit; the window, the
forms and what is typed in them stay as they were.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.tracebacks import describe

log = logging.getLogger("ippo.uncaught")


class ErrorNotice:
    """The one message for an error nobody expected. Tests replace `notify`."""

    _open: QMessageBox | None = None

    @staticmethod
    def text() -> str:
        return QCoreApplication.translate(
            "ErrorNotice", "Something went wrong inside Ippo. What you saved is safe, and "
            "what you are typing stays where it is. You can carry on.")

    @classmethod
    def notify(cls, parent: QWidget | None) -> None:
        """Show the message without blocking; never a second one on top of the first."""
        if cls._open is not None:
            return
        # lazy: the `Qt` namespace costs ~20 ms to build; start-up never needs it
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("ErrorNotice", "Something went wrong"),
                          cls.text(), QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(cls._on_finished)
        cls._open = box
        box.open()

    @classmethod
    def _on_finished(cls, _result: int) -> None:
        cls._open = None


class _Relay(QObject):
    """Brings an error from another thread to the UI thread: the relay lives there,
    so Qt queues a signal emitted in another thread to its slot (an automatic
    connection decides by the receiver's thread)."""

    happened = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.happened.connect(self._on_happened)

    def _on_happened(self) -> None:
        _tell()


_relay: _Relay | None = None


def _tell() -> None:
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    try:
        ErrorNotice.notify(parent)
    except Exception:  # the notice itself must never raise into the hook again
        log.error("the error notice could not be shown")


def on_uncaught(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    """`sys.excepthook`: log type and frames, then the kind message; never quits."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if error.__traceback__ is None and tb is not None:
        error = error.with_traceback(tb)
    log.error("uncaught %s", describe(error))
    if threading.current_thread() is threading.main_thread() or _relay is None:
        _tell()
    else:
        _relay.happened.emit()


def _on_thread_uncaught(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    on_uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def install(app: QCoreApplication) -> None:
    """Called once at start, after the QApplication exists."""
    global _relay
    _relay = _Relay(app)
    sys.excepthook = on_uncaught
    threading.excepthook = _on_thread_uncaught
