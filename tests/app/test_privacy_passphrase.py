"""Passphrase, recovery key and canary: encrypted everywhere, wrong keys change nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import traceback

import pytest

from app.backup import list_backups, make_backup
from app.db import StoreProblem, open_store
from app.privacy import keys
from app.privacy import passphrase as pp
from app.privacy.swap import clear_leftovers
from app.validation import FieldErrors

CANARY = "my-secret-diary-canary-7f3a"
OLD, NEW = "correct horse battery", "purple elephant dancing"


def _files(paths):
    found = [paths.database, *paths.sidecars()]
    if paths.backups.exists():
        found += sorted(paths.backups.iterdir())
    return [p for p in found if p.exists()]


def _digests(paths):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(paths.root.rglob("*")) if p.is_file()}


@pytest.fixture
def protected(store):
    store.db["meta"].insert({"key": "note", "value": CANARY * 20})
    new_store, recovery = pp.set_passphrase(store, OLD)
    yield new_store, recovery
    new_store.close()


def test_canary_is_absent_from_database_wal_shm_and_backups(protected, data_paths):
    store, _ = protected
    store.db["meta"].insert({"key": "later", "value": CANARY + " in the wal"})
    make_backup(store, "manual")
    files = _files(data_paths)
    names = {p.name for p in files}
    assert "ippo.sqlite3-wal" in names and any(n.startswith("ippo-") for n in names)
    for p in files:
        raw = p.read_bytes()
        assert CANARY.encode() not in raw, p.name
        assert not raw.startswith(b"SQLite format 3"), p.name
    assert CANARY.encode() not in keys.keyfile(data_paths).read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_paths.database).execute("select * from meta").fetchall()
    if shutil.which("sqlite3"):
        out = subprocess.run(["sqlite3", str(data_paths.database), "select value from meta"],
                             capture_output=True, text=True)
        assert out.returncode != 0 and CANARY not in out.stdout


def test_passphrase_and_recovery_key_both_open_it(protected, data_paths):
    store, recovery = protected
    store.close()
    for secret in (OLD, recovery, recovery.lower().replace("-", " ")):
        s = open_store(data_paths, secret)
        assert s.db["meta"].get("note")["value"] == CANARY * 20
        s.close()
    # The recovery key alone opens it even when the key file is lost.
    keys.keyfile(data_paths).unlink()
    s = open_store(data_paths, recovery)
    assert s.db["meta"].get("note")["value"].startswith(CANARY)
    s.close()


def test_wrong_passphrase_says_so_and_leaves_every_file_identical(protected, data_paths):
    store, _ = protected
    make_backup(store, "manual")
    store.close()
    before = _digests(data_paths)
    for wrong in ("not it", "correct horse batter", "AAAA-" * 12 + "AAAA"):
        with pytest.raises(StoreProblem) as err:
            open_store(data_paths, wrong)
        assert err.value.kind == StoreProblem.WRONG_PASSPHRASE
        message = err.value.user_message()
        assert "passphrase" in message and "damaged" not in message
        text = "".join(traceback.format_exception(err.value))
        assert wrong not in text and OLD not in text
    assert _digests(data_paths) == before
    assert not any(p.exists() for p in data_paths.sidecars())


def test_wrong_key_without_key_file_is_also_wrong_passphrase(protected, data_paths):
    store, _ = protected
    store.close()
    keys.keyfile(data_paths).unlink()
    before = _digests(data_paths)
    with pytest.raises(StoreProblem) as err:
        open_store(data_paths, OLD)  # the passphrase needs the key file
    assert err.value.kind == StoreProblem.WRONG_PASSPHRASE
    assert _digests(data_paths) == before


def test_change_then_only_the_new_one_opens(protected, data_paths):
    store, recovery = protected
    with pytest.raises(FieldErrors):
        pp.change_passphrase(store, "wrong", NEW)
    store = pp.change_passphrase(store, OLD, NEW)
    store.close()
    with pytest.raises(StoreProblem):
        open_store(data_paths, OLD)
    s = open_store(data_paths, NEW)
    # Forgot it? The recovery key sets a new one.
    s = pp.change_passphrase(s, recovery, OLD)
    s.close()
    open_store(data_paths, OLD).close()


def test_remove_gives_a_plain_database_again(protected, data_paths):
    store, _ = protected
    with pytest.raises(FieldErrors):
        pp.remove_passphrase(store, "nope")
    store = pp.remove_passphrase(store, OLD)
    assert not pp.is_protected(store) and not keys.keyfile(data_paths).exists()
    store.close()
    with sqlite3.connect(data_paths.database) as conn:
        assert conn.execute("select value from meta where key='note'").fetchone()[0].startswith(
            CANARY)


def test_backups_follow_the_key(protected, data_paths):
    store, _ = protected
    made = make_backup(store, "manual")
    assert made.path.read_bytes()[:15] != b"SQLite format 3"
    store = pp.change_passphrase(store, OLD, NEW)
    assert [b.path for b in list_backups(data_paths.backups)][0] == made.path
    from app.backup import verify

    assert verify(made.path, store.passphrase)


def test_new_passphrase_is_checked():
    with pytest.raises(FieldErrors) as err:
        pp.check_new("short", "short")
    assert "new" in err.value.messages
    with pytest.raises(FieldErrors) as err:
        pp.check_new("long enough words", "long enough wordz")
    assert "repeat" in err.value.messages
    pp.check_new("long enough words", "long enough words")


def test_older_folder_keyed_directly_moves_to_a_data_key(data_paths):
    s = open_store(data_paths, OLD)  # as the foundation created encrypted folders
    s.db["meta"].insert({"key": "k", "value": CANARY})
    s = pp.change_passphrase(s, OLD, NEW)
    s.close()
    assert keys.keyfile(data_paths).exists()
    s = open_store(data_paths, NEW)
    assert s.db["meta"].get("k")["value"] == CANARY
    s.close()


def test_recovery_key_format_round_trips():
    key = keys.new_data_key()
    text = keys.recovery_key(key)
    assert len(text.replace("-", "")) == 52
    assert keys.parse_recovery_key(text) == key
    assert keys.parse_recovery_key(text[:-1]) is None
    assert keys.parse_recovery_key("hello") is None


def test_a_plaintext_copy_left_by_a_crash_is_cleared(protected, data_paths):
    store, _ = protected
    # As if `remove` had been killed after writing its plaintext copy.
    copy = pp.rekey_path(store)
    copy.write_bytes(b"SQLite format 3\x00" + CANARY.encode())
    assert clear_leftovers(data_paths) == [copy]
    assert not copy.exists()
    assert clear_leftovers(data_paths) == []


# -- backups made before the passphrase (issue 13, point 4) ----------------------------
def _everything(paths):
    return [p for p in sorted(paths.root.rglob("*")) if p.is_file()]


def _no_plaintext_anywhere(paths):
    for p in _everything(paths):
        raw = p.read_bytes()
        assert CANARY.encode() not in raw, p.name
        assert b"SQLite format 3" not in raw[:100], p.name


def _stock_sqlite3_cannot_read(path):
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("select * from meta").fetchall()
    if shutil.which("sqlite3"):
        out = subprocess.run(["sqlite3", str(path), "select value from meta"],
                             capture_output=True, text=True)
        assert out.returncode != 0 and CANARY not in out.stdout


def test_setting_a_passphrase_encrypts_every_earlier_backup(store, data_paths):
    from app.backup import BackupsRekeyed, verify
    from app.privacy.restore import preview

    store.db["meta"].insert({"key": "note", "value": CANARY * 20})
    earlier = [make_backup(store, "manual"), make_backup(store, "daily")]
    assert all(b.path.read_bytes().startswith(b"SQLite format 3") for b in earlier)
    report = BackupsRekeyed()
    store, _recovery = pp.set_passphrase(store, OLD, report)
    try:
        assert sorted(report.rewritten) == sorted(b.path for b in earlier)
        assert not report.removed
        _no_plaintext_anywhere(data_paths)
        for b in list_backups(data_paths.backups):
            _stock_sqlite3_cannot_read(b.path)
            assert verify(b.path, store.passphrase)  # still a good backup, same name
            assert preview(b, store.passphrase).counts["meta"] == 1
    finally:
        store.close()


def test_a_backup_that_cannot_be_encrypted_is_shredded(store, data_paths):
    from app.backup import BackupsRekeyed

    store.db["meta"].insert({"key": "note", "value": CANARY * 20})
    good = make_backup(store, "manual")
    damaged = good.path.with_name(good.path.name.replace("manual", "daily"))
    damaged.write_bytes(good.path.read_bytes()[:3000])  # cut short: will not open
    report = BackupsRekeyed()
    store, _ = pp.set_passphrase(store, OLD, report)
    store.close()
    assert report.rewritten == [good.path] and report.removed == [damaged]
    assert not damaged.exists()
    _no_plaintext_anywhere(data_paths)


def test_a_kept_unusable_database_goes_when_a_passphrase_is_set(store, data_paths):
    # A damaged database put aside by a restore (app/recovery.py) is never listed
    # as a backup, but it may still hold readable text.
    from app.backup import KEPT_PREFIX, BackupsRekeyed

    store.db["meta"].insert({"key": "note", "value": CANARY * 20})
    good = make_backup(store, "manual")
    kept = data_paths.backups / f"{KEPT_PREFIX}20260101-000000.sqlite3"
    kept.write_bytes(good.path.read_bytes()[:-100])  # cut short, plain, holds the canary
    kept.with_name(kept.name + "-wal").write_bytes(CANARY.encode() * 10)
    assert CANARY.encode() in kept.read_bytes()
    report = BackupsRekeyed()
    store, _ = pp.set_passphrase(store, OLD, report)
    store.close()
    assert kept in report.removed and not kept.exists()
    _no_plaintext_anywhere(data_paths)


def test_a_session_start_encrypts_a_plain_backup_left_behind(protected, data_paths):
    from app.backup import auto_backup_in_background

    store, _ = protected
    plain = data_paths.backups / "ippo-20260101-120000-daily.sqlite3"
    data_paths.backups.mkdir(exist_ok=True)
    with sqlite3.connect(plain) as conn:  # as an older Ippo, or a crash mid-way, left it
        conn.execute("create table meta (key text primary key, value text)")
        conn.execute("insert into meta values ('note', ?)", [CANARY])
    conn.close()
    auto_backup_in_background(data_paths, store.passphrase)
    _no_plaintext_anywhere(data_paths)


def test_removing_the_passphrase_rewrites_backups_plain_and_restorable(protected, data_paths):
    from app.backup import BackupsRekeyed, verify

    store, _ = protected
    make_backup(store, "manual")
    report = BackupsRekeyed()
    store = pp.remove_passphrase(store, OLD, report)
    try:
        backups = list_backups(data_paths.backups)
        assert backups and sorted(report.rewritten) == sorted(b.path for b in backups)
        for b in backups:
            assert b.path.read_bytes().startswith(b"SQLite format 3")
            assert verify(b.path, None)
    finally:
        store.close()


def _rename_fails(monkeypatch, paths):
    """The last step of the swap (the rename over the database) fails: a full disk.
    Other renames (the key file's atomic write) still work."""
    import errno
    import os

    real = os.replace

    def no_room(src, dst, **kw):
        if os.fspath(dst) == os.fspath(paths.database):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, **kw)

    monkeypatch.setattr(os, "replace", no_room)


def test_a_failed_swap_when_setting_keeps_the_plain_file_and_no_key_file(store, data_paths,
                                                                          monkeypatch):
    store.db["meta"].insert({"key": "k", "value": CANARY})
    _rename_fails(monkeypatch, data_paths)
    with pytest.raises(StoreProblem) as err:
        pp.set_passphrase(store, OLD)
    assert err.value.kind == StoreProblem.DISK_FULL
    assert "disk is full" in err.value.user_message()
    assert not keys.keyfile(data_paths).exists()
    assert not pp.rekey_path(store).exists()
    again = pp.reopened_if_closed(store)
    assert again.db["meta"].get("k")["value"] == CANARY
    again.close()
    monkeypatch.undo()
    reopened = open_store(data_paths, None)  # still plain, opens without a passphrase
    assert reopened.db["meta"].get("k")["value"] == CANARY
    reopened.close()


def test_a_failed_swap_when_moving_an_older_folder_still_opens_with_the_old_passphrase(
        data_paths, monkeypatch):
    s = open_store(data_paths, OLD)  # keyed directly, as the foundation made them
    s.db["meta"].insert({"key": "k", "value": CANARY})
    _rename_fails(monkeypatch, data_paths)
    with pytest.raises(StoreProblem):
        pp.change_passphrase(s, OLD, NEW)
    # Without the fix a key file for NEW stayed behind and OLD was refused as wrong.
    assert not keys.keyfile(data_paths).exists()
    monkeypatch.undo()
    reopened = open_store(data_paths, OLD)
    assert reopened.db["meta"].get("k")["value"] == CANARY
    reopened.close()
