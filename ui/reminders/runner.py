"""Runs the reminder scheduler while Ippo runs (window open, hidden, or started
in the background) and hands what is due to the best delivery there is:

1. Linux: the desktop's notification service (org.freedesktop.Notifications);
2. a tray icon's message where there is a tray and no notification service
   (and on Windows and macOS);
3. otherwise a quiet banner inside Ippo's window, which Settings explains.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from app import clock
from app.paths import DataPaths
from app.reminders import config as config_mod
from app.reminders import scheduler
from app.reminders import store as state_store
from app.reminders.scheduler import SNOOZES, Due, State
from app.reminders.zone import local_zone
from app.settings import Settings
from ui.reminders import texts

CHECK_EVERY_MS = 20_000  # cheap; also catches a clock change or a wake from sleep
NOTIFICATIONS = "notifications"
TRAY = "tray"
WINDOW = "window"


def system_zone() -> tzinfo:
    from PySide6.QtCore import QTimeZone  # lazy: read once, when first asked

    return local_zone(bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace"))


class ReminderRunner(QObject):
    activate_requested = Signal()  # a reminder was clicked: bring Ippo forward
    banner_requested = Signal(str)  # no notification service or tray: show this in the window
    delivered = Signal(object)  # the Due just shown (for tests and the banner)

    def __init__(self, paths: DataPaths, settings: Callable[[], Settings],
                 now: Callable[[], datetime] = clock.now,
                 zone: Callable[[], tzinfo] = system_zone,
                 bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._now = now
        self._zone = zone
        self._bus_address = bus_address
        self._state_path = state_store.state_path(paths.root)
        self.state: State = state_store.load(self._state_path)
        self._notifier: object | None = None
        self._tried_notifier = False
        self.tray: QSystemTrayIcon | None = None
        self._last_due: Due | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_now)

    # -- running -----------------------------------------------------------
    @property
    def config(self) -> config_mod.ReminderConfig:
        return config_mod.from_dict(self._settings().reminders)

    def start(self) -> None:
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    def check_now(self) -> Due | None:
        config = self.config
        due, new = scheduler.tick(config, self.state, self._now(), self._zone())
        self._set_state(new)
        if due is not None:
            self._deliver(due)
        return due

    def _set_state(self, new: State) -> None:
        if new == self.state:
            return
        self.state = new
        try:
            state_store.save(self._state_path, new)
        except OSError:
            pass  # the next check works from memory; at worst a restart repeats nothing

    # -- delivery ----------------------------------------------------------
    def notifier(self) -> object | None:
        """The notification-service connection, made on first need (Linux only)."""
        from ui.reminders.freedesktop import FreedesktopNotifier  # lazy: D-Bus code, Linux only

        if isinstance(self._notifier, FreedesktopNotifier) and not self._notifier.is_alive():
            self._notifier.close()
            self._notifier, self._tried_notifier = None, False
        if not self._tried_notifier:
            self._tried_notifier = True
            if sys.platform.startswith("linux") or self._bus_address:
                found = FreedesktopNotifier.connect(self._bus_address, self)
                if found is not None:
                    found.action_invoked.connect(self._on_action)
                self._notifier = found
        return self._notifier

    def delivery(self) -> str:
        if self.notifier() is not None:
            return NOTIFICATIONS
        if QSystemTrayIcon.isSystemTrayAvailable():
            return TRAY
        return WINDOW

    def _deliver(self, due: Due) -> None:
        from ui.reminders.freedesktop import FreedesktopNotifier  # lazy: D-Bus code, Linux only

        self._last_due = due
        title = texts.title(self._settings().neutral_title)
        line = texts.line(due)
        kind = self.delivery()
        notifier = self._notifier
        if kind == NOTIFICATIONS and isinstance(notifier, FreedesktopNotifier):
            if notifier.notify(title, title, line, texts.snooze_actions()) is None:
                self.banner_requested.emit(line)
        elif kind == TRAY and self.tray is not None:
            self.tray.showMessage(title, line, QSystemTrayIcon.MessageIcon.NoIcon)
        else:
            self.banner_requested.emit(line)
        self.delivered.emit(due)

    def _on_action(self, key: str) -> None:
        if key in SNOOZES:
            self.snooze(key)
        else:
            self.activate_requested.emit()

    def on_tray_message_clicked(self) -> None:
        self.activate_requested.emit()

    def snooze(self, choice: str) -> None:
        if self._last_due is None:
            return
        self._set_state(scheduler.snooze(self.config, self.state, self._last_due, choice,
                                         self._now(), self._zone()))

    def shutdown(self) -> None:
        from ui.reminders.freedesktop import FreedesktopNotifier  # lazy: D-Bus code, Linux only

        self.stop()
        if isinstance(self._notifier, FreedesktopNotifier):
            self._notifier.close()
        self._notifier = None
