"""All thought records: search, filter by trap and dates, open, duplicate, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.thoughts import service
from app.thoughts import traps as trap_service
from app.thoughts.models import ThoughtRecord, summary
from ui.thoughts.confirm_delete_dialog import ConfirmDeleteDialog

if TYPE_CHECKING:
    from sqlite_utils import Database

ANY_DATE = QDate(2000, 1, 1)  # the lowest date stands for "any" (shown as a word)


class AnyDateEdit(QDateEdit):
    """A date filter whose lowest date reads "any". Qt's Tab walks a date field's day,
    month and year first; while the word is shown there are no parts to walk and
    Tab stayed here forever (a keyboard trap). Then Tab leaves, as on any field."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)



class RecordList(QWidget):
    open_requested = Signal(int)
    new_requested = Signal(str)  # "guided" or "form"
    records_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._build_ui()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.guided_button = QPushButton(self.tr("&New record, step by step"), self)
        self.guided_button.clicked.connect(lambda: self.new_requested.emit("guided"))
        self.form_button = QPushButton(self.tr("New record on one &form"), self)
        self.form_button.clicked.connect(lambda: self.new_requested.emit("form"))
        buttons.addWidget(self.guided_button)
        buttons.addWidget(self.form_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addLayout(self._build_filters())
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Thought records"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        column.addWidget(self.list, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        column.addWidget(self.empty)
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.duplicate_button = QPushButton(self.tr("D&uplicate as a new record"), self)
        self.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        for b in (self.open_button, self.duplicate_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        actions.addWidget(self.count)
        column.addLayout(actions)

    def _build_filters(self) -> QFormLayout:
        form = QFormLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Words from any part of a record"))
        self.search.textChanged.connect(self.refresh)
        self.trap = QComboBox(self)
        self.trap.activated.connect(self.refresh)
        dates = QHBoxLayout()
        self.start = self._date_edit(self.tr("From"))
        self.end = self._date_edit(self.tr("To"))
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("&Search:"), self.search)
        form.addRow(self.tr("Thinking &trap:"), self.trap)
        dates_label = QLabel(self.tr("D&ates:"), self)
        dates_label.setBuddy(self.start)  # Alt+A goes to "From"; the "&" is not shown
        form.addRow(dates_label, dates)
        return form

    def _date_edit(self, name: str) -> QDateEdit:
        edit = AnyDateEdit(self)
        edit.setDisplayFormat(dates.edit_format())
        edit.setAccessibleName(name)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setCalendarPopup(True)
        edit.setDate(ANY_DATE)
        edit.dateChanged.connect(self.refresh)
        return edit

    def refresh(self) -> None:
        self._fill_traps()
        start = None if self.start.date() == ANY_DATE else self.start.date().toPython()
        end = None if self.end.date() == ANY_DATE else self.end.date().toPython()
        records = service.search(self.db, self.search.text(), self.trap.currentData(), start, end)
        keep = self.current_id()
        self.list.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for rec in records:
            item = QListWidgetItem(self._item_text(rec), self.list)
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            if rec.is_draft:
                item.setForeground(muted)
            if rec.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        filtering = bool(self.search.text().strip() or self.trap.currentData() or start or end)
        self.empty.setText(self.tr("No records match these filters.") if filtering else
                           self.tr("No thought records yet. When a moment stays with you, "
                                   "start one here; a few words are enough to begin."))
        self.empty.setVisible(not records)
        self.count.setText(self.tr("%n records", "", len(records)))
        self._on_list_row_changed(self.list.currentRow())

    def _fill_traps(self) -> None:
        keep = self.trap.currentData()
        self.trap.blockSignals(True)
        self.trap.clear()
        self.trap.addItem(self.tr("Any trap"), None)
        for trap in trap_service.traps(self.db, include_hidden=True):
            self.trap.addItem(trap.label, trap.id)
        self.trap.setCurrentIndex(max(0, self.trap.findData(keep)) if keep else 0)
        self.trap.blockSignals(False)

    def _item_text(self, rec: ThoughtRecord) -> str:
        day = dates.short_date(rec.day) if rec.day else ""
        first = self.tr("{day} — {summary}").format(day=day, summary=summary(rec))
        if rec.is_draft:
            first = self.tr("Not finished yet · {line}").format(line=first)
        hot = rec.hot_thought
        if hot and hot.text:
            return first + "\n" + self.tr("Hot thought: “{thought}”").format(
                thought=summary(ThoughtRecord(situation=hot.text), 70))
        return first

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select(self, record_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                self.list.setCurrentRow(i)

    def _on_list_row_changed(self, row: int) -> None:
        for b in (self.open_button, self.duplicate_button, self.delete_button):
            b.setEnabled(row >= 0)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_open_clicked(self) -> None:
        if self.current_id() is not None:
            self.open_requested.emit(self.current_id())

    def _on_duplicate_clicked(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            copy = service.duplicate(self.db, record_id)
            self.refresh()
            self.select(int(copy.id))  # type: ignore[arg-type]
            self.records_changed.emit()

    def _on_delete_clicked(self) -> None:
        record_id = self.current_id()
        rec = service.get(self.db, record_id) if record_id is not None else None
        if rec is None or not ConfirmDeleteDialog.ask(summary(rec), self.window()):
            return
        service.delete(self.db, rec.id)  # type: ignore[arg-type]
        self.refresh()
        self.records_changed.emit()
