from __future__ import annotations

import os
import stat

import pytest

from app import paths, settings


def test_data_dir_override_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("IPPO_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve().root == (tmp_path / "env").resolve()
    assert paths.resolve(tmp_path / "flag").root == (tmp_path / "flag").resolve()


def test_default_is_the_platform_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.resolve().root == (tmp_path / "xdg" / "Ippo").resolve()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_data_folder_is_private(tmp_path):
    target = tmp_path / "a" / "b"
    paths.ensure_private_dir(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o700


def test_settings_round_trip_and_bad_values(tmp_path):
    p = tmp_path / "settings.json"
    assert settings.load(p) == settings.Settings()
    s = settings.Settings(language="ja", theme="dark", text_scale=150, welcome_seen=True)
    settings.save(p, s)
    assert settings.load(p) == s
    p.write_text('{"language": "xx", "text_scale": 999, "theme": 3, "welcome_seen": true}')
    assert settings.load(p) == settings.Settings(welcome_seen=True)
    p.write_text("{not json")
    assert settings.load(p) == settings.Settings()
