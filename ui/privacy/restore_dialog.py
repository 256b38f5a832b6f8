"""Showing what a backup holds before restoring it: when, why, and how much."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.privacy.restore import BackupPreview


class RestoreDialog(QDialog):
    def __init__(self, preview: BackupPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        col = QVBoxLayout(self)
        col.setSpacing(10)
        when = QLocale().toString(preview.taken_at, QLocale.FormatType.LongFormat)
        lines = [self.tr("This backup was made on {when}.").format(when=when)]
        total = sum(preview.counts.values())
        lines.append(self.tr("It holds %n record(s) in all.", "", total))
        if preview.first_day and preview.last_day:
            lines.append(self.tr("Its diary runs from {first} to {last}.").format(
                first=preview.first_day, last=preview.last_day))
        lines.append(self.tr("Ippo first makes a backup of your data as it is now, so you "
                             "can go back if this is not the one you wanted."))
        for text in lines:
            label = QLabel(text, self)
            label.setWordWrap(True)
            col.addWidget(label)
        details = ", ".join(f"{name}: {n}" for name, n in preview.counts.items() if n)
        if details:
            small = QLabel(details, self)
            small.setWordWrap(True)
            small.setProperty("role", "muted")
            col.addWidget(small)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        go = buttons.addButton(self.tr("&Restore this backup"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        go.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    @classmethod
    def ask(cls, preview: BackupPreview, parent: QWidget | None = None) -> bool:
        """Show modally; True to restore (tests replace this)."""
        return cls(preview, parent).exec() == QDialog.DialogCode.Accepted
