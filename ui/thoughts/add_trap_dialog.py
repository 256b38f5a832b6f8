"""Asks for the name (and, if the user likes, a short explanation) of their own trap."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.widgets import modal
from ui.widgets.field_note import FieldNote


class AddTrapDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, label: str = "", explanation: str = "",
                 message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add my own thinking trap"))
        form = QFormLayout(self)
        self.label = QLineEdit(self)
        self.explanation = QPlainTextEdit(self)
        self.explanation.setTabChangesFocus(True)
        self.label.setText(label)
        self.explanation.setPlainText(explanation)
        form.addRow(self.tr("&Name:"), self.label)
        self.note = FieldNote(self)
        self.note.show_message(message)
        form.addRow(self.note)
        form.addRow(self.tr("What it &means (optional):"), self.explanation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None = None, label: str = "", explanation: str = "",
            message: str = "") -> tuple[str, str] | None:
        """(name, explanation), or None if cancelled. Tests replace this method."""
        dialog = cls(parent, label, explanation, message)
        if modal.run(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.label.text(), dialog.explanation.toPlainText()
