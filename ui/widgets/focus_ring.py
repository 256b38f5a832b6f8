"""A clear ring around whichever control has keyboard focus, in every theme.

Fusion shows focus as a one-pixel change of a control's outline (or a faint dotted
box on check boxes), too little to find on a busy page. One ring, drawn just outside
the focused control by a `QFocusFrame` (it follows the control as it moves, scrolls
and resizes, and lets every click through), is the same on buttons, fields, lists and
check boxes. Its colour comes from the theme and has at least 3:1 contrast against
every background Ippo uses.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

WIDTH = 2  # pixels; WCAG 2.4.13 asks for a 2 px perimeter at 3:1


class FocusRing(QFocusFrame):
    def __init__(self, colour: str) -> None:
        super().__init__()  # a QFocusFrame lets every mouse event through by itself
        self.colour = QColor(colour)

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Only overloads without a `Qt` enum: choosing between QPen's constructors or
        # QPainter.setPen's would build the whole `Qt` namespace (~20 ms) in the
        # first frame (tests/ui/test_startup_lean.py).
        pen = QPen()
        pen.setColor(self.colour)
        pen.setWidth(WIDTH)
        half = WIDTH / 2
        ring = QPainterPath()
        ring.addRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.strokePath(ring, pen)
        painter.end()


_ring: FocusRing | None = None
_colour = "#000000"
_following = False


def ring() -> FocusRing:
    """The app's one ring. It lives in the focused control's parent, so it goes when
    that parent is deleted (a closed dialog); then a new one is made."""
    global _ring
    if _ring is None or not shiboken6.isValid(_ring):
        _ring = FocusRing(_colour)
    return _ring


def _follow(_old: QWidget | None, new: QWidget | None) -> None:
    ring().setWidget(new if new is not None and not new.isWindow() else None)


def install(app: QApplication, colour: str) -> None:
    """Draw the ring in `colour` around the focused control from now on."""
    global _colour, _following
    if not _following:
        app.focusChanged.connect(_follow)
        _following = True
    _colour = colour
    ring().set_colour(colour)
