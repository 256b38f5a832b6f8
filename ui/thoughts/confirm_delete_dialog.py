"""Asks once, kindly, before a thought record is deleted."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.widgets import modal


class ConfirmDeleteDialog(QMessageBox):
    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Delete this record?"))
        self.setText(self.tr("Delete this thought record?"))
        self.setInformativeText(self.tr("“{summary}”\n\nThis cannot be undone here. Older "
                                        "backups may still hold it until they are thinned.")
                                .format(summary=summary))
        self.delete_button = self.addButton(self.tr("&Delete"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = self.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)

    @classmethod
    def ask(cls, summary: str, parent: QWidget | None = None) -> bool:
        """True if the user chose to delete. Tests replace this method."""
        dialog = cls(summary, parent)
        modal.run(dialog)
        return dialog.clickedButton() is dialog.delete_button
