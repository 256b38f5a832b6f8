"""Choosing the symptoms to follow: add, rename, retire and bring back. History is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.diary import service
from app.validation import FieldErrors
from ui.context import AppContext
from ui.widgets.field_note import FieldNote


class SymptomsPanel(QWidget):
    symptoms_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose a few symptoms you want to follow, in your own words, and rate them "
            "0–3 each day. Retiring a symptom hides it from new days; what you noted before "
            "stays in your charts."), self)
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.active = QListWidget(self)
        self.active.setAccessibleName(self.tr("Symptoms you follow"))
        self.active.setEditTriggers(QListWidget.EditTrigger.EditKeyPressed
                                    | QListWidget.EditTrigger.DoubleClicked)
        self.active.itemChanged.connect(self._on_active_item_changed)
        column.addWidget(self.active, 2)
        add_row = QHBoxLayout()
        self.new_name = QLineEdit(self)
        self.new_name.setAccessibleName(self.tr("New symptom"))
        self.new_name.setPlaceholderText(self.tr("e.g. headache, racing heart"))
        self.new_name.returnPressed.connect(self._on_add_clicked)
        self.add_button = QPushButton(self.tr("&Add symptom"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        column.addLayout(add_row)
        self.note = FieldNote(self)
        column.addWidget(self.note)
        buttons = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Re&name"), self)
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.retire_button.clicked.connect(self._on_retire_clicked)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(QLabel(self.tr("Retired symptoms:"), self))
        self.retired = QListWidget(self)
        self.retired.setAccessibleName(self.tr("Retired symptoms"))
        column.addWidget(self.retired, 1)
        self.restore_button = QPushButton(self.tr("&Bring back"), self)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        column.addLayout(row)

    def refresh(self) -> None:
        self.active.blockSignals(True)
        self.active.clear()
        self.retired.clear()
        for s in service.symptoms(self.context.db, include_retired=True):
            item = QListWidgetItem(s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if s.retired:
                self.retired.addItem(item)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.active.addItem(item)
        self.active.blockSignals(False)

    def _changed(self) -> None:
        self.note.clear_message()
        self.refresh()
        self.symptoms_changed.emit()

    def _on_add_clicked(self) -> None:
        try:
            service.add_symptom(self.context.db, self.new_name.text())
        except FieldErrors as errors:
            self.note.show_message(errors.messages.get("name", ""))
            return  # the typed name stays in the box
        self.new_name.clear()
        self._changed()

    def _on_rename_clicked(self) -> None:
        item = self.active.currentItem()
        if item is not None:
            self.active.editItem(item)

    def _on_active_item_changed(self, item: QListWidgetItem) -> None:
        try:
            service.rename_symptom(self.context.db, item.data(Qt.ItemDataRole.UserRole),
                                   item.text())
        except FieldErrors as errors:
            self.note.show_message(errors.messages.get("name", ""))
            return
        self._changed()

    def _on_retire_clicked(self) -> None:
        item = self.active.currentItem()
        if item is not None:
            service.retire_symptom(self.context.db, item.data(Qt.ItemDataRole.UserRole))
            self._changed()

    def _on_restore_clicked(self) -> None:
        item = self.retired.currentItem()
        if item is not None:
            service.retire_symptom(self.context.db, item.data(Qt.ItemDataRole.UserRole), False)
            self._changed()
