"""Save and Cancel under a ladder form: Save closes the dialog only once the form is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.validation import FieldErrors
from ui.ladder.form_notes import FormNotes


class SaveButtons(QDialogButtonBox):
    """Save calls `submit`; a FieldErrors from it is shown at its fields by `notes`
    and keeps the dialog open with everything typed still in place. Cancel rejects."""

    def __init__(self, dialog: QDialog, notes: FormNotes, submit: Callable[[], None]) -> None:
        super().__init__(QDialogButtonBox.StandardButton.Save
                         | QDialogButtonBox.StandardButton.Cancel, dialog)
        self._dialog = dialog
        self._notes = notes
        self._submit = submit
        self.accepted.connect(self._on_accepted)
        self.rejected.connect(dialog.reject)

    def _on_accepted(self) -> None:
        try:
            self._submit()
        except FieldErrors as errors:
            self._notes.show(errors)
            return
        self._dialog.accept()
