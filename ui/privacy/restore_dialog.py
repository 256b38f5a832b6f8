"""Showing what a backup holds before restoring it: when, why, and how much."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.privacy.record_kinds import record_kinds
from app.privacy.restore import BackupPreview
from ui.widgets import modal


def _day(iso: str) -> str:
    """A stored day ("2026-02-10") as the user's locale writes it; as stored if odd."""
    try:
        return dates.short_date(date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


class RestoreDialog(QDialog):
    def __init__(self, preview: BackupPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        col = QVBoxLayout(self)
        col.setSpacing(10)
        # The day in full and the time to the minute: no seconds, no time-zone name.
        when = dates.long_date_time(preview.taken_at)
        self._say(col, self.tr("This backup was made on {when}.").format(when=when))
        if preview.first_day and preview.last_day:
            self._say(col, self.tr("Its diary runs from {first} to {last}.").format(
                first=_day(preview.first_day), last=_day(preview.last_day)))
        total = sum(preview.counts.values())
        self._say(col, self.tr("It holds %n record(s) in all.", "", total))
        self._add_kinds(col, preview)
        self._say(col, self.tr("Ippo first makes a backup of your data as it is now, so you "
                               "can go back if this is not the one you wanted."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        go = buttons.addButton(self.tr("&Restore this backup"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        go.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def _say(self, col: QVBoxLayout, text: str) -> None:
        label = QLabel(text, self)
        label.setWordWrap(True)
        col.addWidget(label)

    def _add_kinds(self, col: QVBoxLayout, preview: BackupPreview) -> None:
        """What the backup holds, kind by kind, with a count for each. The list scrolls
        if the screen is too short for it, so the sentences and buttons stay whole."""
        kinds = record_kinds(preview.counts)
        if not kinds:
            return
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(12, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        for row, kind in enumerate(kinds):
            name = QLabel(kind.label, inner)
            count = QLabel(QLocale().toString(kind.count), inner)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for label in (name, count):
                label.setProperty("role", "muted")
            grid.addWidget(name, row, 0)
            grid.addWidget(count, row, 1)
        self.kinds = QScrollArea(self)
        self.kinds.setFrameShape(QFrame.Shape.NoFrame)
        self.kinds.setWidgetResizable(True)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setBackgroundRole(QPalette.ColorRole.Window)  # not a white box
        self.kinds.setWidget(inner)
        self.kinds.setAccessibleName(self.tr("What this backup holds"))
        col.addWidget(self.kinds, 1)

    @classmethod
    def ask(cls, preview: BackupPreview, parent: QWidget | None = None) -> bool:
        """Show modally; True to restore (tests replace this)."""
        return modal.run(cls(preview, parent)) == QDialog.DialogCode.Accepted
