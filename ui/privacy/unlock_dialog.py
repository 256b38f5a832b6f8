"""The unlock screen at start: one calm question, asked again until it opens or the user stops."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from app import settings as settings_mod
from app.db import Store, StoreProblem
from app.paths import DataPaths
from ui.privacy.unlock_form import UnlockForm
from ui.widgets import modal


class UnlockDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.problem: StoreProblem | None = None
        neutral = settings_mod.load(paths.settings).neutral_title
        self.setWindowTitle(self.tr("Notes") if neutral else self.tr("Unlock Ippo"))
        col = QVBoxLayout(self)
        self.form = UnlockForm(paths, needs_passphrase=True, neutral=neutral, parent=self)
        self.form.opened.connect(self._on_form_opened)
        self.form.failed.connect(self._on_form_failed)
        col.addWidget(self.form)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        col.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.form.focus_input()

    def _on_form_opened(self, store: Store) -> None:
        self.store = store
        self.accept()

    def _on_form_failed(self, problem: StoreProblem) -> None:
        self.problem = problem
        self.reject()

    @classmethod
    def ask(cls, paths: DataPaths, parent: QWidget | None = None) -> Store | None:
        """Show modally; the open Store, or None (tests replace this)."""
        dialog = cls(paths, parent)
        modal.run(dialog)
        if dialog.problem is not None:
            from ui.shell.startup import show_problem

            show_problem(dialog.problem)
        return dialog.store
