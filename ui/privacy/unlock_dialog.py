"""The unlock screen at start: one calm question, asked again until it opens or the user stops."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app import settings as settings_mod
from app.paths import DataPaths
from app.privacy.service import Store, StoreProblem
from ui.privacy.unlock_form import UnlockForm
from ui.shell.startup_problem import StartupProblemScreen
from ui.widgets import modal


class UnlockDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.problem: StoreProblem | None = None
        self.paths = paths
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
        # "Need help now" is reachable before the passphrase too: it shows the
        # emergency line and, if the person chose one, their crisis card.
        self.help_button = QPushButton(self.tr("Need help now"), self)
        self.help_button.setToolTip(self.tr("Need help now (F1)"))
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.show_help_now)
        QShortcut(QKeySequence("F1"), self).activated.connect(self.show_help_now)
        row = QHBoxLayout()
        row.addWidget(self.help_button)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        col.addLayout(row)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.form.focus_input()

    def show_help_now(self) -> None:
        # lazy: plan modules load only if help is asked for before unlocking
        from ui.context import AppContext

        # lazy: plan modules load only if help is asked for before unlocking
        from ui.plan.help_now_dialog import HelpNowDialog

        context = AppContext(self.paths, None, settings_mod.load(self.paths.settings))
        context.setParent(self)
        HelpNowDialog.ask(context, self)

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
            StartupProblemScreen.ask(dialog.problem)
        return dialog.store
