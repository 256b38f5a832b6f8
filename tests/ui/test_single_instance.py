"""One Ippo per data folder; a lock left by a killed Ippo is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT
from ui.shell.single_instance import SingleInstance


def test_second_instance_asks_the_first_to_come_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "ippo.lock", tmp_path)
    assert first.acquire()
    first.listen()
    second = SingleInstance(tmp_path / "ippo.lock", tmp_path)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
    third = SingleInstance(tmp_path / "ippo.lock", tmp_path)
    assert third.acquire()  # released locks are free again
    third.release()


def _start(data, *extra):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "ui.main", "--data-dir", str(data), *extra],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(predicate, seconds=20.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_second_process_exits_and_stale_lock_is_taken_over(tmp_path):
    data = tmp_path / "data"
    first = _start(data)
    try:
        assert _wait_for(lambda: (data / "ippo.sqlite3-wal").exists()), "first Ippo did not open"
        second = _start(data)
        assert second.wait(timeout=30) == 0  # told the first one, left quietly
        assert first.poll() is None  # the first is still running
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    assert (data / "ippo.lock").exists()  # the killed process left its lock behind
    taker = SingleInstance(data / "ippo.lock", data)
    assert taker.acquire()
    taker.release()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_lock_file_is_the_users_alone(tmp_path):
    """The lock names the host and the process: 0600 even under a common 022 umask."""
    import stat

    old = os.umask(0o022)
    try:
        first = SingleInstance(tmp_path / "ippo.lock", tmp_path)
        assert first.acquire()
        try:
            assert stat.S_IMODE((tmp_path / "ippo.lock").stat().st_mode) == 0o600
        finally:
            first.release()
        assert os.umask(0o022) == 0o022  # acquire() put the umask back
    finally:
        os.umask(old)
