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


@pytest.mark.parametrize("content", [
    "[" * 200_000 + "]" * 200_000,                     # deeper than Python's recursion
    '{"a":' * 100_000 + "1" + "}" * 100_000,
    '{"theme": "dark", "padding": "' + "x" * 200_000 + '"}',  # far bigger than Ippo's file
    "[1, 2, 3]",                                      # not an object
    "\ufeff\x00\xff not json",
])
def test_damaged_or_hostile_settings_give_defaults_and_are_kept(tmp_path, content):
    p = tmp_path / "settings.json"
    p.write_bytes(content.encode("utf-8", "surrogatepass"))
    before = p.read_bytes()
    loaded, damaged = settings.load_checked(p)
    assert loaded == settings.Settings() and damaged
    assert p.read_bytes() == before  # loading never writes
    # The first save keeps the damaged file under another name; nothing is deleted.
    settings.save(p, settings.Settings(theme="dark"))
    assert settings.load(p).theme == "dark"
    kept = tmp_path / "settings.json.unreadable"
    assert kept.read_bytes() == before
    settings.save(p, settings.Settings(theme="light"))  # a good file is simply replaced
    assert kept.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["settings.json",
                                                          "settings.json.unreadable"]


def test_settings_with_wrong_values_keep_the_good_ones(tmp_path):
    p = tmp_path / "settings.json"
    p.write_text('{"theme": "dark", "text_scale": true, "idle_lock_minutes": 10000000000000,'
                 ' "page_size": "A0", "window_geometry": "\\u00e9t\\u00e9", "language": ["ja"],'
                 ' "welcome_seen": 1, "neutral_title": true}')
    loaded, damaged = settings.load_checked(p)
    assert not damaged
    assert loaded == settings.Settings(theme="dark", neutral_title=True)


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_settings_path_that_is_not_a_file_does_not_hang(tmp_path):
    p = tmp_path / "settings.json"
    os.mkfifo(p)
    assert settings.load_checked(p) == (settings.Settings(), True)
    (tmp_path / "dir").mkdir()
    assert settings.load_checked(tmp_path / "dir") == (settings.Settings(), True)
