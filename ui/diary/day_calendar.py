"""A month calendar that shows, quietly, which days already have an entry."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QAbstractButton, QCalendarWidget, QSpinBox, QWidget

from app.diary import service
from ui.context import AppContext
from ui.shell import theme


class DayCalendar(QCalendarWidget):
    """Days with an entry are bold on a soft tint; other days look ordinary (no "missed")."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Choose a day"))
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._marked: list[QDate] = []
        self._ink_weekends()
        self._fit_day_names()
        self._name_children()
        self.currentPageChanged.connect(self._on_self_page_changed)

    def _ink_weekends(self) -> None:
        """Weekends and the day names in ordinary ink, never red. The formats hold a
        colour, not a palette role, so they are set again when the theme changes."""
        plain = QTextCharFormat()
        plain.setForeground(self.palette().text())
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(weekend, plain)
        header = self.headerTextFormat()
        header.setForeground(self.palette().text())
        self.setHeaderTextFormat(header)

    def _fit_day_names(self) -> None:
        """Short day names ("Wed"), or one letter at large text: the names set the width
        of every column, and at 200 % "Wed" made the calendar take the room the day's
        form needs, so the form scrolled sideways in the default window."""
        large = theme.text_scale() >= 1.5
        fmt = (QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames if large
               else QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        if self.horizontalHeaderFormat() != fmt:
            self.setHorizontalHeaderFormat(fmt)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_day_names()
        if event.type() == QEvent.Type.PaletteChange:
            self._ink_weekends()
            for qd in self._marked:  # the tint follows the new highlight colour
                self.setDateTextFormat(qd, self._mark_format())

    def _name_children(self) -> None:
        """Qt's own month and year buttons have no accessible names; give them ours."""
        names = {
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
            "qt_calendar_monthbutton": self.tr("Month"),
            "qt_calendar_yearbutton": self.tr("Year"),
            "qt_calendar_yearedit": self.tr("Year"),
            "qt_calendar_calendarview": self.tr("Days of the month"),
        }
        for child in self.findChildren(QWidget):
            name = names.get(child.objectName())
            if name and not child.accessibleName():
                child.setAccessibleName(name)
        for child in self.findChildren(QAbstractButton) + self.findChildren(QSpinBox):
            if not child.accessibleName():
                child.setAccessibleName(self.tr("Calendar"))

    def selected_day(self) -> date:
        return self.selectedDate().toPython()  # type: ignore[no-any-return]

    def select_day(self, day: date) -> None:
        self.setSelectedDate(QDate(day.year, day.month, day.day))

    def refresh_marks(self) -> None:
        """Mark the visible month (and the edges of its neighbours)."""
        for qd in self._marked:
            self.setDateTextFormat(qd, QTextCharFormat())
        first = date(self.yearShown(), self.monthShown(), 1)
        start, end = first - timedelta(days=7), first + timedelta(days=45)
        fmt = self._mark_format()
        self._marked = []
        for day in service.days_with_entries(self.context.db, start, end):
            qd = QDate(day.year, day.month, day.day)
            self.setDateTextFormat(qd, fmt)
            self._marked.append(qd)

    def _mark_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        tint = self.palette().highlight().color()
        tint.setAlpha(60)
        fmt.setBackground(tint)
        return fmt

    def _on_self_page_changed(self, _year: int, _month: int) -> None:
        self.refresh_marks()
