"""Backups: Anki-like thinning with a fake clock, the daily backup, restore and failures."""

from __future__ import annotations

import errno
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import backup, clock
from app.backup import BackupFile, list_backups, make_backup, thin
from app.db import StoreProblem
from app.privacy import passphrase as pp
from app.privacy import restore as restore_mod
from app.privacy.tables import row_hashes

NOW = datetime(2026, 11, 22, 12, 0)


def _fake(hours_ago: list[float]) -> list[BackupFile]:
    return [BackupFile(Path(f"b{i}"), NOW - timedelta(hours=h), "daily")
            for i, h in enumerate(hours_ago)]


def test_thinning_keeps_daily_weekly_monthly_limits():
    # One backup every 6 hours for 500 days.
    backups = _fake([6 * i for i in range(4 * 500)])
    doomed = {b.path for b in thin(backups, NOW)}
    kept = [b for b in backups if b.path not in doomed]
    recent = [b for b in kept if NOW - b.taken_at < timedelta(days=1)]
    older = [b for b in kept if NOW - b.taken_at >= timedelta(days=1)]
    assert len(recent) == 4  # everything from the last day
    recent_days = {b.taken_at.date() for b in recent}
    # 7 distinct days in all (the last day's count), then 4 weeks, then 12 months.
    assert len(older) == (7 - len(recent_days)) + 4 + 12
    # Never two older copies of one day.
    assert len({b.taken_at.date() for b in older}) == len(older)
    assert len({b.taken_at.isocalendar()[:2] for b in older[7 - len(recent_days):]}) >= 4
    assert max(NOW - b.taken_at for b in kept) < timedelta(days=7 + 4 * 7 + 12 * 31 + 31)
    assert backups[0].path not in doomed


def test_thinning_never_deletes_the_newest_even_if_old():
    backups = _fake([24 * 400, 24 * 401, 24 * 402])
    assert backups[0].path not in {b.path for b in thin(backups, NOW)}
    assert thin(_fake([24 * 900]), NOW) == []


def test_thinning_keeps_a_few_then_stops_growing():
    kept = {}
    for n in (1, 5, 7, 30, 400, 800):
        backups = _fake([24 * i + 1 for i in range(n)])
        kept[n] = n - len(thin(backups, NOW))
    assert (kept[1], kept[5], kept[7]) == (1, 5, 7)
    assert 7 + 4 < kept[30] < 7 + 4 + 12
    assert kept[400] == kept[800] == 7 + 4 + 12  # it stops growing
    assert len(thin(_fake([24 * i + 1 for i in range(7)]), NOW)) == 0


def test_due_after_a_day_and_daily_backup_at_start(store, monkeypatch):
    assert backup.is_due(store.paths.backups)
    first = backup.auto_backup(store)
    assert first is not None and backup.verify(first.path, None)
    assert backup.auto_backup(store) is None  # not again the same day
    later = clock.now() + timedelta(days=1, minutes=1)
    monkeypatch.setattr(clock, "now", lambda: later)
    assert backup.auto_backup(store) is not None
    assert len(list_backups(store.paths.backups)) == 2


def test_background_backup_uses_its_own_connection(store):
    store.db["meta"].insert({"key": "x", "value": "y"})
    backup.auto_backup_in_background(store.paths, store.passphrase)
    found = list_backups(store.paths.backups)
    assert len(found) == 1 and found[0].reason == "daily"
    store.db["meta"].insert({"key": "still", "value": "writable"})


def test_nothing_is_deleted_when_the_new_backup_fails(store, monkeypatch):
    times = iter(NOW - timedelta(days=d) for d in (300, 200, 100, 50))
    for t in times:
        monkeypatch.setattr(clock, "now", lambda t=t: t)
        make_backup(store, "daily")
    before = [b.path for b in list_backups(store.paths.backups)]
    monkeypatch.setattr(clock, "now", lambda: NOW)
    monkeypatch.setattr(backup, "verify", lambda *_a: False)
    with pytest.raises(StoreProblem):
        backup.backup_and_thin(store, "daily")
    assert [b.path for b in list_backups(store.paths.backups)] == before
    assert not [p for p in store.paths.backups.iterdir() if "partial" in p.name]


def test_full_disk_during_backup(store, monkeypatch):
    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    store.db["meta"].insert({"key": "live", "value": "data"})
    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StoreProblem) as err:
        make_backup(store, "daily")
    assert err.value.kind == StoreProblem.DISK_FULL
    assert list(store.paths.backups.iterdir()) == []
    assert store.db["meta"].get("live")["value"] == "data"


def test_read_only_backup_folder(store, monkeypatch):
    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backup, "ensure_private_dir", refuse)
    with pytest.raises(StoreProblem) as err:
        make_backup(store, "daily")
    assert err.value.kind == StoreProblem.READ_ONLY
    assert not store.paths.backups.exists()


def test_preview_and_restore_backs_up_the_current_state_first(store):
    from app import demo

    demo.generate(store.db, 30, seed=1)
    first = make_backup(store, "manual")
    kept = row_hashes(store.db)
    store.db["meta"].insert({"key": "after", "value": "the backup"})
    seen = restore_mod.preview(first, store.passphrase)
    assert seen.counts["meta"] == store.db["meta"].count - 1
    if "diary_entries" in seen.counts and seen.counts["diary_entries"]:
        days = [r["day"] for r in store.db["diary_entries"].rows]
        assert (seen.first_day, seen.last_day) == (min(days), max(days))
    restored = restore_mod.restore(store, first)
    try:
        assert row_hashes(restored.db) == kept
        newest = list_backups(restored.paths.backups)[0]
        assert newest.reason == "restore"
        # The safety copy holds the state from just before.
        undo = restore_mod.preview(newest, restored.passphrase)
        assert undo.counts["meta"] == seen.counts["meta"] + 1
    finally:
        restored.close()


def test_restore_of_a_plain_backup_stays_encrypted(store):
    store.db["meta"].insert({"key": "k", "value": "v"})
    plain = make_backup(store, "manual")
    protected, _ = pp.set_passphrase(store, "a good passphrase")
    restored = restore_mod.restore(protected, plain)
    try:
        assert pp.is_protected(restored)
        assert restored.db["meta"].get("k")["value"] == "v"
    finally:
        restored.close()


def test_erase_removes_database_sidecars_key_and_backups(store):
    from app.privacy.erase import erase_everything
    from app.privacy.keys import keyfile

    s, _ = pp.set_passphrase(store, "a good passphrase")
    make_backup(s, "manual")
    s.db["meta"].insert({"key": "k", "value": "v"})
    paths = s.paths
    assert any(p.exists() for p in paths.sidecars())
    s.close()
    erase_everything(paths)
    left = sorted(p.name for p in paths.root.rglob("*"))
    assert not paths.database.exists() and not keyfile(paths).exists()
    assert not paths.backups.exists()
    assert not any(p.exists() for p in paths.sidecars())
    assert all(name in ("settings.json", "ippo.lock") for name in left), left
