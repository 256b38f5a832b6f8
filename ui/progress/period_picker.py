"""Choose a period: 4 weeks, 3 or 6 months, a year, or two dates of one's own."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app import clock, dates
from app.progress import periods
from app.progress.periods import Period


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """Emits `period_changed(Period)` whenever the choice or a custom date changes."""

    period_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()

    def _build_ui(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        # Never taller than its row: in a form whose other fields are fixed in height,
        # a Preferred picker took up all the spare height (a gap under it at 200 % text).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Period"))
        for key in periods.KEYS:
            self.combo.addItem(periods.label(key), key)
        today = clock.today()
        default = periods.preset("4w", today)
        self.start_edit = QDateEdit(_qdate(default.start), self)
        self.end_edit = QDateEdit(_qdate(today), self)
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(dates.edit_format())
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._on_date_changed)
        self.to_label = QLabel(self.tr("to"), self)
        row.addWidget(self.combo)
        row.addWidget(self.start_edit)
        row.addWidget(self.to_label)
        row.addWidget(self.end_edit)
        row.addStretch(1)
        self._last = default
        self.combo.currentIndexChanged.connect(self._on_combo_changed)
        self._show_dates(False)

    def _show_dates(self, shown: bool) -> None:
        for w in (self.start_edit, self.to_label, self.end_edit):
            w.setVisible(shown)

    def key(self) -> str:
        return str(self.combo.currentData())

    def period(self) -> Period:
        if self.key() == "custom":
            return periods.custom(_pydate(self.start_edit.date()), _pydate(self.end_edit.date()))
        return periods.preset(self.key(), clock.today())

    def set_period(self, period: Period) -> None:
        """Show `period` (a preset's key, or its own dates) without emitting twice."""
        self.blockSignals(True)
        self.start_edit.setDate(_qdate(period.start))
        self.end_edit.setDate(_qdate(period.end))
        self.combo.setCurrentIndex(max(0, self.combo.findData(period.key)))
        self._show_dates(period.key == "custom")
        self._last = period
        self.blockSignals(False)

    def _on_combo_changed(self, _index: int) -> None:
        custom = self.key() == "custom"
        if custom:  # start from the dates that were just shown
            for edit, day in ((self.start_edit, self._last.start), (self.end_edit, self._last.end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._show_dates(custom)
        self._emit()

    def _emit(self) -> None:
        self._last = self.period()
        self.period_changed.emit(self._last)

    def _on_date_changed(self, _day: QDate) -> None:
        if self.key() == "custom":
            self._emit()
