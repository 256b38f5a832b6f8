"""Before importing: what is in the file, and merge or replace."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.privacy.transfer import MERGE, REPLACE
from ui.widgets import modal


class ImportDialog(QDialog):
    def __init__(self, when: datetime | None, counts: dict[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        col = QVBoxLayout(self)
        col.setSpacing(10)
        total = sum(counts.values())
        text = self.tr("This file holds %n record(s).", "", total)
        if when is not None:
            text += " " + self.tr("It was exported on {when}.").format(
                when=dates.long_date_time(when))
        label = QLabel(text, self)
        label.setWordWrap(True)
        col.addWidget(label)
        self.merge = QRadioButton(self.tr("&Add to my data: everything here stays as it is, "
                                          "and records already here are not added twice"),
                                  self)
        self.replace = QRadioButton(self.tr("Re&place my data with the file"), self)
        self.merge.setChecked(True)
        col.addWidget(self.merge)
        col.addWidget(self.replace)
        note = QLabel(self.tr("Ippo makes a backup first. If anything in the file does not "
                              "fit, nothing is changed."), self)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        col.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def mode(self) -> str:
        return REPLACE if self.replace.isChecked() else MERGE

    @classmethod
    def ask(cls, when: datetime | None, counts: dict[str, int],
            parent: QWidget | None = None) -> str | None:
        """Show modally; "merge", "replace" or None (tests replace this)."""
        dialog = cls(when, counts, parent)
        return dialog.mode() if modal.run(dialog) == QDialog.DialogCode.Accepted else None
