"""A conversation rehearsal: what the other person may say, what I could say, my own
lines (kept), a "practise aloud" timer, and one click to make it a ladder step."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import STORE_ERRORS, as_save_failed
from app.practice import service
from app.practice.models import Exercise
from app.validation import FieldErrors
from ui.context import AppContext
from ui.practice.log_box import LogBox
from ui.widgets.flow_layout import FlowLayout


class LadderChoice:
    """Which ladder the step goes on, behind a classmethod tests replace."""

    @classmethod
    def ask(cls, parent: QWidget | None, choices: list[tuple[int, str]]) -> int | None:
        labels = [goal for _id, goal in choices]
        text, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("LadderChoice", "Which ladder?"),
            QCoreApplication.translate("LadderChoice", "Add the step to this ladder:"), labels,
            0, False)
        if not ok or text not in labels:
            return None
        return choices[labels.index(text)][0]


class RehearsalPanel(QWidget):
    def __init__(self, context: AppContext, exercise: Exercise, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.context, self.exercise, self.clock = context, exercise, clock
        self._began: float | None = None
        self._dirty = False
        self.write_failed = False
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self._tick)
        self._build_ui()
        self.load()

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        title = QLabel(self.exercise.title, self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        col.addWidget(title)
        situation = QLabel(self.exercise.situation, self)
        situation.setWordWrap(True)
        col.addWidget(situation)
        self.mine: list[QLineEdit] = []
        for n, line in enumerate(self.exercise.lines):
            # One exchange under the other, each line full width: nothing has to fit
            # beside anything else, so long lines wrap at any text size.
            said = QLabel(self.tr("They may say: {text}").format(text=line.them), self)
            said.setWordWrap(True)
            said.setProperty("role", "muted")
            col.addWidget(said)
            reply = QLabel(self.tr("I could say: {text}").format(text=line.me), self)
            reply.setWordWrap(True)
            col.addWidget(reply)
            own_label = QLabel(self.tr("My own words:"), self)
            edit = QLineEdit(self)
            edit.setPlaceholderText(line.me)
            edit.setAccessibleName(self.tr("My own words for line {n}").format(n=n + 1))
            edit.setAccessibleDescription(line.them)
            edit.textEdited.connect(self._on_line_edited)
            own_label.setBuddy(edit)
            col.addWidget(own_label)
            col.addWidget(edit)
            col.addSpacing(self.fontMetrics().lineSpacing() // 2)
            self.mine.append(edit)
        buttons = FlowLayout()
        self.save_button = QPushButton(self.tr("&Save my lines"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.addWidget(self.save_button)
        self.aloud_button = QPushButton(self.tr("&Practise aloud"), self)
        self.aloud_button.clicked.connect(self._on_aloud_clicked)
        buttons.addWidget(self.aloud_button)
        self.clock_label = QLabel("0:00", self)
        self.clock_label.setAccessibleName(self.tr("Time practising aloud"))
        buttons.addWidget(self.clock_label)
        col.addLayout(buttons)
        step_hint = QLabel(self.tr("Step: {title}").format(title=self.exercise.step), self)
        step_hint.setWordWrap(True)
        step_hint.setProperty("role", "muted")
        col.addWidget(step_hint)
        self.step_button = QPushButton(self.tr("&Make it a ladder step"), self)
        self.step_button.setToolTip(self.exercise.step)
        self.step_button.clicked.connect(self._on_step_clicked)
        col.addWidget(self.step_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        col.addWidget(self.status)
        self.log = LogBox(self.context, self.exercise.id, self.exercise.kind, self)
        col.addWidget(self.log)
        col.addStretch(1)

    def load(self) -> None:
        try:
            lines = service.own_lines(self.context.db, self.exercise.id)
        except STORE_ERRORS:
            return
        for n, edit in enumerate(self.mine):
            edit.setText(lines.get(n, ""))
        self._dirty = False

    def save(self) -> bool:
        try:
            service.save_own_lines(self.context.db, self.exercise.id,
                                   {n: e.text() for n, e in enumerate(self.mine)})
        except FieldErrors as err:
            self.status.setText(next(iter(err.messages.values())))
            return False
        except STORE_ERRORS as exc:
            self.write_failed = True
            self.status.setText(as_save_failed(exc).user_message())
            return False
        self._dirty = self.write_failed = False
        self.status.setText(self.tr("Your lines are saved."))
        return True

    def flush(self) -> None:
        if self._dirty and self.context.store is not None:
            self.save()

    def holds_unsaved_text(self) -> bool:
        return self._dirty and self.write_failed

    # -- practise aloud ---------------------------------------------------------------
    def _tick(self) -> None:
        if self._began is None:
            return
        seconds = int(self.clock() - self._began)
        self.clock_label.setText(f"{seconds // 60}:{seconds % 60:02d}")

    def toggle_aloud(self) -> None:
        if self._began is None:
            self._began = self.clock()
            self.aloud_button.setText(self.tr("S&top"))
            self.timer.start()
            self._tick()
        else:
            self._tick()
            self.log.set_minutes(math.ceil((self.clock() - self._began) / 60))
            self._began = None
            self.timer.stop()
            self.aloud_button.setText(self.tr("&Practise aloud"))

    # -- a ladder step ----------------------------------------------------------------
    def make_step(self) -> bool:
        try:
            choices = service.ladder_choices(self.context.db)
        except STORE_ERRORS as exc:
            self.status.setText(as_save_failed(exc).user_message())
            return False
        if not choices:
            self.status.setText(self.tr("There is no ladder yet. You can make one on the "
                                        "Ladder page, then come back here."))
            return False
        ladder_id = choices[0][0] if len(choices) == 1 else LadderChoice.ask(self, choices)
        if ladder_id is None:
            return False
        goal = dict(choices)[ladder_id]
        try:
            step = service.rehearsal_to_step(self.context.db, self.exercise, ladder_id)
        except FieldErrors as err:
            self.status.setText(next(iter(err.messages.values())))
            return False
        except STORE_ERRORS as exc:
            self.status.setText(as_save_failed(exc).user_message())
            return False
        self.status.setText(self.tr("Added to the ladder “{goal}”: {step}.").format(
            goal=goal, step=step.title))
        self.context.notify("ladder")
        return True

    def _on_line_edited(self, _text: str) -> None:
        self._dirty = True

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_aloud_clicked(self) -> None:
        self.toggle_aloud()

    def _on_step_clicked(self) -> None:
        self.make_step()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self._began is not None:  # leaving stops the timer, as pressing Stop would
            self.toggle_aloud()
        super().hideEvent(event)

    def focus_start(self) -> QWidget:
        return self.mine[0] if self.mine else self.aloud_button
