"""A quiet line under a form field that says what to change, never in alarm red.

Its first line is reserved even while it is hidden, so a message appearing never
moves the fields below it from under the pointer (only a message longer than a
line takes more room)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class FieldNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "note")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._reserve()
        self.hide()

    def _reserve(self) -> None:
        """One line's height at the current font (a fixed minimum, not a Python
        sizeHint override: layouts ask for size hints very often)."""
        margins = self.contentsMargins()
        self.setMinimumHeight(self.fontMetrics().lineSpacing() + margins.top()
                              + margins.bottom())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve()
        super().changeEvent(event)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()
