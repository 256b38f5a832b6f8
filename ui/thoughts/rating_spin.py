"""A 0-100 rating that can also be "not rated yet" (the lowest value, shown as a dash)."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QSpinBox, QWidget

UNRATED = -1


class RatingSpin(QSpinBox):
    def __init__(self, parent: QWidget | None = None, suffix: str = "",
                 accessible_name: str = "") -> None:
        super().__init__(parent)
        self.setRange(UNRATED, 100)
        self.setSingleStep(5)
        self.setSpecialValueText(self.tr("not rated"))
        self.setSuffix(suffix)
        self.setValue(UNRATED)
        # A rating is a short number: keep it compact instead of stretching across forms.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def rating(self) -> int | None:
        return None if self.value() == UNRATED else self.value()

    def set_rating(self, value: int | None) -> None:
        self.setValue(UNRATED if value is None else max(0, min(100, value)))
