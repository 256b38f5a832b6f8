"""What the window shows while locked: nothing of the user's, only a way back in."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.paths import DataPaths
from ui.privacy.unlock_form import UnlockForm


class LockScreen(QWidget):
    """Takes the place of the window's content; `form.opened` carries the new store."""

    def __init__(self, paths: DataPaths, needs_passphrase: bool, neutral: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        col = QVBoxLayout(self)
        self.form = UnlockForm(paths, needs_passphrase, neutral, self)
        col.addWidget(self.form)
