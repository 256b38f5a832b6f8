"""The calm passphrase form shared by the start-up unlock dialog and the lock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.paths import DataPaths
from app.privacy.service import Store, StoreProblem, open_store
from ui.widgets.field_note import FieldNote


class UnlockForm(QWidget):
    """Asks for the passphrase (or the recovery key) and opens the store.

    With `needs_passphrase` False it is only a quiet cover with an Open button.
    """

    opened = Signal(object)  # the open Store
    failed = Signal(object)  # a StoreProblem other than a wrong passphrase

    def __init__(self, paths: DataPaths, needs_passphrase: bool, neutral: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.needs_passphrase = needs_passphrase
        self.neutral = neutral
        self._build_ui()

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        col.setSpacing(12)
        col.addStretch(1)
        self.heading = QLabel(self.tr("Notes") if self.neutral else self.tr("Welcome back"), self)
        self.heading.setProperty("role", "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.heading)
        text = (self.tr("Please enter your passphrase to open your notes.")
                if self.needs_passphrase else
                self.tr("Your notes are covered for now. Open them when you are ready."))
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.message)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.passphrase.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.passphrase.returnPressed.connect(self.try_open)
        self.passphrase.setVisible(self.needs_passphrase)
        col.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        self.note = FieldNote(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.note)
        self.open_button = QPushButton(self.tr("&Unlock") if self.needs_passphrase
                                       else self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.open_button.text().replace("&", ""))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.try_open)
        col.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        if self.needs_passphrase:
            hint = QLabel(self.tr("You can also type your recovery key here."), self)
            hint.setProperty("role", "muted")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setWordWrap(True)
            col.addWidget(hint)
        col.addStretch(2)

    def focus_input(self) -> None:
        (self.passphrase if self.needs_passphrase else self.open_button).setFocus()

    def _say(self, text: str) -> None:
        """Show `text` under the field; a dialog around the form grows to show it whole
        (a window does not grow by itself for a line that wraps)."""
        self.note.show_message(text)
        window = self.window()
        layout = window.layout()
        if isinstance(window, QDialog) and layout is not None:
            layout.activate()
            needed = layout.totalHeightForWidth(window.width())
            window.resize(window.width(), max(window.height(), needed))

    def try_open(self) -> None:
        """Open the store with what was typed; stay calm on a wrong passphrase."""
        secret = self.passphrase.text() if self.needs_passphrase else None
        if self.needs_passphrase and not secret:
            self._say(self.tr("Please type your passphrase first."))
            return
        try:
            store: Store = open_store(self.paths, secret)
        except StoreProblem as problem:
            if problem.kind in (StoreProblem.WRONG_PASSPHRASE, StoreProblem.ENCRYPTED):
                self.passphrase.selectAll()
                self._say(self.tr(
                    "That is not the right passphrase. Nothing was changed; please try again."))
                return
            self.failed.emit(problem)
            return
        self.passphrase.clear()
        self.note.clear_message()
        self.opened.emit(store)
