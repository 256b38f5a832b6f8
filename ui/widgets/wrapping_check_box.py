"""A check box whose words wrap onto more lines instead of widening the page.

QCheckBox draws its text on one line, so a long Japanese sentence at 200 %
text makes the whole page scroll sideways. This one keeps the box and lets a
word-wrapped label beside it carry the text. Everything else is still the
QCheckBox: clicking the words toggles it, Space toggles it, its shortcut
letter (`&`) works and is underlined, and screen readers read the text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QStyle, QWidget

MIN_TEXT_EMS = 12  # the narrowest the words get before the page must scroll


def _rich(text: str) -> str:
    """`&x` as an underlined x, `&&` as one &, the rest escaped."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "&" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("&amp;" if nxt == "&" else f"<u>{html.escape(nxt)}</u>")
            i += 2
            continue
        out.append(html.escape(ch))
        i += 1
    return "".join(out)


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - the words go to the label
        self._text = text
        self.label.setText(_rich(text))
        self.setShortcut(QKeySequence.mnemonic(text))
        self.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        self.updateGeometry()

    def text(self) -> str:
        return self._text

    def _offset(self) -> int:
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self))

    def _indicator_height(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(self._indicator_height(), self.label.heightForWidth(width - self._offset()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        words = self.label.sizeHint()
        return QSize(self._offset() + words.width(), max(self._indicator_height(), words.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        narrowest = self.fontMetrics().horizontalAdvance("M") * MIN_TEXT_EMS
        width = self._offset() + min(narrowest, self.label.sizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - the words are part of the box
        return self.rect().contains(pos)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        offset = self._offset()
        self.label.setGeometry(offset, 0, max(0, self.width() - offset), self.height())
