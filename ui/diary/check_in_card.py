"""The ten-second check-in on Today: mood, anxiety and "went outside?", keyboard only.

Type a digit for mood, Tab, a digit for anxiety, Tab, Space if you went out,
Enter saves. It fills in the day's entry without touching anything else in it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app import clock, dates
from app.diary import service
from app.errors import STORE_ERRORS
from app.validation import FieldErrors
from ui.context import AppContext
from ui.diary.optional_spin import OptionalSpin
from ui.widgets.card import Card
from ui.widgets.field_note import FieldNote


class CheckInCard(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.context = context
        self.day: date = clock.today()
        self._outside_touched = False
        self._shown: tuple[int | None, int | None, bool] = (None, None, False)
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        hint = QLabel(self.tr("Type a number, Tab to the next, Space for outside, Enter to "
                              "save. Leave anything you like empty."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.body.addWidget(hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.mood = OptionalSpin(0, 10, self)
        self.anxiety = OptionalSpin(0, 10, self)
        self.outside = QCheckBox(self.tr("Yes, I went outside"), self)
        self.outside.toggled.connect(self._on_outside_toggled)
        form.addRow(self.tr("&Mood (0–10):"), self.mood)
        form.addRow(self.tr("&Anxiety (0–10):"), self.anxiety)
        form.addRow(self.tr("Went &outside today?"), self.outside)
        self.body.addLayout(form)
        self.note = FieldNote(self)
        self.body.addWidget(self.note)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save check-in"), self)
        self.save_button.clicked.connect(self.save)
        self.open_button = QPushButton(self.tr("Open the &full entry for today"), self)
        # A real button (not flat: Fusion draws no focus ring on a flat one); a push
        # button takes Tab and click focus by default.
        self.open_button.clicked.connect(self._on_open_clicked)
        row.addWidget(self.save_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.status.hide()  # shown once there is something to say
        self.body.addWidget(self.status)

    def focus_start(self) -> QWidget:
        return self.mood

    def refresh(self) -> None:
        """Show what is stored for today. Only while the person is typing here (the card
        visible, the focus in it and something changed) are their answers kept."""
        focus = QApplication.focusWidget()
        typing = (self.isVisible() and focus is not None and self.isAncestorOf(focus)
                  and bool(self._changed_fields()))
        if typing and self.day == clock.today():
            return
        self.day = clock.today()
        self.set_title(self.tr("Quick check-in for {day}").format(
            day=dates.short_date(self.day)))
        entry = service.get_entry(self.context.reads, self.day)
        self.mood.set_text_value("" if not entry or entry.mood is None else str(entry.mood))
        self.anxiety.set_text_value(
            "" if not entry or entry.anxiety is None else str(entry.anxiety))
        self.outside.blockSignals(True)
        self.outside.setChecked(bool(entry and (entry.went_outside
                                                or (entry.minutes_outside or 0) > 0)))
        self.outside.blockSignals(False)
        self._outside_touched = False
        self._shown = (self.mood.optional_value(), self.anxiety.optional_value(),
                       self.outside.isChecked())
        self.note.clear_message()

    def _changed_fields(self) -> dict[str, object]:
        """The answers the person changed since the card last showed what is stored."""
        mood, anxiety, outside = self._shown
        changed: dict[str, object] = {}
        if self.mood.optional_value() != mood and self.mood.optional_value() is not None:
            changed["mood"] = self.mood.optional_value()
        if self.anxiety.optional_value() != anxiety and self.anxiety.optional_value() is not None:
            changed["anxiety"] = self.anxiety.optional_value()
        if self._outside_touched and self.outside.isChecked() != outside:
            changed["went_outside"] = self.outside.isChecked()
        return changed

    def save(self) -> None:
        """Merge only what the person changed into the stored day, in one service call:
        a field the card showed but nobody touched is never written (it may be stale),
        and an emptied field leaves the stored answer as it was."""
        changed = self._changed_fields()
        try:
            mood, anxiety, went = (changed.get("mood"), changed.get("anxiety"),
                                   changed.get("went_outside"))
            service.quick_check_in(self.context.db, self.day,
                                   mood if isinstance(mood, int) else None,
                                   anxiety if isinstance(anxiety, int) else None,
                                   went if isinstance(went, bool) else None)
        except FieldErrors as errors:
            self.note.show_message(next(iter(errors.messages.values())))
            return
        except STORE_ERRORS:
            self._say(self.tr("Ippo could not save just now. Your answers are still "
                              "here; please try again."))
            return
        self.note.clear_message()
        self.refresh_shown()
        self._say(self.tr("Saved. Thank you for checking in."))
        self.context.notify("diary")

    def refresh_shown(self) -> None:
        """After a save, what is shown is what is stored."""
        self._shown = (self.mood.optional_value(), self.anxiety.optional_value(),
                       self.outside.isChecked())
        self._outside_touched = False

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # lazy: the `Qt` namespace costs ~20 ms to build; not needed before a key press
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_outside_toggled(self, _checked: bool) -> None:
        self._outside_touched = True

    def _on_open_clicked(self) -> None:
        self.context.navigate_requested.emit("diary", self.day)
