"""A restore on connections of its own (for a worker thread), once the window's is closed."""

from __future__ import annotations

import errno

import pytest

from app.backup import list_backups, make_backup
from app.privacy import passphrase as pp
from app.privacy import restore as restore_mod
from app.storefile import StoreErrorKind, StoreProblem, error_kind


def _value(store) -> str:
    return store.db["meta"].get("k")["value"]


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "passphrase"])
def test_restore_closed_puts_the_backup_in_place_and_opens_it(store, protected):
    if protected:
        store, _recovery = pp.set_passphrase(store, "a calm long passphrase")
    store.db["meta"].insert({"key": "k", "value": "in the backup"})
    chosen = make_backup(store, "manual")
    store.db["meta"].upsert({"key": "k", "value": "later"}, pk="key")
    paths, key = store.paths, store.passphrase
    store.close()
    done = restore_mod.restore_closed(paths, key, chosen)
    try:
        assert done.problem is None and _value(done.store) == "in the backup"
        assert pp.is_protected(paths) is protected and done.store.passphrase == key
        before = next(b for b in list_backups(paths.backups) if b.reason == "restore")
        assert restore_mod.preview(before, key).counts["meta"] >= 1
    finally:
        done.store.close()


def test_a_full_disk_reopens_the_data_as_it_was(store, monkeypatch):
    store.db["meta"].insert({"key": "k", "value": "in the backup"})
    chosen = make_backup(store, "manual")
    store.db["meta"].upsert({"key": "k", "value": "later"}, pk="key")
    paths, key = store.paths, store.passphrase
    store.close()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(restore_mod, "export_copy", full)
    done = restore_mod.restore_closed(paths, key, chosen)
    try:
        assert done.problem is not None and done.problem.kind == StoreErrorKind.DISK_FULL
        assert _value(done.store) == "later"
        done.store.db["meta"].upsert({"key": "k", "value": "still writable"}, pk="key")
        assert not paths.database.with_name(paths.database.name + ".restore").exists()
    finally:
        done.store.close()


def test_a_damaged_backup_is_refused_before_anything_changes(store):
    store.db["meta"].insert({"key": "k", "value": "live"})
    chosen = make_backup(store, "manual")
    chosen.path.write_bytes(b"no database here" * 64)
    paths, key = store.paths, store.passphrase
    store.close()
    done = restore_mod.restore_closed(paths, key, chosen)
    try:
        assert done.problem is not None and done.problem.kind == StoreProblem.CORRUPT
        assert _value(done.store) == "live"
        assert not [b for b in list_backups(paths.backups) if b.reason == "restore"]
    finally:
        done.store.close()


def test_file_system_errors_are_told_by_their_errno():
    assert error_kind(OSError(errno.ENOSPC, "x")) == StoreErrorKind.DISK_FULL
    assert error_kind(OSError(errno.EROFS, "x")) == StoreErrorKind.READ_ONLY
    assert error_kind(OSError(errno.EACCES, "x")) == StoreErrorKind.READ_ONLY
