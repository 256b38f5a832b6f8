"""Verified backups: copy with SQLite's backup API, check, then publish.

A backup only counts once it has been written under a temporary name, synced
to disk, opened with the same key and passed `integrity_check`; then it is
renamed into place atomically. Backups are encrypted whenever the database is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import clock
from app.db import DB_ERRORS, Store, StoreProblem, classify, connect
from app.paths import ensure_private_dir

PREFIX = "ippo-"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify(path: Path, passphrase: str | None) -> bool:
    """True when the file opens with the key and passes `integrity_check`."""
    try:
        db = connect(path, passphrase, read_only=True)
    except StoreProblem:
        return False
    try:
        return db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except DB_ERRORS:
        return False
    finally:
        db.conn.close()


def make_backup(store: Store, reason: str = "auto") -> BackupFile:
    """Write a verified copy of the live database into the backups folder."""
    folder = store.paths.backups
    try:
        ensure_private_dir(folder)
    except OSError:
        raise StoreProblem(StoreProblem.READ_ONLY, folder) from None
    taken = clock.now()
    stamp = taken.strftime("%Y%m%d-%H%M%S")
    final = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    n = 1
    while final.exists():
        final = folder / f"{PREFIX}{stamp}-{reason}-{n}{SUFFIX}"
        n += 1
    tmp = final.with_name(final.name + ".partial")
    try:
        _copy(store, tmp)
        os.chmod(tmp, 0o600)
        _fsync(tmp)
        if not verify(tmp, store.passphrase):
            raise StoreProblem(StoreProblem.CORRUPT, tmp)
        os.replace(tmp, final)
        _fsync(folder)
    except (OSError, *DB_ERRORS) as exc:
        raise classify(exc, folder) from None
    finally:
        for leftover in (tmp, *_sidecars(tmp)):
            leftover.unlink(missing_ok=True)
    return BackupFile(final, taken, reason)


def _copy(store: Store, target: Path) -> None:
    import sqlcipher3

    dest = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        if store.passphrase:
            # The backup API re-encrypts with the destination's key.
            dest.set_key(store.passphrase.encode("utf-8"))
        store.db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def list_backups(folder: Path) -> list[BackupFile]:
    """Published backups, newest first (partial files are never listed)."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for p in folder.glob(f"{PREFIX}*{SUFFIX}"):
        parts = p.name[len(PREFIX) : -len(SUFFIX)].split("-")
        try:
            taken = datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
        except (ValueError, IndexError):
            continue
        found.append(BackupFile(p, taken, parts[2] if len(parts) > 2 else ""))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)
