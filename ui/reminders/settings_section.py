"""Settings › Reminders: opt-in, off until turned on; what comes when, quiet hours,
starting with the session, and how reminders reach the person on this computer."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from app import dates
from app.reminders import autostart
from app.reminders import config as config_mod
from app.reminders.config import ReminderConfig
from app.reminders.scheduler import ANCHOR_PREFIX, CHECK_IN, PRACTICE, quiet_conflicts
from app.routine.models import Anchor
from ui.context import AppContext
from ui.widgets.card import Card
from ui.widgets.wrapping_check_box import WrappingCheckBox


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


class RemindersSection(Card):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.context = context
        self._anchors: list[Anchor] = []
        self._anchor_boxes: dict[int, QCheckBox] = {}
        self._rows_for: object = None  # what the anchor rows were last built from
        self._build_ui()
        self.refresh()

    # -- building ------------------------------------------------------------
    def _time_edit(self) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setDisplayFormat(dates.edit_clock_format())
        edit.editingFinished.connect(self._save)
        return edit

    def _build_ui(self) -> None:
        intro = QLabel(self.tr(
            "Ippo can remind you of a small step. A reminder only ever says \"A small step "
            "for today\", under Ippo's name or the neutral name you chose. Settings keep "
            "only the times, never what a reminder is for."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.enabled = WrappingCheckBox(self.tr("&Remind me"), self)
        self.enabled.toggled.connect(self._save)
        self.body.addWidget(self.enabled)
        self.details = QWidget(self)
        grid = QGridLayout(self.details)
        grid.setContentsMargins(24, 0, 0, 0)
        self.check_in = QCheckBox(self.tr("A daily &check-in at"), self.details)
        self.check_in_at = self._time_edit()
        self.check_in.toggled.connect(self._save)
        grid.addWidget(self.check_in, 0, 0)
        grid.addWidget(self.check_in_at, 0, 1)
        self.practice = QCheckBox(self.tr("Ladder &practice at"), self.details)
        self.practice_at = self._time_edit()
        self.practice.toggled.connect(self._save)
        grid.addWidget(self.practice, 1, 0)
        grid.addWidget(self.practice_at, 1, 1)
        days = QHBoxLayout()
        days.setContentsMargins(24, 0, 0, 0)
        self.day_boxes: list[QCheckBox] = []
        for d in range(7):
            box = QCheckBox(dates.weekday_name(d), self.details)
            box.setAccessibleName(self.tr("Practice on {day}").format(
                day=dates.weekday_name(d, short=False)))
            box.toggled.connect(self._save)
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        grid.addLayout(days, 2, 0, 1, 3)
        self.anchors_label = QLabel(self.tr("Routine anchors to be reminded of:"), self.details)
        self.anchors_label.setWordWrap(True)
        grid.addWidget(self.anchors_label, 3, 0, 1, 3)
        self.anchor_rows = QGridLayout()
        self.anchor_rows.setContentsMargins(24, 0, 0, 0)
        grid.addLayout(self.anchor_rows, 4, 0, 1, 3)
        self.quiet = QCheckBox(self.tr("&Quiet hours from"), self.details)
        self.quiet_from = self._time_edit()
        self.quiet_until = self._time_edit()
        self.quiet.toggled.connect(self._save)
        grid.addWidget(self.quiet, 5, 0)
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet_from)
        until = QLabel(self.tr("to"), self.details)
        until.setBuddy(self.quiet_until)
        quiet_row.addWidget(until)
        quiet_row.addWidget(self.quiet_until)
        quiet_row.addStretch(1)
        grid.addLayout(quiet_row, 5, 1, 1, 4)
        grid.setColumnStretch(4, 1)
        self.conflicts = QLabel(self.details)
        self.conflicts.setWordWrap(True)
        grid.addWidget(self.conflicts, 6, 0, 1, 5)
        self.session = WrappingCheckBox(
            self.tr("&Start with the session (Ippo waits in the background for reminders; "
                    "the window opens when you click one)"), self.details)
        self.session.toggled.connect(self._on_session_toggled)
        grid.addWidget(self.session, 7, 0, 1, 5)
        self.body.addWidget(self.details)
        self.delivery = QLabel(self)
        self.delivery.setWordWrap(True)
        self.delivery.setProperty("role", "muted")
        self.body.addWidget(self.delivery)

    # -- showing -------------------------------------------------------------
    def _config(self) -> ReminderConfig:
        return config_mod.from_dict(self.context.settings.reminders)

    def _load_anchors(self) -> None:
        self._anchors = []
        if self.context.store is None:
            return
        from app.routine.service import list_anchors  # lazy: needs the open store

        try:
            self._anchors = [a for a in list_anchors(self.context.db) if a.active]
        except NotImplementedError:
            self._anchors = []

    def refresh(self) -> None:
        config = self._config()
        self._load_anchors()
        widgets = [self.enabled, self.check_in, self.check_in_at, self.practice,
                   self.practice_at, self.quiet, self.quiet_from, self.quiet_until,
                   self.session, *self.day_boxes]
        for w in widgets:
            w.blockSignals(True)
        self.enabled.setChecked(config.enabled)
        self.details.setVisible(config.enabled)
        self.check_in.setChecked(config.check_in is not None)
        self.check_in_at.setTime(_qtime(config.check_in or time(19, 0)))
        self.practice.setChecked(bool(config.practice_days))
        self.practice_at.setTime(_qtime(config.practice_at))
        for d, box in enumerate(self.day_boxes):
            box.setChecked(d in config.practice_days)
        self.quiet.setChecked(config.has_quiet_hours)
        self.quiet_from.setTime(_qtime(config.quiet_from or time(22, 0)))
        self.quiet_until.setTime(_qtime(config.quiet_until or time(8, 0)))
        self.session.setChecked(autostart.supported() and autostart.is_on())
        self.session.setVisible(autostart.supported())
        for w in widgets:
            w.blockSignals(False)
        self._fill_anchor_rows(config)
        self._show_conflicts(config)
        self._show_delivery()

    def _fill_anchor_rows(self, config: ReminderConfig) -> None:
        chosen = {a.id for a in config.anchors}
        key = (self.context.store is None, tuple(self._anchors))
        if key == self._rows_for:  # unchanged: keep the boxes (and the focus), set their ticks
            for aid, box in self._anchor_boxes.items():
                box.blockSignals(True)
                box.setChecked(aid in chosen)
                box.blockSignals(False)
            return
        self._rows_for = key
        while self.anchor_rows.count():
            item = self.anchor_rows.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self._anchor_boxes = {}
        if self.context.store is None:
            note = QLabel(self.tr("Open Ippo to choose anchors."), self.details)
            self.anchor_rows.addWidget(note, 0, 0)
            return
        if not self._anchors:
            note = QLabel(self.tr("No routine anchors yet."), self.details)
            note.setProperty("role", "muted")
            self.anchor_rows.addWidget(note, 0, 0)
            return
        for row, anchor in enumerate(self._anchors):
            box = QCheckBox(self.tr("{name} at {time}").format(
                name=anchor.name, time=dates.time_of_day(anchor.at)),
                self.details)
            box.setChecked(anchor.id in chosen)
            box.toggled.connect(self._save)
            self._anchor_boxes[anchor.id] = box
            self.anchor_rows.addWidget(box, row // 2, row % 2)

    def _show_conflicts(self, config: ReminderConfig) -> None:
        if not config.enabled:
            self.conflicts.hide()
            return
        lines = []
        for slot in quiet_conflicts(config):
            when = dates.time_of_day(slot.at)
            if slot.key == CHECK_IN:
                lines.append(self.tr("The check-in at {time} is in your quiet hours, so it "
                                     "will not come.").format(time=when))
            elif slot.key == PRACTICE:
                lines.append(self.tr("Practice at {time} is in your quiet hours, so it will "
                                     "not come.").format(time=when))
            elif slot.key.startswith(ANCHOR_PREFIX):
                lines.append(self.tr("An anchor at {time} is in your quiet hours, so its "
                                     "reminder will not come.").format(time=when))
        if lines:
            lines.append(self.tr("Choose another time or shorter quiet hours if you want "
                                 "it. A snoozed reminder waits until quiet hours end."))
        # Japanese sentences follow one another with no space after 。
        self.conflicts.setText("".join(
            line if i == 0 or lines[i - 1].endswith("。") else " " + line
            for i, line in enumerate(lines)))
        self.conflicts.setVisible(bool(lines))

    def _show_delivery(self) -> None:
        self.delivery.setVisible(self._config().enabled)
        if not self._config().enabled:
            return  # no look for a notification service until reminders are wanted
        reminders = getattr(self.window(), "reminders", None)
        kind = reminders.runner.delivery() if reminders is not None else ""
        if kind == "notifications":
            text = self.tr("Reminders appear as this computer's notifications.")
        elif kind == "tray":
            text = self.tr("This computer has no notification service, so reminders "
                           "appear as messages from Ippo's tray icon.")
        else:
            text = self.tr("This computer shows neither notifications nor a tray icon to "
                           "Ippo, so reminders appear inside Ippo's window while it is open.")
        self.delivery.setText(text)

    # -- saving --------------------------------------------------------------
    def _save(self) -> None:
        old = self._config()
        days = frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked())
        if self.practice.isChecked() and not days:
            days = frozenset(range(7))  # ticking practice with no day picked means every day
        new = old.with_(
            enabled=self.enabled.isChecked(),
            check_in=_pytime(self.check_in_at.time()) if self.check_in.isChecked() else None,
            practice_days=days if self.practice.isChecked() else frozenset(),
            practice_at=_pytime(self.practice_at.time()),
            quiet_from=_pytime(self.quiet_from.time()) if self.quiet.isChecked() else None,
            quiet_until=_pytime(self.quiet_until.time()) if self.quiet.isChecked() else None,
        )
        if self.context.store is not None:
            chosen = [aid for aid, box in self._anchor_boxes.items() if box.isChecked()]
            new = config_mod.choose_anchors(new, self._anchors, chosen)
        if not new.enabled and old.start_with_session:
            self._set_session(False)
            new = new.with_(start_with_session=False)
        if new != old:
            self.context.update_settings(reminders=config_mod.to_dict(new))
            self.refresh()

    def _on_session_toggled(self, on: bool) -> None:
        ok = self._set_session(on)
        config = self._config()
        self.context.update_settings(reminders=config_mod.to_dict(
            config.with_(start_with_session=on and ok)))
        self.refresh()

    def _set_session(self, on: bool) -> bool:
        try:
            if on:
                autostart.write(autostart.launch_command(self.context.paths.root),
                                self.window().windowTitle() or "Ippo",
                                self.tr("Waits in the background for your reminders"))
            else:
                autostart.remove()
        except OSError:
            self.delivery.setText(self.tr("Ippo could not change the start-up entry in "
                                          "your settings folder."))
            return False
        return True
