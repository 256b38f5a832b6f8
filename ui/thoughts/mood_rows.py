"""The feelings of a record: a name and a 0-100 intensity per row, rows added freely."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from app.thoughts.models import Mood
from ui.thoughts.rating_spin import RatingSpin
from ui.thoughts.rows_grid import RowsGrid

_Row = tuple[QLineEdit, RatingSpin, QPushButton]


class MoodRows(RowsGrid[_Row, Mood]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui((self.tr("Feeling"), self.tr("How strong (0–100)")),
                       self.tr("&Add a feeling"))
        self.add_row()

    def _new_row(self, mood: Mood | None) -> _Row:
        name = QLineEdit(self)
        name.setPlaceholderText(self.tr("e.g. anxious"))
        spin = RatingSpin(self)
        remove = QPushButton(self.tr("Remove"), self)
        if mood:
            name.setText(mood.name)
            spin.set_rating(mood.before)
        entry = (name, spin, remove)
        name.textChanged.connect(self.changed)
        spin.valueChanged.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(entry))
        return entry

    def _widgets(self, row: _Row) -> tuple[QWidget, ...]:
        return row

    def _number(self, row: _Row, n: int) -> None:
        name, spin, remove = row
        name.setAccessibleName(self.tr("Feeling {n}").format(n=n))
        spin.setAccessibleName(self.tr("How strong feeling {n} was").format(n=n))
        remove.setAccessibleName(self.tr("Remove feeling {n}").format(n=n))

    def set_moods(self, moods: tuple[Mood, ...]) -> None:
        self._set_items(moods)

    def values(self) -> list[tuple[str, int | None]]:
        return [(name.text(), spin.rating()) for name, spin, _ in self.rows]
