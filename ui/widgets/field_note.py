"""A quiet line under a form field that says what to change, never in alarm red.

Its first line is reserved even while it is hidden, so a message appearing never
moves the fields below it from under the pointer (only a message longer than a
line takes more room)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class FieldNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "note")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def _line(self) -> int:
        return self.fontMetrics().lineSpacing() + self.contentsMargins().top() \
            + self.contentsMargins().bottom()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(super().heightForWidth(width), self._line())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if self.text() and self.width() > hint.width():  # the height at the width it has,
            return QSize(hint.width(), self.heightForWidth(self.width()))  # not QLabel's
        return QSize(hint.width(), max(hint.height(), self._line()))  # squarish guess

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._line()))

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()
