"""Number boxes that may also be left empty ("—"), for optional diary fields."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

EMPTY = "—"


class OptionalSpin(QSpinBox):
    """A whole number from `low` to `high`, or nothing: one below `low` shows as "—"."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText(EMPTY)
        self.setValue(low - 1)
        self.setAccelerated(True)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        # Typing a digit replaces "—" or the old number, however the focus arrived.
        QTimer.singleShot(0, self, self.selectAll)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.value() == self.minimum() and event.text().isdigit():
            self.lineEdit().clear()  # a digit typed over "—" starts a number
        super().keyPressEvent(event)

    def text_value(self) -> str:
        return "" if self.value() == self.minimum() else str(self.value())

    def set_text_value(self, text: str) -> None:
        try:
            self.setValue(int(float(text)) if text.strip() else self.minimum())
        except ValueError:
            self.setValue(self.minimum())

    def optional_value(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()


class OptionalDoubleSpin(QDoubleSpinBox):
    """Like OptionalSpin, in steps of `step` (screen hours: 0, 0.5, 1 …)."""

    def __init__(self, low: float, high: float, step: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setSingleStep(step)
        self.setRange(low - step, high)
        self.setSpecialValueText(EMPTY)
        self.setValue(low - step)

    def text_value(self) -> str:
        return "" if self.value() == self.minimum() else f"{self.value():g}"

    def set_text_value(self, text: str) -> None:
        try:
            self.setValue(float(text) if text.strip() else self.minimum())
        except ValueError:
            self.setValue(self.minimum())
