"""The 'Start with the session' entry: written where XDG says, valid, removed."""

from __future__ import annotations

import shutil
import stat
import subprocess

import pytest

from app.reminders import autostart


def test_entry_is_written_validated_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert not autostart.is_on()
    cmd = ["/opt/My Apps/ippo", "--background", "--data-dir", '/home/a "b"/100%/Ippo']
    path = autostart.write(cmd, "Ippo", "Reminders only")
    assert path == tmp_path / "cfg" / "autostart" / "io.github.ippo_app.Ippo.desktop"
    assert autostart.is_on()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text("utf-8")
    assert "--background" in text and "NoDisplay=true" in text
    assert 'Exec="/opt/My Apps/ippo" --background --data-dir "/home/a \\\\"b\\\\"/100%%/Ippo"' \
        in text
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt: desktop-file-utils)")
    done = subprocess.run([validator, str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr
    autostart.remove()
    assert not path.exists() and not autostart.is_on()
    autostart.remove()  # removing twice is fine


def test_relative_xdg_config_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": "rel"}) == tmp_path / ".config" / "autostart"


def test_launch_command_starts_in_the_background(tmp_path):
    cmd = autostart.launch_command(tmp_path)
    assert autostart.BACKGROUND_FLAG in cmd and cmd[-2:] == ["--data-dir", str(tmp_path)]
