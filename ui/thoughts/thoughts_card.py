"""Thought records on Today: an unfinished record to go back to, or a quiet way to start."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.text import quotable
from app.thoughts import service
from app.thoughts.models import summary
from ui.context import AppContext
from ui.widgets.card import Card


class ThoughtsCard(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thought records"), parent)
        self.context = context
        self.draft_id: int | None = None
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setProperty("role", "muted")
        self.body.addWidget(self.text)
        row = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("Go on with it"), self)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.start_button = QPushButton(self.tr("Start a thought record"), self)
        self.start_button.clicked.connect(self._on_start_clicked)
        row.addWidget(self.continue_button)
        row.addWidget(self.start_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        drafts = service.drafts_of(self.context.reads)
        self.draft_id = drafts[0].id if drafts else None
        if drafts:
            self.text.setText(self.tr("A record is not finished yet: “{summary}”. You can "
                                      "go on with it whenever you like.")
                              .format(summary=quotable(summary(drafts[0], 60))))
        else:
            self.text.setText(self.tr("When a thought keeps you indoors, you can write it "
                                      "down and look at it step by step."))
        self.continue_button.setVisible(bool(drafts))

    def _on_continue_clicked(self) -> None:
        if self.draft_id is not None:
            self.context.navigate_requested.emit("thoughts", self.draft_id)

    def _on_start_clicked(self) -> None:
        self.context.navigate_requested.emit("thoughts", {"new": True})
