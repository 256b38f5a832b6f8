"""Confirming an export in plain text while the data is protected by a passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.widgets import modal


class PlaintextDialog(QMessageBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export without encryption?"))
        self.setText(self.tr(
            "Your data is protected by a passphrase, but an export is ordinary text that "
            "anyone who finds the file can read. Please keep it somewhere private and "
            "delete it when you no longer need it."))
        self.go = self.addButton(self.tr("&Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """Show modally; True to go ahead (tests replace this)."""
        dialog = cls(parent)
        modal.run(dialog)
        return dialog.clickedButton() is dialog.go
