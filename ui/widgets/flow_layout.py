"""A row of buttons that wraps onto more lines instead of cutting their words.

At 200 % text a fixed row (or a grid of two columns) of buttons is wider than the
page: Qt then either squeezes each button until its words are cut ("Repeat this s")
or makes the page scroll sideways. `FlowLayout` places its items left to right and
starts a new line when the next one does not fit; its narrowest is its widest item,
and its height follows the width it gets (height-for-width), so a window or a scroll
area gives it the lines it needs. `ButtonRow` is a widget holding one.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list ---------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes -----------------------------------------------------------------------
    def gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                  if orientation == Qt.Orientation.Horizontal
                  else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        value = parent.style().pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All on one line."""
        items = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in items)
        width += self.gap(Qt.Orientation.Horizontal) * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        return QSize(width, height) + QSize(m.left() + m.right(), m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest button; each on its own line then."""
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in self._shown()), default=0)
        widest = width + m.left() + m.right()
        return QSize(widest, self.heightForWidth(widest))

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (or only measure); the height they take."""
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        across, down = self.gap(Qt.Orientation.Horizontal), self.gap(Qt.Orientation.Vertical)
        x, y, line = area.x(), area.y(), 0
        rtl = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + down, 0
            if move:
                left = (area.right() + 1 - (x - area.x()) - width) if rtl else x
                item.setGeometry(QRect(QPoint(left, y), QSize(width, hint.height())))
            x += width + across
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class ButtonRow(QWidget):
    """A widget whose buttons wrap onto more lines when the row gets narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)

    def add(self, *widgets: QWidget) -> None:
        for w in widgets:
            self.flow.addWidget(w)
