"""The diary: a calendar of days on the left; the day's entry, charts and symptoms on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from ui.context import AppContext
from ui.diary.charts_panel import ChartsPanel
from ui.diary.day_calendar import DayCalendar
from ui.diary.entry_editor import EntryEditor
from ui.diary.symptoms_panel import SymptomsPanel


class DiaryPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._build_ui()
        context.data_changed.connect(self._on_context_data_changed)
        self.calendar.select_day(clock.today())
        self.editor.load(clock.today())
        self.calendar.refresh_marks()

    def _build_ui(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        side = QVBoxLayout()
        self.calendar = DayCalendar(self.context, self)
        self.calendar.selectionChanged.connect(self._on_calendar_selection_changed)
        side.addWidget(self.calendar)
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.clicked.connect(self._on_today_clicked)
        side.addWidget(self.today_button)
        hint = QLabel(self.tr("Days in bold have an entry. You can fill in or change any "
                              "day, also days gone by."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        # As wide as the calendar, no wider: its own preferred width took the room the
        # day's form needs at 200 % text.
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        side.addWidget(hint)
        side.addStretch(1)
        row.addLayout(side)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Diary sections"))
        self.editor = EntryEditor(self.context, self)
        self.editor.symptoms_requested.connect(self._on_editor_symptoms_requested)
        self.editor.entry_saved.connect(self._on_editor_entry_saved)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        self.tabs.addTab(scroll, self.tr("Day"))
        self.charts = ChartsPanel(self.context, self)
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.symptoms = SymptomsPanel(self.context, self)
        self.symptoms.symptoms_changed.connect(self.editor.reload_symptoms)
        self.tabs.addTab(self.symptoms, self.tr("My symptoms"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        row.addWidget(self.tabs, 1)

    # -- page protocol -----------------------------------------------------------
    def refresh(self) -> None:
        self.calendar.refresh_marks()
        if not self.editor.dirty and self.editor.day is not None:
            self.editor.load(self.editor.day)
        self.charts.stale = True
        if self.tabs.currentWidget() is self.charts:
            self.charts.redraw()

    def open_item(self, arg: object) -> None:
        """Open a day (a `datetime.date`) in the editor, saving the day left behind."""
        if isinstance(arg, date):
            self.tabs.setCurrentIndex(0)
            self.show_day(arg)

    def flush(self) -> None:
        """Leaving the page or closing: save the day, or at least keep it as a draft."""
        if not self.editor.commit():
            self.editor.keep_now()

    def holds_unsaved_text(self) -> bool:
        """Typing that could be neither saved nor kept as a draft (a full disk)."""
        return self.editor.holds_unsaved_text()

    def focus_start(self) -> QWidget | None:
        return None  # the first field Tab reaches

    def show_day(self, day: date) -> None:
        if self.editor.day != day:
            self.flush()
            if self.editor.holds_unsaved_text() and self.editor.day is not None:
                self.calendar.blockSignals(True)  # it could not be written (a full disk):
                self.calendar.select_day(self.editor.day)  # stay with it, text and all
                self.calendar.blockSignals(False)
                return
        self.calendar.blockSignals(True)
        self.calendar.select_day(day)
        self.calendar.blockSignals(False)
        self.calendar.refresh_marks()
        self.editor.load(day)

    # -- slots -------------------------------------------------------------------
    def _on_calendar_selection_changed(self) -> None:
        self.show_day(self.calendar.selected_day())

    def _on_today_clicked(self) -> None:
        self.show_day(clock.today())

    def _on_editor_symptoms_requested(self) -> None:
        self.tabs.setCurrentWidget(self.symptoms)

    def _on_editor_entry_saved(self, _day: object) -> None:
        self.calendar.refresh_marks()
        self.charts.stale = True

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.charts and self.charts.stale:
            self.charts.redraw()

    def _on_context_data_changed(self, feature: str) -> None:
        if feature == "diary":
            self.calendar.refresh_marks()
            self.charts.stale = True
            if not (self.editor.dirty or self.editor.notifying) and self.editor.day is not None:
                self.editor.load(self.editor.day)
