"""Grounding, 5-4-3-2-1: one sense at a time, forward and back by keyboard or mouse."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.practice.models import Exercise
from ui.context import AppContext
from ui.practice.log_box import LogBox
from ui.widgets.flow_layout import FlowLayout


class GroundingPanel(QWidget):
    def __init__(self, context: AppContext, exercise: Exercise, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.context, self.exercise, self.clock = context, exercise, clock
        self.index = -1  # -1: not started; len(steps): done
        self._began: float | None = None
        col = QVBoxLayout(self)
        title = QLabel(exercise.title, self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        col.addWidget(title)
        for text in (exercise.intro, exercise.stay):
            label = QLabel(text, self)
            label.setWordWrap(True)
            col.addWidget(label)
        self.where = QLabel(self)
        self.where.setProperty("role", "muted")
        col.addWidget(self.where)
        self.step = QLabel(self)
        self.step.setWordWrap(True)
        self.step.setProperty("role", "title")
        self.step.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        col.addWidget(self.step)
        row = FlowLayout()
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("Be&gin"), self)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        col.addLayout(row)
        self.log = LogBox(context, exercise.id, exercise.kind, self)
        col.addWidget(self.log)
        col.addStretch(1)
        self._show()

    def go(self, delta: int) -> None:
        if self.index == -1 and delta > 0:
            self._began = self.clock()
        self.index = max(-1, min(len(self.exercise.steps), self.index + delta))
        if self.index == len(self.exercise.steps) and self._began is not None:
            self.log.set_minutes(math.ceil((self.clock() - self._began) / 60))
        self._show()

    def _show(self) -> None:
        steps = self.exercise.steps
        self.back_button.setEnabled(self.index > -1)
        if self.index < 0:
            self.where.setText("")
            self.step.setText(self.tr("Press Begin when you are ready."))
            self.next_button.setText(self.tr("Be&gin"))
        elif self.index < len(steps):
            self.where.setText(self.tr("Step {n} of {total}").format(n=self.index + 1,
                                                                     total=len(steps)))
            self.step.setText(steps[self.index])
            self.next_button.setText(self.tr("&Next") if self.index < len(steps) - 1
                                     else self.tr("&Finish"))
        else:
            self.where.setText("")
            self.step.setText(self.exercise.done)
            self.next_button.setText(self.tr("Begin a&gain"))
        self.step.setAccessibleName(self.step.text())
        self.next_button.setEnabled(True)

    def _on_next_clicked(self) -> None:
        if self.index >= len(self.exercise.steps):
            self.index = -1
        self.go(1)

    def _on_back_clicked(self) -> None:
        self.go(-1)

    def focus_start(self) -> QWidget:
        return self.next_button
