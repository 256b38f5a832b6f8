"""The ladder on Today: the current step, the last attempt, and two ways to begin."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app import dates
from app.ladder import service as sv
from ui.context import AppContext
from ui.widgets.card import Card


class LadderCard(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.context = context
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.goal = QLabel(self)
        self.goal.setWordWrap(True)
        self.goal.setProperty("role", "muted")
        self.step = QLabel(self)
        self.step.setWordWrap(True)
        self.last = QLabel(self)
        self.last.setWordWrap(True)
        self.last.setProperty("role", "muted")
        for w in (self.goal, self.step, self.last):
            self.body.addWidget(w)
        row = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Log an attempt"), self)
        self.timer_button = QPushButton(self.tr("Start the timer"), self)
        self.open_button = QPushButton(self.tr("Build a ladder"), self)
        self.log_button.clicked.connect(
            lambda: self.context.navigate_requested.emit("ladder", {"log_attempt": True}))
        self.timer_button.clicked.connect(
            lambda: self.context.navigate_requested.emit("ladder", {"start_timer": True}))
        self.open_button.clicked.connect(
            lambda: self.context.navigate_requested.emit("ladder", None))
        for b in (self.log_button, self.timer_button, self.open_button):
            row.addWidget(b)
        row.addStretch(1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        db = self.context.reads
        ladder = sv.current_ladder(db)
        step = sv.current_step(db, ladder.id) if ladder else None
        self.set_title(self.tr("Your ladder"))
        has_step = step is not None
        for w in (self.log_button, self.timer_button, self.step, self.last):
            w.setVisible(has_step)
        self.open_button.setVisible(not has_step)
        if ladder is None or step is None:
            self.goal.setText(self.tr(
                "A ladder is a goal broken into small steps, easiest first. "
                "You can start one whenever you like."))
            return
        self.goal.setText(ladder.goal)
        self.step.setText(self.tr("Working on: {title}").format(title=step.title))
        last = sv.last_attempt(db, ladder.id)
        if last is None:
            self.last.setText(self.tr("No attempts yet. Whenever you are ready."))
            return
        when = dates.short_date(last.started_at.date())
        if last.suds_peak is None:
            self.last.setText(self.tr("Last attempt: {when}").format(when=when))
        else:
            self.last.setText(self.tr("Last attempt: {when}, peak distress {peak}").format(
                when=when, peak=last.suds_peak))
