"""The clear confirmation before deleting all data: type one word."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import modal


class DeleteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete all my data"))
        # The word to type, in the user's language.
        self.word = self.tr("delete")
        col = QVBoxLayout(self)
        text = QLabel(self.tr(
            "This removes everything Ippo keeps on this computer: your ladders, diary, "
            "thought records, plan and every backup. It cannot be undone. If you might "
            "want it later, export it first.\n\nTo go ahead, type \"{word}\" below.")
            .format(word=self.word), self)
        text.setWordWrap(True)
        col.addWidget(text)
        form = QFormLayout()
        self.confirm = QLineEdit(self)
        form.addRow(self.tr("&Confirm:"), self.confirm)
        col.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = buttons.addButton(self.tr("&Delete everything"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button.setEnabled(False)
        self.confirm.textChanged.connect(self._on_confirm_text_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def _on_confirm_text_changed(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip().lower() == self.word.lower())

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """Show modally; True only when the word was typed (tests replace this)."""
        return modal.run(cls(parent)) == QDialog.DialogCode.Accepted
