"""The first-run welcome: what Ippo is and is not, privacy, and where help is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.widgets import modal


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, offer_restore: bool = False) -> None:
        super().__init__(parent)
        self.bring_in_chosen = False
        self.setWindowTitle(self.tr("Welcome to Ippo"))
        col = QVBoxLayout(self)
        col.setSpacing(12)
        heading = QLabel(self.tr("Welcome. We are glad you are here."), self)
        heading.setProperty("role", "title")
        col.addWidget(heading)
        for text in (
            self.tr("Ippo means \"one step\". It helps you take small steps at your own pace: "
                    "a ladder of little challenges, a short diary, thought records and a plan "
                    "for harder days."),
            self.tr("Everything you write stays on this computer. Ippo never goes on the "
                    "internet and needs no account. You can protect it with a passphrase in "
                    "Settings."),
            self.tr("Ippo is a self-help tool, not therapy, and it cannot diagnose anything. "
                    "If you can, it may help to share what you find here with a doctor or "
                    "counsellor."),
            self.tr("If you are in danger or thinking of harming yourself, please call your "
                    "local emergency number now, or reach out to someone you trust."),
        ):
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            col.addWidget(label)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton(self.tr("&Let's begin"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        self.bring_in_button = None
        if offer_restore:  # a first start, maybe on a new computer
            start.setText(self.tr("&Start fresh"))
            self.bring_in_button = buttons.addButton(
                self.tr("&Bring in my data from an Ippo export or backup…"),
                QDialogButtonBox.ButtonRole.ActionRole)
            self.bring_in_button.clicked.connect(self._on_bring_in_clicked)
        buttons.accepted.connect(self.accept)
        col.addWidget(buttons)
        self.setMinimumWidth(520)

    def _on_bring_in_clicked(self) -> None:
        self.bring_in_chosen = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, offer_restore: bool = False) -> bool:
        """Show the welcome modally; True when the person chose to bring in their data
        (only offered with `offer_restore`). Tests replace this."""
        dialog = cls(parent, offer_restore)
        modal.run(dialog)
        return dialog.bring_in_chosen
