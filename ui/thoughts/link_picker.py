"""Which ladder step (and attempt) a record is about, if any."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from app.thoughts import service

if TYPE_CHECKING:
    from sqlite_utils import Database


class LinkPicker(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.step = QComboBox(self)
        self.step.setAccessibleName(self.tr("Ladder step this was about"))
        self.attempt = QComboBox(self)
        self.attempt.setAccessibleName(self.tr("Attempt this was about"))
        row.addWidget(self.step, 2)
        row.addWidget(self.attempt, 1)
        self.step.currentIndexChanged.connect(self._on_step_changed)
        self.attempt.currentIndexChanged.connect(self.changed)
        self._fill_steps()

    def _fill_steps(self) -> None:
        self.step.blockSignals(True)
        self.step.clear()
        self.step.addItem(self.tr("Not about a ladder step"), None)
        for step_id, label in service.step_choices(self.db):
            self.step.addItem(label, step_id)
        self.step.blockSignals(False)
        self._fill_attempts()
        self.setVisible(self.step.count() > 1)

    def _fill_attempts(self) -> None:
        self.attempt.blockSignals(True)
        self.attempt.clear()
        self.attempt.addItem(self.tr("No particular attempt"), None)
        step_id = self.step.currentData()
        if step_id is not None:
            for attempt_id, label in service.attempt_choices(self.db, step_id):
                self.attempt.addItem(label, attempt_id)
        self.attempt.setEnabled(step_id is not None)
        self.attempt.blockSignals(False)

    def _on_step_changed(self, _index: int) -> None:
        self._fill_attempts()
        self.changed.emit()

    def set_link(self, step_id: int | None, attempt_id: int | None) -> None:
        self.step.blockSignals(True)
        self.step.setCurrentIndex(max(0, self.step.findData(step_id)))
        self.step.blockSignals(False)
        self._fill_attempts()
        self.attempt.setCurrentIndex(max(0, self.attempt.findData(attempt_id)))

    def link(self) -> tuple[int | None, int | None]:
        return self.step.currentData(), self.attempt.currentData()
