"""Today's anchors as a quiet checklist. Ticking records the time; unticked is just unticked."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import clock, dates
from app.errors import STORE_ERRORS
from app.routine import service
from app.routine.models import DayAnchor
from app.validation import FieldErrors
from ui.context import AppContext
from ui.widgets.card import Card

log = logging.getLogger(__name__)


class AnchorsCard(Card):
    """One check box per anchor of today; when ticked, the time it was done beside it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Today's anchors"), parent)
        self.context = context
        self.items: list[DayAnchor] = []
        self.boxes: dict[int, QCheckBox] = {}
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.body.addWidget(self.intro)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.body.addLayout(self.rows)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        self.status.hide()
        self.body.addWidget(self.status)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open My days"), self)
        self.open_button.clicked.connect(
            lambda: self.context.navigate_requested.emit("routine", None))
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        try:
            self.items = service.day_anchors(self.context.reads, clock.today())
            has_any = bool(service.list_anchors(self.context.reads))
        except Exception:  # a broken feature must never take Today down
            log.exception("routine anchors could not be read")
            self.items, has_any = [], False
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, even before Qt deletes it
                widget.deleteLater()
        self.boxes = {}
        for day_anchor in self.items:
            self.rows.addWidget(self._row(day_anchor))
        if not has_any:
            self.intro.setText(self.tr(
                "A few fixed points can give a day its shape: getting up, something to eat, "
                "a few minutes outside. You can choose some in My days."))
            self.open_button.setText(self.tr("Choose a few anchors…"))
        elif not self.items:
            self.intro.setText(self.tr("No anchors are planned for today. A free day is "
                                       "fine too."))
            self.open_button.setText(self.tr("Open My days"))
        else:
            self.intro.setText(self.tr("Tick one when it is done; Ippo notes the time."))
            self.open_button.setText(self.tr("Open My days"))

    def _row(self, item: DayAnchor) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        box = QCheckBox(f"{dates.time_of_day(item.anchor.at)}  {item.anchor.name}", row)
        box.setChecked(item.done)
        box.toggled.connect(lambda on, a=item.anchor.id: self.set_done(a, on))
        line.addWidget(box)
        when = QLabel(row)
        when.setProperty("role", "muted")
        if item.done:
            when.setText(self.tr("done at {time}").format(time=dates.time_of_day(item.done_at))
                         if item.done_at else self.tr("done"))
        box.setAccessibleDescription(when.text())
        line.addWidget(when)
        line.addStretch(1)
        self.boxes[item.anchor.id] = box
        return row

    def set_done(self, anchor_id: int, done: bool) -> None:
        """Tick or untick one of today's anchors (a check box does this too)."""
        self.status.hide()
        try:
            if done:
                service.tick(self.context.db, anchor_id, clock.today())
            else:
                service.untick(self.context.db, anchor_id, clock.today())
        except FieldErrors as errors:
            self.status.setText(" ".join(errors.messages.values()))
            self.status.show()
        except STORE_ERRORS:
            log.exception("an anchor could not be ticked")
            self.status.setText(self.tr("This could not be saved just now. Please try "
                                        "again in a moment."))
            self.status.show()
        else:
            self.context.notify("routine")
        self.refresh()  # old rows go by deleteLater, so the box sending this survives

    def focus_start(self) -> QWidget | None:
        return None
