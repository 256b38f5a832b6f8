"""Setting, changing and removing the passphrase, each safe against a crash.

Setting or removing rewrites the database: `sqlcipher_export` into a new file
(keyed through a bound parameter), fsync, verify, checkpoint and close the live
connection so no `-wal` is left to be mispaired, then one atomic rename. A
crash before the rename leaves the old file as it was; after it, the new one.
Changing only replaces the key file (see `app/privacy/keys.py`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.backup import verify
from app.db import DB_ERRORS, Store, StoreProblem, classify, file_state, open_store
from app.i18n import translate
from app.paths import DataPaths
from app.privacy import keys
from app.privacy.files import WriteProblem, fsync_path
from app.validation import FieldErrors

MIN_LENGTH = 8


def is_protected(store_or_paths: Store | object) -> bool:
    """True when the database file on disk is encrypted."""
    paths = getattr(store_or_paths, "paths", store_or_paths)
    return file_state(paths.database) == "opaque"  # type: ignore[attr-defined]


def check_new(passphrase: str, repeated: str) -> None:
    """Raise FieldErrors (fields `new`, `repeat`) for a passphrase we should not take."""
    errors = FieldErrors()
    if len(passphrase) < MIN_LENGTH:
        errors.add("new", translate(
            "Passphrase", "Please use at least {n} characters. A few ordinary words "
            "are easier to remember than symbols.").format(n=MIN_LENGTH))
    elif passphrase != repeated:
        errors.add("repeat", translate("Passphrase", "The two passphrases are not the same."))
    errors.raise_if_any()


def matches(store: Store, secret: str) -> bool:
    """True when `secret` (passphrase or recovery key) opens this store."""
    if not store.passphrase or not secret:
        return False
    try:
        return keys.database_key(store.paths, secret) == store.passphrase
    except StoreProblem:
        return False


def _wrong() -> FieldErrors:
    return FieldErrors({"current": translate(
        "Passphrase", "That is not the current passphrase or recovery key.")})


def set_passphrase(store: Store, new: str) -> tuple[Store, str]:
    """Encrypt an unprotected database. Returns the reopened store and the
    recovery key to show (once) to the user. The given store is closed."""
    if store.passphrase:
        raise _wrong()
    data_key = keys.new_data_key()
    raw = keys.sqlcipher_key(data_key)
    reopened = _rewrite(store, raw, before_swap=lambda: keys.write_keyfile(
        store.paths, data_key, new))
    return reopened, keys.recovery_key(data_key)


def change_passphrase(store: Store, current: str, new: str) -> Store:
    """Wrap the data key with a new passphrase (current may be the recovery key)."""
    if not matches(store, current):
        raise _wrong()
    data_key = keys.data_key_for(store.paths, current)
    if data_key is not None and keys.sqlcipher_key(data_key) == store.passphrase:
        keys.write_keyfile(store.paths, data_key, new)
        return store
    # A folder encrypted before key files existed: move it to a data key.
    data_key = keys.new_data_key()
    return _rewrite(store, keys.sqlcipher_key(data_key),
                    before_swap=lambda: keys.write_keyfile(store.paths, data_key, new))


def new_recovery_key(store: Store, current: str) -> str:
    """The recovery key for this store again (needs the passphrase)."""
    if not matches(store, current):
        raise _wrong()
    data_key = keys.data_key_for(store.paths, current)
    assert data_key is not None
    return keys.recovery_key(data_key)


def remove_passphrase(store: Store, current: str) -> Store:
    """Decrypt the database again. The given store is closed."""
    if not matches(store, current):
        raise _wrong()
    reopened = _rewrite(store, None)
    keys.keyfile(store.paths).unlink(missing_ok=True)
    return reopened


def clear_leftovers(paths: DataPaths) -> list[Path]:
    """Remove copies a crash left behind mid-swap (`.rekey`, `.restore`).

    They are never under the database's name, so the data is safe either way;
    but a copy made while removing a passphrase is plaintext, so it must not
    linger. Called once per session, after the store opened.
    """
    removed: list[Path] = []
    db = paths.database
    for suffix in (".rekey", ".restore"):
        copy = db.with_name(db.name + suffix)
        for p in (copy, *_sidecars(copy)):
            if p.exists():
                p.unlink()
                removed.append(p)
    return removed


def reopened_if_closed(store: Store, key: str | None = None) -> Store:
    """After a failed rewrite or restore: the same store, or a fresh one if it
    had already been closed for the swap (the old file is still in place)."""
    try:
        store.db.execute("SELECT 1").fetchone()
        return store
    except DB_ERRORS:
        return open_store(store.paths, key if key is not None else store.passphrase)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def rekey_path(store: Store) -> Path:
    return store.paths.database.with_name(store.paths.database.name + ".rekey")


def _export_to(store: Store, target: Path, key: str | None) -> None:
    for p in (target, *_sidecars(target)):
        p.unlink(missing_ok=True)
    conn = store.db.conn
    # Bound parameters: the key never appears in SQL text, tracers or logs.
    conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), key or ""))
    try:
        conn.execute("SELECT sqlcipher_export('rekeyed')")
    finally:
        conn.execute("DETACH DATABASE rekeyed")
    if os.name == "posix":
        os.chmod(target, 0o600)
    fsync_path(target)


def _rewrite(store: Store, key: str | None,
             before_swap: Callable[[], None] | None = None) -> Store:
    """Replace the database by a copy under `key` (None: plaintext); reopen it."""
    paths, target = store.paths, rekey_path(store)
    try:
        _export_to(store, target, key)
        if not verify(target, key):
            raise StoreProblem(StoreProblem.CORRUPT, target)
        if before_swap is not None:
            before_swap()
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (OSError, *DB_ERRORS) as exc:
        target.unlink(missing_ok=True)
        raise classify(exc, paths.root) from None
    except (StoreProblem, WriteProblem):
        target.unlink(missing_ok=True)
        raise
    store.close()
    wal = _sidecars(paths.database)[0]
    if wal.exists() and wal.stat().st_size > 0:
        # Another connection still holds pages in the WAL: swapping now could
        # pair them with the wrong file. Keep the old database.
        target.unlink(missing_ok=True)
        raise StoreProblem(StoreProblem.BUSY, paths.database)
    os.replace(target, paths.database)
    fsync_path(paths.root)
    return open_store(paths, key)
