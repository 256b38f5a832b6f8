"""A form caption that stays on one line when there is room and wraps, never clipped, when not."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

# Qt paints a caption with a mid-word shortcut ("sc&reen") a pixel wider than QFontMetrics
# measures it, so at its own size hint the last word wrapped onto a line the layout had not
# made room for (and two at 200 % text). Every width asked of the label keeps this much
# spare, and more as the text grows.
SLACK = 2


def slack(label: QLabel) -> int:
    return max(SLACK, round(label.fontMetrics().height() / 7))


class FormLabel(QLabel):
    """Word-wrapped, but sized for one line: QLabel's own hint for wrapped text is a narrow
    block even when the form has room, and a form layout gives a label beside its field no
    more height than that hint. Use with `QFormLayout.RowWrapPolicy.WrapLongRows`, so a
    caption that cannot fit beside its field moves above it and wraps there."""

    def __init__(self, text: str, buddy: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        if buddy is not None:
            self.setBuddy(buddy)

    def _one_line_width(self) -> int:
        flags = Qt.TextFlag.TextShowMnemonic if self.buddy() is not None else 0
        text = self.fontMetrics().boundingRect(QRect(0, 0, 100_000, 1000), int(flags),
                                               self.text())
        margins = self.contentsMargins()
        return text.width() + 2 * self.margin() + margins.left() + margins.right() + slack(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = self._one_line_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # As QLabel: the longest word wide and one line high; the layout asks
        # heightForWidth for the real height, and a taller minimum would leave
        # the scroll area a long empty tail (it sizes pages by their minimum).
        hint = super().minimumSizeHint()
        return QSize(min(hint.width() + slack(self), self._one_line_width()), hint.height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return super().heightForWidth(max(1, width - slack(self)))
