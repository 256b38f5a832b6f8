"""Notices when the computer locks its screen, so Ippo can lock too (Linux).

Desktops announce it on D-Bus, a message bus that stays inside the computer:
the screen saver's `ActiveChanged(true)` on the session bus (freedesktop.org
name, used by KDE and others, and GNOME's own), and systemd-logind's `Lock`
on the system bus (what `loginctl lock-session` and many lock keys send).
Ippo only listens; it sends nothing. Any sender is accepted: at worst a
stray signal locks Ippo, which is harmless. On Windows and macOS there is no
watcher yet (`supported()` is False and Settings does not offer the choice).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIND_SESSION = "org.freedesktop.login1.Session"


def available() -> bool:
    """Whether this computer can tell Ippo about its screen locking."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        # lazy: D-Bus loads only on a desktop that has it
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a build without Qt's D-Bus module
        return False
    return QDBusConnection.sessionBus().isConnected() or QDBusConnection.systemBus().isConnected()


class SessionLockWatcher(QObject):
    """Emits `session_locked` when the screen saver starts or the session is locked."""

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None,
                 session_bus: QDBusConnection | None = None,
                 system_bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        if not sys.platform.startswith("linux"):
            return
        try:
            # lazy: D-Bus loads only on a desktop that has it
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without Qt's D-Bus module: Ippo just does not hear it
            return

        session = session_bus or QDBusConnection.sessionBus()
        system = system_bus or QDBusConnection.systemBus()
        if session.isConnected():
            for interface in SCREEN_SAVERS:
                self.listening |= session.connect(
                    "", "", interface, "ActiveChanged", self,
                    SLOT("_on_screen_saver_active_changed(bool)"))
        if system.isConnected():
            self.listening |= system.connect("", "", LOGIND_SESSION, "Lock", self,
                                             SLOT("_on_session_lock()"))

    def supported(self) -> bool:
        """True when a bus was there to listen on."""
        return self.listening

    @Slot(bool)
    def _on_screen_saver_active_changed(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        self.session_locked.emit()
