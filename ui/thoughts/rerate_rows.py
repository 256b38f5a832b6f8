"""Re-rating: each feeling named earlier, with a new 0-100 intensity."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ui.thoughts.rating_spin import RatingSpin


class RerateRows(QWidget):
    changed = Signal()
    rebuilt = Signal()  # new spins exist: the owner fixes the Tab order after them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.spins: list[RatingSpin] = []
        self.empty = QLabel(self.tr("Name a feeling first; it will appear here."), self)
        self.empty.setProperty("role", "muted")
        self.form.addRow(self.empty)

    def set_moods(self, names: list[str], afters: list[int | None] | None = None) -> None:
        """One spin per feeling: `afters` when loading, else the ratings already given."""
        kept = afters if afters is not None else [s.rating() for s in self.spins]
        while self.form.rowCount() > 1:
            self.form.removeRow(1)
        self.spins = []
        for i, name in enumerate(names):
            spin = RatingSpin(self)
            spin.set_rating(kept[i] if i < len(kept) else None)
            label = name or self.tr("Feeling {n}").format(n=i + 1)
            spin.setAccessibleName(self.tr("{feeling} now").format(feeling=label))
            spin.valueChanged.connect(self.changed)
            self.form.addRow(self.tr("{feeling} now:").format(feeling=label), spin)
            if self.spins:
                QWidget.setTabOrder(self.spins[-1], spin)
            self.spins.append(spin)
        self.empty.setVisible(not names)
        self.rebuilt.emit()

    def values(self) -> list[int | None]:
        return [s.rating() for s in self.spins]

    def first_field(self) -> QWidget | None:
        return self.spins[0] if self.spins else None
