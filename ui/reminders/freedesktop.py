"""Desktop notifications on Linux: org.freedesktop.Notifications over the session bus.

PySide6's QtDBus cannot send a D-Bus uint32 (it has no QVariant to carry the
type; a Python int always goes out as int32), and `Notify` needs one for its
`replaces_id`: servers such as GNOME Shell and KDE refuse the call otherwise.
So the messages are built with jeepney (pure Python, one small module) on one
connection, whose socket Qt watches: replies and the server's ActionInvoked /
NotificationClosed signals arrive in Qt's event loop, on the same connection
that sent `Notify` (GNOME sends them only to that connection).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DEFAULT_ACTION = "default"
CALL_TIMEOUT_S = 1.0


class FreedesktopNotifier(QObject):
    """One connection to the notification server; `None` from `connect` when there is
    no session bus or no server on it."""

    action_invoked = Signal(str)  # the action key ("default", or a snooze choice)
    closed = Signal()

    def __init__(self, connection: object, capabilities: Sequence[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from jeepney import MatchRule  # lazy: Linux only, loaded once reminders are on

        self._conn = connection
        self.capabilities = frozenset(capabilities)
        self._mine: set[int] = set()
        self._queue: deque[object] = deque(maxlen=64)
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        self._filter = connection.filter(rule, queue=self._queue)  # type: ignore[attr-defined]
        self._call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                   "AddMatch", "s", (rule.serialise(),))
        sock = connection.sock  # type: ignore[attr-defined]
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    @classmethod
    def connect(cls, address: str | None = None,
                parent: QObject | None = None) -> FreedesktopNotifier | None:
        """Connect to `address` (default: the session bus) if a server is there."""
        try:
            # lazy: Linux only, loaded once reminders are on
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection  # lazy: as above
        except ImportError:
            return None
        try:
            conn = open_dbus_connection(bus=address or "SESSION")
        except (OSError, KeyError, ValueError, RuntimeError):
            return None
        try:
            target = DBusAddress(PATH, bus_name=BUS_NAME, interface=INTERFACE)
            reply = conn.send_and_get_reply(new_method_call(target, "GetCapabilities"),
                                            timeout=CALL_TIMEOUT_S)
            if reply.header.message_type.name != "method_return":
                conn.close()
                return None
            caps = [str(c) for c in reply.body[0]]
        except (OSError, TimeoutError, ValueError, IndexError, RuntimeError):
            conn.close()
            return None
        return cls(conn, caps, parent)

    @property
    def supports_actions(self) -> bool:
        return "actions" in self.capabilities

    def _call(self, bus_name: str, path: str, interface: str, method: str,
              signature: str | None, body: tuple[object, ...]) -> object | None:
        # lazy: Linux only, loaded once reminders are on
        from jeepney import DBusAddress, new_method_call

        target = DBusAddress(path, bus_name=bus_name, interface=interface)
        try:
            reply = self._conn.send_and_get_reply(  # type: ignore[attr-defined]
                new_method_call(target, method, signature, body), timeout=CALL_TIMEOUT_S)
        except (OSError, TimeoutError, ValueError, RuntimeError):
            log.info("the notification server did not answer %s", method)
            return None
        finally:
            self._deliver_queued()
        if reply.header.message_type.name != "method_return":
            return None
        return reply.body[0] if reply.body else None

    def notify(self, app_name: str, title: str, body: str,
               actions: Sequence[tuple[str, str]] = (), icon: str = "") -> int | None:
        """Show a notification; the id the server gave it, or None if it failed.
        `actions` are (key, label) pairs; "default" is the click on the notification."""
        flat: list[str] = []
        if self.supports_actions:
            for key, label in [(DEFAULT_ACTION, ""), *actions]:
                flat += [key, label]
        hints = {"urgency": ("y", 0), "category": ("s", "reminder"),
                 "desktop-entry": ("s", "io.github.ippo_app.Ippo")}
        result = self._call(BUS_NAME, PATH, INTERFACE, "Notify", "susssasa{sv}i",
                            (app_name, 0, icon, title, body, flat, hints, -1))
        if not isinstance(result, int):
            return None
        self._mine.add(result)
        return result

    def close_notification(self, notification_id: int) -> None:
        self._call(BUS_NAME, PATH, INTERFACE, "CloseNotification", "u", (notification_id,))

    def _on_readable(self) -> None:
        while True:
            try:
                self._conn.recv_messages(timeout=0)  # type: ignore[attr-defined]
            except TimeoutError:
                break
            except (OSError, ValueError, RuntimeError):
                self._notifier.setEnabled(False)  # the bus went away; the next check reconnects
                break
        self._deliver_queued()

    def _deliver_queued(self) -> None:
        # lazy: Linux only, loaded once reminders are on
        from jeepney.low_level import HeaderFields

        while self._queue:
            msg = self._queue.popleft()
            member = msg.header.fields.get(HeaderFields.member)  # type: ignore[attr-defined]
            body = msg.body  # type: ignore[attr-defined]
            if not body or body[0] not in self._mine:
                continue
            if member == "ActionInvoked" and len(body) >= 2:
                self.action_invoked.emit(str(body[1]))
            elif member == "NotificationClosed":
                self._mine.discard(body[0])
                self.closed.emit()

    def is_alive(self) -> bool:
        return self._notifier.isEnabled()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._filter.close()
        self._conn.close()  # type: ignore[attr-defined]

