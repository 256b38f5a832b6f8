"""The quiet in-window reminder, for computers with no notification service and no tray."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ReminderBanner(QFrame):
    """One line of our own words and a Close button; never more than one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 8, 12, 8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        row.addWidget(self.label, 1)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the reminder"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Reminder"))
        self.hide()

    def show_line(self, text: str) -> None:
        self.label.setText(text)
        self.show()
