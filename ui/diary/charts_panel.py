"""The diary's four charts for a chosen period, drawn only when the tab is looked at."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QScrollArea, QVBoxLayout, QWidget

from app import clock
from app.charts import ChartTheme
from app.diary import charts, service
from app.diary.models import DiaryEntry
from ui.context import AppContext
from ui.widgets.chart_widget import ChartWidget
from ui.widgets.form_grid import FormGrid

PERIODS = [28, 91, 365, 0]  # days; 0 = everything


class ChartsPanel(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stale = True
        self._entries: list[DiaryEntry] = []
        self._span: tuple[date, date] | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWidgetResizable(True)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        form = FormGrid()
        self.period = QComboBox(inner)
        for label in (self.tr("Last 4 weeks"), self.tr("Last 3 months"), self.tr("Last year"),
                      self.tr("Everything")):
            self.period.addItem(label)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        form.add_row(self.tr("&Period:"), self.period)
        column.addLayout(form)
        self.mood = ChartWidget(self._mood, inner, self.tr("Mood and anxiety chart"))
        self.sleep = ChartWidget(self._sleep, inner, self.tr("Sleep chart"))
        self.outside = ChartWidget(self._outside, inner,
                                   self.tr("Time outside and face-to-face contacts chart"))
        self.symptoms = ChartWidget(self._symptoms, inner, self.tr("Symptoms by week chart"))
        for widget in (self.mood, self.sleep, self.outside, self.symptoms):
            widget.setMinimumHeight(self.fontMetrics().lineSpacing() * 18)
            column.addWidget(widget)
        self.setWidget(inner)

    def range(self) -> tuple[date, date]:
        end = clock.today()
        days = PERIODS[self.period.currentIndex()]
        if days:
            return end - timedelta(days=days - 1), end
        return service.first_day(self.context.db) or end, end

    def redraw(self) -> None:
        start, end = self.range()
        self._span = (start, end)
        self._entries = service.entries_between(self.context.db, start, end)
        for widget in (self.mood, self.sleep, self.outside, self.symptoms):
            widget.redraw()
        self.stale = False

    def _mood(self, theme: ChartTheme):  # type: ignore[no-untyped-def]
        return charts.mood_chart(self._entries, theme, self._span)

    def _sleep(self, theme: ChartTheme):  # type: ignore[no-untyped-def]
        return charts.sleep_chart(self._entries, theme, self._span)

    def _outside(self, theme: ChartTheme):  # type: ignore[no-untyped-def]
        return charts.outside_chart(self._entries, theme, self._span)

    def _symptoms(self, theme: ChartTheme):  # type: ignore[no-untyped-def]
        return charts.symptom_heatmap(
            self._entries, service.symptoms(self.context.db, include_retired=True), theme,
            self._span)

    def _on_period_changed(self, _index: int) -> None:
        self.redraw()
