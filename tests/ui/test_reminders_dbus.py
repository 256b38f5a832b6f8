"""A real notification server on a private session bus: Ippo sends exactly the
expected Notify call with our generic words, and a click brings the window forward."""

from __future__ import annotations

import queue
import shutil
import subprocess
import threading
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.reminders import config as cfg

jeepney = pytest.importorskip("jeepney")
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def session_bus():
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (apt: dbus-daemon), so no private bus")
    proc = subprocess.Popen([daemon, "--session", "--print-address", "--nofork"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = proc.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        proc.terminate()
        proc.wait(10)


class FakeNotificationServer(threading.Thread):
    """org.freedesktop.Notifications with actions; records every call it gets."""

    def __init__(self, address: str, capabilities=("actions", "body")) -> None:
        super().__init__(daemon=True)
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.conn = open_dbus_connection(bus=address)
        reply = self.conn.send_and_get_reply(message_bus.RequestName(
            "org.freedesktop.Notifications"), timeout=5)
        assert reply.body == (1,)  # primary owner
        self.capabilities = list(capabilities)
        self.calls: list[tuple[str, str, tuple]] = []  # (member, signature, body)
        self.commands: queue.Queue = queue.Queue()
        self.stopping = threading.Event()
        self._next_id = 41
        self._senders: dict[int, str] = {}

    def run(self) -> None:
        from jeepney import DBusAddress, MessageType, new_method_return, new_signal
        from jeepney.low_level import HeaderFields

        me = DBusAddress("/org/freedesktop/Notifications",
                         interface="org.freedesktop.Notifications")
        while not self.stopping.is_set():
            while not self.commands.empty():
                nid, key = self.commands.get()
                sig = new_signal(me, "ActionInvoked", "us", (nid, key))
                sig.header.fields[HeaderFields.destination] = self._senders[nid]
                self.conn.send(sig)
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            signature = msg.header.fields.get(HeaderFields.signature, "")
            self.calls.append((member, signature, msg.body))
            if member == "GetCapabilities":
                self.conn.send(new_method_return(msg, "as", (self.capabilities,)))
            elif member == "Notify":
                self._next_id += 1
                self._senders[self._next_id] = msg.header.fields[HeaderFields.sender]
                self.conn.send(new_method_return(msg, "u", (self._next_id,)))
            else:
                self.conn.send(new_method_return(msg))

    def click(self, nid: int, key: str = "default") -> None:
        self.commands.put((nid, key))

    def notifies(self):
        return [c for c in self.calls if c[0] == "Notify"]

    def stop(self) -> None:
        self.stopping.set()
        self.join(5)
        self.conn.close()


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def server(session_bus):
    srv = FakeNotificationServer(session_bus)
    srv.start()
    yield srv
    srv.stop()


def _reminders_on(context, **config):
    c = cfg.ReminderConfig(enabled=True, **config)
    context.update_settings(reminders=cfg.to_dict(c))


def test_notify_call_has_generic_words_and_a_click_raises_the_window(
        qtbot, qapp, shell, context, session_bus, server):
    from ui.reminders.background import Reminders
    from ui.reminders.runner import NOTIFICATIONS, ReminderRunner

    _reminders_on(context, check_in=time(9, 0))
    clock = FakeClock(datetime(2026, 3, 2, 8, 58, tzinfo=LONDON))
    runner = ReminderRunner(context.paths, lambda: context.settings, now=clock,
                            zone=lambda: LONDON, bus_address=session_bus)
    raised = []

    def activate():
        raised.append(True)
        shell.bring_forward()

    reminders = Reminders(qapp, shell.window, context, activate, runner=runner)
    assert runner.delivery() == NOTIFICATIONS
    shell.window.hide()
    for _ in range(5):  # 08:58 … 09:02, a check a minute
        runner.check_now()
        clock.now += timedelta(minutes=1)
    qtbot.waitUntil(lambda: len(server.notifies()) == 1, timeout=3000)
    member, signature, body = server.notifies()[0]
    assert signature == "susssasa{sv}i"
    app_name, replaces, icon, title, text, actions, hints, timeout = body
    assert (app_name, replaces, title, text, timeout) == (
        "Ippo", 0, "Ippo", "A small step for today", -1)
    assert actions == ["default", "", "15min", "In 15 minutes", "1h", "In 1 hour",
                       "tomorrow", "Tomorrow"]
    assert [c[0] for c in server.calls] == ["GetCapabilities", "Notify"]

    server.click(42, "default")
    qtbot.waitUntil(lambda: raised == [True], timeout=3000)
    assert shell.window.isVisible()

    # A snooze from the notification's own button: shown again 15 minutes later, once.
    server.click(42, "15min")
    qtbot.waitUntil(lambda: runner.state.snooze_until is not None, timeout=3000)
    for _ in range(20):
        runner.check_now()
        clock.now += timedelta(minutes=1)
    qtbot.waitUntil(lambda: len(server.notifies()) == 2, timeout=3000)
    qtbot.wait(200)
    assert len(server.notifies()) == 2
    reminders.deleteLater()


def test_neutral_title_is_followed(qtbot, qapp, shell, context, session_bus, server):
    from ui.reminders.runner import ReminderRunner

    _reminders_on(context, check_in=time(9, 0))
    context.update_settings(neutral_title=True)
    clock = FakeClock(datetime(2026, 3, 2, 8, 59, tzinfo=LONDON))
    runner = ReminderRunner(context.paths, lambda: context.settings, now=clock,
                            zone=lambda: LONDON, bus_address=session_bus)
    runner.check_now()
    clock.now += timedelta(minutes=1)
    runner.check_now()
    qtbot.waitUntil(lambda: len(server.notifies()) == 1, timeout=3000)
    body = server.notifies()[0][2]
    assert (body[0], body[3], body[4]) == ("Notes", "Notes", "A small step for today")
    runner.shutdown()


def test_without_a_server_or_tray_the_window_shows_a_quiet_banner(qtbot, qapp, shell, context,
                                                                   session_bus):
    from ui.reminders.background import Reminders
    from ui.reminders.runner import WINDOW, ReminderRunner

    _reminders_on(context, check_in=time(9, 0))
    clock = FakeClock(datetime(2026, 3, 2, 8, 59, tzinfo=LONDON))
    runner = ReminderRunner(context.paths, lambda: context.settings, now=clock,
                            zone=lambda: LONDON, bus_address=session_bus)  # nobody serves it
    reminders = Reminders(qapp, shell.window, context, shell.bring_forward, runner=runner)
    assert runner.delivery() == WINDOW  # offscreen has no tray either
    runner.check_now()
    clock.now += timedelta(minutes=1)
    runner.check_now()
    assert reminders.banner.isVisible()
    assert reminders.banner.label.text() == "A small step for today"
