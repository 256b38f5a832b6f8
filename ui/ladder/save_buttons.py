"""Save and Cancel under a ladder form: Save closes the dialog only once the form is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.errors import SaveFailed
from app.validation import FieldErrors
from ui.ladder.form_notes import FormNotes


class SaveButtons(QDialogButtonBox):
    """Save calls `submit`; a FieldErrors from it is shown at its fields by `notes`, a
    SaveFailed above the buttons, and either keeps the dialog open with everything
    typed still in place. Cancel rejects.

    No reference back to the dialog is kept (its slots are connected as bound methods,
    and `submit` is let go once the dialog closes), so a closed dialog is never held
    in a Python reference cycle for the garbage collector to free at a bad moment."""

    saved = Signal()

    def __init__(self, dialog: QDialog, notes: FormNotes, submit: Callable[[], None]) -> None:
        super().__init__(QDialogButtonBox.StandardButton.Save
                         | QDialogButtonBox.StandardButton.Cancel, dialog)
        self._notes: FormNotes | None = notes
        self._submit: Callable[[], None] | None = submit
        self.accepted.connect(self._on_accepted)
        self.rejected.connect(dialog.reject)
        self.saved.connect(dialog.accept)
        dialog.finished.connect(self._on_dialog_finished)

    def _on_accepted(self) -> None:
        if self._submit is None or self._notes is None:
            return
        try:
            self._submit()
        except FieldErrors as errors:
            self._notes.show(errors)
            return
        except SaveFailed as failed:
            self._notes.show_failure(self, failed.user_message())
            return
        self.saved.emit()

    def _on_dialog_finished(self, _result: int) -> None:
        self._submit = self._notes = None
