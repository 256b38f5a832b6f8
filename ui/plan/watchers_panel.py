"""The plan's warning-sign watchers: switch each on, with the user's own thresholds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SaveFailed
from app.plan import service
from app.plan.models import LATE_SLEEP, MOOD_DROP, NO_ATTEMPT, NO_DIARY, NO_OUTSIDE, Watcher
from app.validation import FieldErrors
from ui.context import AppContext
from ui.widgets.card import Card
from ui.widgets.field_note import FieldNote
from ui.widgets.wrapping_check_box import WrappingCheckBox


class _WatcherRow:
    """The widgets of one watcher: a switch, its threshold fields and their notes."""

    def __init__(self, kind: str, check: QCheckBox) -> None:
        self.kind = kind
        self.check = check
        self.fields: dict[str, QLineEdit] = {}
        self.notes: dict[str, FieldNote] = {}


class WatchersPanel(Card):
    watchers_saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Signs Ippo can watch for"), parent)
        self.context = context
        self.rows: dict[str, _WatcherRow] = {}
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        intro = QLabel(self.tr(
            "Ippo can look at your diary and ladder for the signs you choose, using your own "
            "limits. When one shows, a quiet note appears on Today with a link to what helps. "
            "Nothing pops up and nothing makes a sound."), self)
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.body.addWidget(intro)
        days = self.tr("Number of days:")
        self._add_row(NO_OUTSIDE, self.tr("No time outside noted for a number of days"),
                      [("days", days)])
        self._add_row(NO_ATTEMPT, self.tr("No ladder step tried for a number of days"),
                      [("days", days)])
        self._add_row(MOOD_DROP, self.tr(
            "My mood average this week has fallen compared with the two weeks before"),
            [("mood_drop", self.tr("Fallen by at least (points, 0 to 10):"))])
        self._add_row(LATE_SLEEP, self.tr("The middle of my sleep is later than a set time"),
                      [("later_than", self.tr("Later than (hours:minutes):")),
                       ("days", self.tr("On how many of the last 7 nights:"))])
        self._add_row(NO_DIARY, self.tr("No diary entry for a number of days"),
                      [("days", days)])
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save these signs"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.addWidget(self.save_button)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        buttons.addWidget(self.status, 1)
        self.body.addLayout(buttons)

    def _add_row(self, kind: str, label: str, fields: list[tuple[str, str]]) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        check = WrappingCheckBox(label, self)  # a long sentence wraps at 200 % text
        box.addWidget(check)
        row = _WatcherRow(kind, check)
        form = QFormLayout()
        form.setContentsMargins(self.fontMetrics().averageCharWidth() * 4, 0, 0, 0)
        for name, text in fields:
            edit = QLineEdit(self)
            edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
            edit.setAccessibleName(f"{label}: {text}")
            note = FieldNote(self)
            form.addRow(text, edit)
            form.addRow("", note)
            row.fields[name], row.notes[name] = edit, note
        box.addLayout(form)
        self.body.addLayout(box)
        self.rows[kind] = row

    def refresh(self) -> None:
        for w in service.watchers(self.context.db):
            self._show(w)
        for row in self.rows.values():
            for note in row.notes.values():
                note.clear_message()

    def _show(self, w: Watcher) -> None:
        row = self.rows[w.kind]
        row.check.setChecked(w.enabled)
        values = {"days": "" if w.days is None else str(w.days),
                  "mood_drop": "" if w.mood_drop is None else f"{w.mood_drop:g}",
                  "later_than": w.later_than.strftime("%H:%M") if w.later_than else ""}
        for name, edit in row.fields.items():
            edit.setText(values[name])

    def _on_save_clicked(self) -> None:
        """Check every watcher first; save all of them, or none if one has a problem."""
        checked: list[Watcher] = []
        problems = False
        for row in self.rows.values():
            for note in row.notes.values():
                note.clear_message()
            values = {name: edit.text() for name, edit in row.fields.items()}
            try:
                checked.append(service.build_watcher(
                    self.context.db, row.kind, enabled=row.check.isChecked(), **values))
            except FieldErrors as err:
                problems = True
                for name, message in err.messages.items():
                    if name in row.notes:
                        row.notes[name].show_message(message)
        if problems:
            self.status.setText(self.tr("Nothing was saved yet: please look at the note above."))
            return
        try:
            service.store_watchers(self.context.db, checked)
        except SaveFailed as failed:  # nothing stored; the rows keep what was typed
            self.status.setText(failed.user_message())
            return
        self.status.setText(self.tr("Saved."))
        self.watchers_saved.emit()
        self.context.notify("plan")
