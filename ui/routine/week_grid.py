"""The week of anchors as a table: anchors down the side, the seven days across."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QTableWidget, QWidget


def wrapped(text: str, font: QFont, width: int) -> str:
    """`text` broken into lines no wider than `width` pixels (at word boundaries, or
    anywhere in a word too long for a line; Japanese breaks between characters)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return "\n".join(part for part in lines if part)


class WeekGrid(QTableWidget):
    """Anchors down, the seven days across. The anchors' names may take a quarter of the
    width at most, so the grid never scrolls sideways; a longer name (large text) runs on
    to more lines, and its full name is also in each box's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setMinimumSectionSize(24)
        self.setTabKeyNavigation(False)  # arrows move between days; Tab leaves the grid
        self._row_labels: list[str] = []

    def set_row_labels(self, labels: list[str]) -> None:
        """Name the rows, wrapped to the anchors' column, and fit the grid's height."""
        self._row_labels = list(labels)
        self._lay_out_rows()

    def _lay_out_rows(self) -> None:
        header = self.verticalHeader()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        width = max(24, header.maximumWidth() - margin - 2)
        self.setVerticalHeaderLabels([wrapped(t, header.font(), width) for t in self._row_labels])
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + sum(
            self.rowHeight(r) for r in range(self.rowCount())) + 4
        self.setFixedHeight(max(height, 80))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        widest = max(110, self.width() // 4)
        if widest != self.verticalHeader().maximumWidth():
            self.verticalHeader().setMaximumWidth(widest)
            if self._row_labels:
                self._lay_out_rows()
        super().resizeEvent(event)
