"""Asking for a new, changed or removed passphrase, with the plain truth about forgetting it."""

from __future__ import annotations

from dataclasses import dataclass

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

SET, CHANGE, REMOVE = "set", "change", "remove"


@dataclass(frozen=True)
class PassphraseRequest:
    current: str
    new: str


class PassphraseDialog(QDialog):
    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self._build_ui()

    def _build_ui(self) -> None:
        titles = {SET: self.tr("Set a passphrase"), CHANGE: self.tr("Change the passphrase"),
                  REMOVE: self.tr("Remove the passphrase")}
        self.setWindowTitle(titles[self.mode])
        col = QVBoxLayout(self)
        col.setSpacing(10)
        if self.mode == SET:
            text = self.tr(
                "With a passphrase, everything Ippo keeps on this computer is encrypted, "
                "backups too, also the ones made before. Please choose one you will "
                "remember: if you forget it and also lose the recovery key, nobody can open "
                "your data again, not even us. "
                "Next, Ippo shows you a recovery key to print or write down.")
        elif self.mode == CHANGE:
            text = self.tr("Type the current passphrase (or your recovery key), then the new one.")
        else:
            text = self.tr("Without a passphrase, your data is stored unencrypted again, and "
                           "anyone who uses this computer account could read it. Your backups "
                           "are rewritten unencrypted too, so you can still restore them.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = QFormLayout()
        self.current = self._field()
        self.new = self._field()
        self.repeat = self._field()
        self.notes = {name: FieldNote(self) for name in ("current", "new", "repeat")}
        if self.mode in (CHANGE, REMOVE):
            form.addRow(FormLabel(self.tr("&Current passphrase:"), self.current, self),
                        self.current)
            form.addRow(self.notes["current"])
        if self.mode in (SET, CHANGE):
            form.addRow(FormLabel(self.tr("&New passphrase:"), self.new, self), self.new)
            form.addRow(self.notes["new"])
            form.addRow(FormLabel(self.tr("&Repeat it:"), self.repeat, self), self.repeat)
            form.addRow(self.notes["repeat"])
        for edit in (self.current, self.new, self.repeat):
            if form.indexOf(edit) < 0:  # not asked in this mode
                edit.hide()
        col.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(titles[self.mode])
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def _field(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def request(self) -> PassphraseRequest:
        return PassphraseRequest(self.current.text(), self.new.text())

    def validate(self) -> bool:
        for note in self.notes.values():
            note.clear_message()
        errors = FieldErrors()
        if self.mode in (CHANGE, REMOVE) and not self.current.text():
            errors.add("current", self.tr("Please type the current passphrase."))
        if self.mode in (SET, CHANGE):
            try:
                check_new(self.new.text(), self.repeat.text())
            except FieldErrors as more:
                for k, v in more.messages.items():
                    errors.add(k, v)
        for name, message in errors.messages.items():
            self.notes[name].show_message(message)
        return not errors.messages

    def _on_buttons_accepted(self) -> None:
        if self.validate():
            self.accept()

    @classmethod
    def ask(cls, mode: str, parent: QWidget | None = None) -> PassphraseRequest | None:
        """Show modally (tests replace this)."""
        dialog = cls(mode, parent)
        return dialog.request() if modal.run(dialog) == QDialog.DialogCode.Accepted else None
