"""The passphrase of an encrypted export: choosing one when exporting, typing it to import."""

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

from app.privacy.passphrase import check_new
from app.validation import FieldErrors
from ui.widgets import modal
from ui.widgets.field_note import FieldNote
from ui.widgets.form_label import FormLabel

EXPORT, IMPORT, BACKUP = "export", "import", "backup"
PLAINTEXT = ""  # what ask_for_export() gives when the person chose no encryption


class FilePassphraseDialog(QDialog):
    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.plaintext_chosen = False
        self.setWindowTitle(self.tr("Encrypted export") if mode == EXPORT
                            else self.tr("Encrypted file"))
        col = QVBoxLayout(self)
        col.setSpacing(10)
        if mode == EXPORT:
            text = self.tr("Your data is protected by a passphrase, so the export is "
                           "encrypted too. Choose a passphrase for the file: your Ippo "
                           "passphrase, or another one. You will need it to bring the "
                           "file back into Ippo.")
        elif mode == BACKUP:
            text = self.tr("This backup is encrypted. Please type the recovery key of the "
                           "Ippo it came from, or its passphrase if the backup is still in "
                           "its Ippo data folder.")
        else:
            text = self.tr("This export is encrypted. Please type the passphrase it was "
                           "saved with.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = QFormLayout()
        self.passphrase = self._field()
        self.repeat = self._field()
        self.notes = {name: FieldNote(self) for name in ("new", "repeat")}
        label = (self.tr("&Recovery key or passphrase:") if mode == BACKUP
                 else self.tr("&Passphrase for the file:"))
        form.addRow(FormLabel(label, self.passphrase, self), self.passphrase)
        form.addRow(self.notes["new"])
        if mode == EXPORT:
            form.addRow(FormLabel(self.tr("&Repeat it:"), self.repeat, self), self.repeat)
            form.addRow(self.notes["repeat"])
        else:
            self.repeat.hide()
        col.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export") if mode == EXPORT else self.tr("&Open"))
        if mode == EXPORT:
            self.plain_button = buttons.addButton(self.tr("Export &without encryption…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.plain_button.clicked.connect(self._on_plain_clicked)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def _field(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def validate(self) -> bool:
        for note in self.notes.values():
            note.clear_message()
        errors = FieldErrors()
        if self.mode == EXPORT:
            try:
                check_new(self.passphrase.text(), self.repeat.text())
            except FieldErrors as found:
                errors = found
        elif not self.passphrase.text():
            errors.add("new", self.tr("Please type the passphrase."))
        for name, message in errors.messages.items():
            self.notes[name].show_message(message)
        return not errors.messages

    def _on_buttons_accepted(self) -> None:
        if self.validate():
            self.accept()

    def _on_plain_clicked(self) -> None:
        self.plaintext_chosen = True
        self.accept()

    @classmethod
    def ask_for_export(cls, parent: QWidget | None = None) -> str | None:
        """The file's passphrase, PLAINTEXT ("") for no encryption, None to stop
        (tests replace this)."""
        dialog = cls(EXPORT, parent)
        if modal.run(dialog) != QDialog.DialogCode.Accepted:
            return None
        return PLAINTEXT if dialog.plaintext_chosen else dialog.passphrase.text()

    @classmethod
    def ask_for_import(cls, parent: QWidget | None = None, backup: bool = False) -> str | None:
        """The passphrase (or, for an encrypted backup, the recovery key) typed, or
        None to stop (tests replace this)."""
        dialog = cls(BACKUP if backup else IMPORT, parent)
        return dialog.passphrase.text() if modal.run(dialog) == QDialog.DialogCode.Accepted \
            else None
