"""A line edit for a whole number that may be left empty; what is typed is kept as typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from app.text import ascii_digits


class NumberField(QLineEdit):
    """Takes any text so nothing the user types is lost; `value()` reads it.

    A spin box would silently clamp 120 to 100; here the service's range check
    explains the problem at the field instead.
    """

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 12))

    def value(self) -> int | None:
        """The number, None when empty; ValueError when it is not a whole number."""
        text = ascii_digits(self.text()).strip()  # a Japanese input method's ０-９ too
        if not text:
            return None
        return int(text)

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    @staticmethod
    def not_a_number() -> str:
        return QCoreApplication.translate("NumberField", "Please write a whole number, like 30.")

