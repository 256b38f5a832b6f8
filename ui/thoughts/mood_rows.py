"""The feelings of a record: a name and a 0-100 intensity per row, rows added freely."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.thoughts.models import Mood
from ui.thoughts.rating_spin import RatingSpin


class MoodRows(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QLineEdit, RatingSpin, QPushButton]] = []
        self._build_ui()
        self.add_row()

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Feeling"), self), 0, 0)
        self.grid.addWidget(QLabel(self.tr("How strong (0–100)"), self), 0, 1)
        self.grid.setColumnStretch(0, 1)
        outer.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("&Add a feeling"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, mood: Mood | None = None) -> QLineEdit:
        n = len(self.rows) + 1
        name = QLineEdit(self)
        name.setPlaceholderText(self.tr("e.g. anxious"))
        name.setAccessibleName(self.tr("Feeling {n}").format(n=n))
        spin = RatingSpin(self, accessible_name=self.tr("How strong feeling {n} was").format(n=n))
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove feeling {n}").format(n=n))
        if mood:
            name.setText(mood.name)
            spin.set_rating(mood.before)
        row = len(self.rows) + 1
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(spin, row, 1)
        self.grid.addWidget(remove, row, 2)
        entry = (name, spin, remove)
        # Rows added later still Tab in reading order: ... → name → rating → remove → Add.
        if self.rows:
            QWidget.setTabOrder(self.rows[-1][2], name)
        QWidget.setTabOrder(name, spin)
        QWidget.setTabOrder(spin, remove)
        QWidget.setTabOrder(remove, self.add_button)
        self.rows.append(entry)
        name.textChanged.connect(self.changed)
        spin.valueChanged.connect(self.changed)
        remove.clicked.connect(lambda: self._remove(entry))
        return name

    def _remove(self, entry: tuple[QLineEdit, RatingSpin, QPushButton]) -> None:
        if entry not in self.rows:
            return
        index = self.rows.index(entry)
        self.rows.remove(entry)
        for w in entry:
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        # Keep the grid compact: move later rows up one line.
        for i, widgets in enumerate(self.rows[index:], start=index + 1):
            for col, w in enumerate(widgets):
                self.grid.addWidget(w, i, col)
        if not self.rows:
            self.add_row()
        self.changed.emit()

    def _on_add_clicked(self) -> None:
        self.add_row().setFocus()
        self.changed.emit()

    def set_moods(self, moods: tuple[Mood, ...]) -> None:
        for entry in list(self.rows):
            for w in entry:
                self.grid.removeWidget(w)
                w.hide()
                w.deleteLater()
        self.rows.clear()
        for mood in moods:
            self.add_row(mood)
        if not self.rows:
            self.add_row()

    def values(self) -> list[tuple[str, int | None]]:
        return [(name.text(), spin.rating()) for name, spin, _ in self.rows]

    def first_field(self) -> QWidget:
        return self.rows[0][0]
