"""Words copied out of Ippo do not linger on a shared computer's clipboard.

When the person copies text in Ippo, the copy is marked as private for
clipboard managers (KDE's and others' password hint; Windows' clipboard
history and cloud clipboard formats), and Ippo clears it again after
CLEAR_AFTER_S seconds, when Ippo locks, and when Ippo quits, but only if the
clipboard still holds that same copy: whatever another program copies after
it is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_S = 30
_DWORD_ZERO = b"\x00\x00\x00\x00"
PRIVATE_FORMATS = {
    "x-kde-passwordManagerHint": b"secret",
    # Windows: keep it out of clipboard history (Win+V) and the cloud clipboard.
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"':
        _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
}
MARK = "x-kde-passwordManagerHint"


class ClipboardGuard(QObject):
    """Marks Ippo's copies private and clears them once they have served."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied: str | None = None  # the text of Ippo's latest copy, while it stands
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CLEAR_AFTER_S * 1000)
        self.timer.timeout.connect(self.clear_if_ours)
        self._clipboard().dataChanged.connect(self._on_clipboard_data_changed)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_ours)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def _copied_here(self) -> bool:
        """A change is Ippo's own when Ippo owns the clipboard (X11, Windows, macOS)
        or, where the system does not say, when Ippo's window has the focus."""
        if self._clipboard().ownsClipboard():
            return True
        return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def _on_clipboard_data_changed(self) -> None:
        mime = self._clipboard().mimeData()
        if mime is None or not mime.hasText() or not self._copied_here():
            self._copied = None  # someone else's copy now: leave it alone
            self.timer.stop()
            return
        if not mime.hasFormat(MARK):
            marked = QMimeData()
            for fmt in mime.formats():
                marked.setData(fmt, mime.data(fmt))
            for fmt, value in PRIVATE_FORMATS.items():
                marked.setData(fmt, value)
            self._clipboard().setMimeData(marked)  # comes back here, already marked
            return
        self._copied = mime.text()
        self.timer.start()

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds Ippo's latest copy, unchanged."""
        self.timer.stop()
        if self._copied is not None and self._clipboard().text() == self._copied:
            self._clipboard().clear()
        self._copied = None


def copy_private(text: str) -> None:
    """Put `text` on the clipboard, already marked private; the window's guard (if
    privacy is on) clears it again like any other copy made in Ippo."""
    mime = QMimeData()
    mime.setText(text)
    for fmt, value in PRIVATE_FORMATS.items():
        mime.setData(fmt, value)
    QGuiApplication.clipboard().setMimeData(mime)
