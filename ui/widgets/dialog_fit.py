"""Dialogs open large enough for their wrapped words, also at 200 % text.

A window whose layout has height-for-width (any word-wrapped label) is first shown by
Qt at no more than two thirds of the screen in each direction, even when its words
then need more: at large text the welcome, passphrase and delete dialogs opened with
their paragraphs cut off at the bottom. When a dialog is first shown, this gives it
the width its one-line parts ask for and the height its words need at that width,
within the screen or the main window, whichever is larger (the person has a window
that size already).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

SHARE = 0.9  # of the room there is: a dialog never covers the screen edge to edge


def room_for(dialog: QWidget) -> QSize:
    """The most a dialog may take: its screen, or its main window if that is larger."""
    room = dialog.screen().availableGeometry().size()
    parent = dialog.parentWidget()
    if parent is not None:
        room = room.expandedTo(parent.window().size())
    return QSize(int(room.width() * SHARE), int(room.height() * SHARE))


def fit(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    room = room_for(dialog)
    width = min(max(dialog.width(), dialog.sizeHint().width(), dialog.minimumWidth()),
                room.width())
    height = dialog.height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    dialog.resize(width, min(height, max(room.height(), dialog.minimumHeight())))


class _Fitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.Show and isinstance(watched, QDialog)
                and not isinstance(watched, QMessageBox)
                and not watched.property("ippo_fitted")):
            watched.setProperty("ippo_fitted", True)  # the first show only: then it is theirs
            fit(watched)
        return False


_fitter: _Fitter | None = None


def install(app: QApplication) -> None:
    global _fitter
    if _fitter is None:
        _fitter = _Fitter(app)
        app.installEventFilter(_fitter)
