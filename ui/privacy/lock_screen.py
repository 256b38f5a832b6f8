"""What the window shows while locked: nothing of the user's, only a way back in,
and "Need help now" (the emergency line, and the crisis card if the person chose one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.paths import DataPaths
from ui.privacy.unlock_form import UnlockForm


class LockScreen(QWidget):
    """Takes the place of the window's content; `form.opened` carries the new store."""

    help_requested = Signal()

    def __init__(self, paths: DataPaths, needs_passphrase: bool, neutral: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        col = QVBoxLayout(self)
        self.form = UnlockForm(paths, needs_passphrase, neutral, self)
        col.addWidget(self.form)
        self.help_button = QPushButton(self.tr("Need help now"), self)
        self.help_button.setToolTip(self.tr("Need help now (F1)"))
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.help_requested)
        col.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
