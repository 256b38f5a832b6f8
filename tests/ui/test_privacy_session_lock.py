"""Ippo locks when the computer locks (Linux, D-Bus), if the person wants that."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtDBus import QDBusConnection

from ui.privacy.session_lock import SessionLockWatcher

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the watcher is Linux's"),
    pytest.mark.skipif(shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None,
                       reason="needs dbus-daemon (packaging/linux/system-deps.sh installs it)"),
]


@pytest.fixture
def bus(tmp_path):
    """A private message bus standing in for both the session and the system bus."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    name = f"ippo-test-{tmp_path.name}"
    conn = QDBusConnection.connectToBus(address, name)
    assert conn.isConnected()
    yield address, conn
    QDBusConnection.disconnectFromBus(name)
    daemon.terminate()
    daemon.wait(5)


def send(address: str, path: str, member: str, *args: str) -> None:
    subprocess.run(["dbus-send", f"--bus={address}", "--type=signal", path, member, *args],
                   check=True, timeout=10)


def test_screen_saver_and_logind_lock_are_noticed(bus, qtbot):
    address, conn = bus
    watcher = SessionLockWatcher(session_bus=conn, system_bus=conn)
    assert watcher.supported()
    with qtbot.waitSignal(watcher.session_locked, timeout=3000):
        send(address, "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")
    with qtbot.waitSignal(watcher.session_locked, timeout=3000):
        send(address, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged",
             "boolean:true")
    with qtbot.waitSignal(watcher.session_locked, timeout=3000):
        send(address, "/org/freedesktop/login1/session/_31",
             "org.freedesktop.login1.Session.Lock")
    # The screen saver ending is not a lock.
    with qtbot.assertNotEmitted(watcher.session_locked, wait=500):
        send(address, "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false")


def test_no_bus_means_not_supported(qtbot):
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/ippo-bus", "ippo-nowhere")
    try:
        assert not SessionLockWatcher(session_bus=nowhere, system_bus=nowhere).supported()
    finally:
        QDBusConnection.disconnectFromBus("ippo-nowhere")


def test_ippo_locks_with_the_computer_unless_told_not_to(window, context, qtbot):
    from ui.privacy.guard import install

    guard = install(window, context, backup=False)
    watcher = window.session_lock_watcher
    context.update_settings(lock_with_computer=False)
    watcher.session_locked.emit()
    assert not guard.is_locked()
    context.update_settings(lock_with_computer=True)
    watcher.session_locked.emit()
    assert guard.is_locked()


@pytest.mark.parametrize("can_tell", [True, False])
def test_settings_offers_the_choice_only_where_ippo_can_tell(context, qtbot, monkeypatch,
                                                            can_tell):
    from ui.privacy import privacy_section

    monkeypatch.setattr(privacy_section, "session_lock_available", lambda: can_tell)
    section = privacy_section.PrivacySection(context)
    qtbot.addWidget(section)
    section.show()
    assert section.with_computer.isVisible() == can_tell
    assert section.with_computer.isChecked()  # on unless the person turns it off
    if can_tell:
        section.with_computer.click()
        assert context.settings.lock_with_computer is False
