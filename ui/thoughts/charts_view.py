"""Two charts for a chosen period: feelings before vs after, and the traps noticed most."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QScrollArea, QVBoxLayout, QWidget

from app import clock
from app.thoughts import charts, service
from app.thoughts import traps as trap_service
from ui.widgets.chart_widget import ChartWidget

if TYPE_CHECKING:
    from sqlite_utils import Database

PERIOD_DAYS = [90, 365, 0]  # 0: everything


class ThoughtChartsView(QScrollArea):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWidgetResizable(True)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        form = QFormLayout()
        self.period = QComboBox(inner)
        self.period.addItem(self.tr("The last 3 months"), 90)
        self.period.addItem(self.tr("The last 12 months"), 365)
        self.period.addItem(self.tr("Everything"), 0)
        self.period.setCurrentIndex(1)
        self.period.activated.connect(self._on_period_activated)
        form.addRow(self.tr("&Period:"), self.period)
        column.addLayout(form)
        self.mood_chart = ChartWidget(
            lambda theme: charts.mood_change_figure(service.mood_change(self.db, *self.span()),
                                                    theme),
            inner, self.tr("Chart: feelings before and after each record"))
        self.trap_chart = ChartWidget(
            lambda theme: charts.trap_counts_figure(trap_service.trap_counts(self.db, *self.span()),
                                                    theme),
            inner, self.tr("Chart: thinking traps noticed most"))
        column.addWidget(self.mood_chart)
        column.addWidget(self.trap_chart)
        self.setWidget(inner)

    def span(self) -> tuple[date, date]:
        end = clock.today()
        days = int(self.period.currentData())
        return (end - timedelta(days=days - 1) if days else date(1900, 1, 1)), end

    def refresh(self) -> None:
        self.mood_chart.redraw()
        self.trap_chart.redraw()

    def _on_period_activated(self, _index: int) -> None:
        self.refresh()
