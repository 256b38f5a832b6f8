"""Progress: every feature's charts for one period on one page, and the way to the summary.

matplotlib is imported only when the charts are first drawn, after the page
has shown (QTimer.singleShot), and charts are drawn one per event-loop turn so
the window never stalls. Each period's data is gathered on a worker thread
(its own read connection), fetched once and kept until any feature reports a
change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.privacy.service import reading
from app.progress import overview as overview_mod
from app.progress.overview import Overview
from app.progress.page_charts import ChartSpec, specs
from app.progress.periods import Period
from ui.context import AppContext
from ui.progress import lean_matplotlib
from ui.progress.period_picker import PeriodPicker
from ui.widgets.card import Card
from ui.widgets.chart_widget import ChartWidget
from ui.widgets.worker import QueryOp


class ProgressPage(QWidget):
    """Built lazily by the main window; `refresh()` runs every time it is shown."""

    charts_drawn = Signal()  # every chart in view is drawn (the rest follow on scrolling)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._cache: dict[Period, Overview] = {}
        self._cards: dict[str, tuple[Card, ChartWidget]] = {}
        self._queue: list[str] = []
        self._shown: tuple[Period, str] | None = None  # what the charts show now
        self._generation = 0  # bumped when the data changes: older loads are stale
        self._loading: tuple[Period, int] | None = None
        self._build_ui()
        context.data_changed.connect(self._on_context_data_changed)
        context.settings_changed.connect(self._on_context_settings_changed)
        context.lock_requested.connect(self._on_context_lock_requested)

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 18, 24, 12)
        head = QHBoxLayout()
        title = QLabel(self.tr("Progress"), self)
        title.setProperty("role", "title")
        head.addWidget(title)
        head.addStretch(1)
        self.summary_button = QPushButton(self.tr("&Summary for an appointment…"), self)
        self.summary_button.clicked.connect(self._on_summary_clicked)
        head.addWidget(self.summary_button)
        head.addWidget(self._worksheets_button())
        col.addLayout(head)
        self.picker = PeriodPicker(self)
        self.picker.period_changed.connect(self._on_picker_period_changed)
        col.addWidget(self.picker)
        self.info = QLabel(self)
        self.info.setProperty("role", "muted")
        self.info.setWordWrap(True)
        col.addWidget(self.info)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Charts"))
        body = QWidget(self.scroll)
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setSpacing(12)
        self.scroll.setWidget(body)
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scroll_moved)
        col.addWidget(self.scroll, 1)

    def _worksheets_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(self.tr("&Blank worksheets"))
        button.setAccessibleName(self.tr("Blank worksheets to print"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for kind, text in (("ladder", self.tr("Exposure ladder…")),
                           ("thought", self.tr("Thought record…")),
                           ("plan", self.tr("Plan for hard times…"))):
            menu.addAction(text, lambda k=kind: self._on_worksheet_chosen(k))
        button.setMenu(menu)
        return button

    # -- showing ---------------------------------------------------------------
    def refresh(self) -> None:
        """Cheap when nothing changed: the charts on screen are still right."""
        if self._shown != (self.picker.period(), self._theme_key()):
            QTimer.singleShot(0, self, self._rebuild)

    def flush(self) -> None:
        """Progress only shows: nothing is typed here."""

    def open_item(self, arg: object) -> None:
        """Progress has no items to open; it shows what is there now."""
        self.refresh()

    def holds_unsaved_text(self) -> bool:
        return False

    def focus_start(self) -> QWidget | None:
        return None  # the first field Tab reaches: the period

    def _theme_key(self) -> str:
        return self.palette().window().color().name()

    def overview(self, period: Period) -> Overview:
        """The period's data, loaded here and now if no worker has brought it yet."""
        if period not in self._cache:
            self._cache[period] = overview_mod.load(self.context.db, period)
        return self._cache[period]

    def _load_in_background(self, period: Period) -> None:
        store = self.context.store
        if store is None or self._loading == (period, self._generation):
            return
        self._loading = (period, self._generation)
        generation = self._generation

        def gather() -> Overview:
            with reading(store) as db:
                return overview_mod.load(db, period)

        def loaded(ov: Overview) -> None:
            if self._loading == (period, generation):
                self._loading = None
            if generation != self._generation or self.context.store is None:
                return  # the data changed (or was locked away) meanwhile
            self._cache[period] = ov
            if self.picker.period() == period:
                self._rebuild()

        def failed(_error: Exception) -> None:
            self._loading = None
            if generation == self._generation and self.context.store is not None:
                self.overview(period)  # once more on the UI thread; its errors go the usual way
                self._rebuild()

        QueryOp(self, gather, loaded).failure(failed).run()

    def _rebuild(self) -> None:
        if self.context.store is None:
            return  # locked: nothing to show until the data is open again
        period = self.picker.period()
        if period not in self._cache:
            self._load_in_background(period)
            return  # back here once the worker has the data
        ov = self._cache[period]
        self._describe(ov)
        wanted = specs(ov)
        for spec in wanted:
            self._card_for(spec)
        keys = {s.key for s in wanted}
        for key, (card, _chart) in self._cards.items():
            card.setVisible(key in keys)
        self._queue = [s.key for s in wanted]
        self._shown = (period, self._theme_key())
        # Let the new cards take their final size first: a canvas drawn before its
        # layout settles is drawn again at every resize.
        QTimer.singleShot(0, self, self._draw_next)

    def _card_for(self, spec: ChartSpec) -> None:
        if spec.key in self._cards:
            self._cards[spec.key][1].builder = spec.build
            return
        card = Card(spec.title, self)
        card.title_label.hide()  # the chart carries its own title; the card keeps the name
        chart = ChartWidget(spec.build, card, accessible_name=spec.title)
        chart.setMinimumHeight(self.fontMetrics().height() * 21)
        card.body.addWidget(chart)
        n = len(self._cards)
        # One wide column: time runs left to right, and a wide chart reads best.
        self.grid.addWidget(card, n, 0)
        self._cards[spec.key] = (card, chart)

    def _in_view(self, key: str) -> bool:
        card = self._cards[key][0]
        return card.isVisible() and not card.visibleRegion().isEmpty()

    def _draw_next(self) -> None:
        """Draw the charts in view, one per turn of the event loop so the window
        stays responsive; charts further down are drawn when scrolled to."""
        key = next((k for k in self._queue if self._in_view(k)), None)
        if key is None:
            self.charts_drawn.emit()
            return
        self._queue.remove(key)
        lean_matplotlib.prepare()
        self._cards[key][1].redraw()
        QTimer.singleShot(0, self, self._draw_next)

    def draw_all(self) -> None:
        """Draw every chart now, in view or not (for tests and the benchmark)."""
        lean_matplotlib.prepare()
        while self._queue:
            self._cards[self._queue.pop(0)][1].redraw()

    def pending_charts(self) -> list[str]:
        return list(self._queue)

    def drawn_keys(self) -> list[str]:
        """Charts drawn for the current period (not waiting to be scrolled to)."""
        return [k for k, (card, chart) in self._cards.items()
                if card.isVisibleTo(self) and chart.canvas is not None and k not in self._queue]

    def painted_charts(self) -> list[str]:
        """Charts whose canvas has been rendered at least once."""
        return [k for k, (_card, chart) in self._cards.items()
                if chart.canvas is not None and getattr(chart.canvas, "renderer", None)]

    def _on_scroll_moved(self, _value: int) -> None:
        if self._queue:
            QTimer.singleShot(0, self, self._draw_next)

    def _describe(self, ov: Overview) -> None:
        span = self.tr("{start} to {end}").format(start=dates.short_date(ov.period.start),
                                                  end=dates.short_date(ov.period.end))
        if ov.has_data:
            self.info.setText(self.tr("What you noted from {span}.").format(span=span))
        else:
            self.info.setText(self.tr(
                "Nothing was noted from {span}, and that is fine. The charts fill in as you "
                "use the diary, the ladder and thought records.").format(span=span))

    # -- reactions -------------------------------------------------------------
    def _on_picker_period_changed(self, _period: object) -> None:
        QTimer.singleShot(0, self, self._rebuild)

    def _on_context_data_changed(self, _feature: str) -> None:
        self._cache.clear()
        self._generation += 1
        self._shown = None
        if self.isVisible():
            QTimer.singleShot(0, self, self._rebuild)

    def _on_context_lock_requested(self) -> None:
        self._cache.clear()  # no copy of the data stays in memory behind the lock
        self._generation += 1
        self._shown = None

    def _on_context_settings_changed(self) -> None:
        if self.isVisible():
            # After every other slot (the shell applies the new theme in one). A new
            # theme redraws; other settings cost nothing.
            QTimer.singleShot(0, self, self.refresh)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            QTimer.singleShot(0, self, self.refresh)
        super().changeEvent(event)

    def _on_summary_clicked(self) -> None:
        # lazy: the dialog loads when first opened
        from ui.progress.summary_dialog import SummaryDialog

        SummaryDialog.ask(self.context, self.picker.period(), self)

    def _on_worksheet_chosen(self, kind: str) -> None:
        # lazy: the dialog loads when first opened
        from ui.progress.worksheet_dialog import WorksheetDialog

        WorksheetDialog.ask(self.context, kind, self)
