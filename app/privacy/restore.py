"""Looking inside a backup before restoring it, and restoring it safely."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.backup import BackupFile, backup_and_thin, verify
from app.db import DB_ERRORS, Store, StoreProblem, classify, connect, file_state, open_store
from app.privacy.files import fsync_path
from app.privacy.tables import quote, user_tables

DAY_COLUMNS = ("day", "date", "entry_date", "on_day")


@dataclass(frozen=True)
class BackupPreview:
    taken_at: datetime
    reason: str
    size_bytes: int
    counts: dict[str, int]
    first_day: str | None  # first and last diary day, when there is a diary table
    last_day: str | None


def key_for_backup(path: Path, key: str | None) -> str | None:
    """Backups of an encrypted store are encrypted with its key; older plain ones are not."""
    return None if file_state(path) == "plain" else key


def _diary_span(db: object, tables: list) -> tuple[str | None, str | None]:
    for t in sorted(tables, key=lambda t: not t.name.endswith("entries")):
        if "diary" not in t.name:
            continue
        for name in DAY_COLUMNS:
            if t.column(name) is not None:
                row = db.execute(  # type: ignore[attr-defined]
                    f"SELECT min({quote(name)}), max({quote(name)}) FROM {quote(t.name)}"
                ).fetchone()
                return row[0], row[1]
    return None, None


def preview(backup: BackupFile, key: str | None) -> BackupPreview:
    """Dates and counts of a backup. Raises StoreProblem if it cannot be opened."""
    db = connect(backup.path, key_for_backup(backup.path, key), read_only=True)
    try:
        tables = user_tables(db)
        counts = {t.name: db.execute(f"SELECT count(*) FROM {quote(t.name)}").fetchone()[0]
                  for t in tables}
        first, last = _diary_span(db, tables)
    except DB_ERRORS as exc:
        raise classify(exc, backup.path) from None
    finally:
        db.conn.close()
    return BackupPreview(backup.taken_at, backup.reason, backup.path.stat().st_size,
                         counts, first, last)


def restore(store: Store, backup: BackupFile) -> Store:
    """Back up the current state, then make `backup` the live database.

    The backup is copied (re-encrypted with the store's key if it was plain)
    into a temporary file, verified, and renamed over the database after the
    live connection is checkpointed and closed. Returns the reopened store;
    `store` is closed.
    """
    paths, key = store.paths, store.passphrase
    source_key = key_for_backup(backup.path, key)
    if not verify(backup.path, source_key):
        raise StoreProblem(StoreProblem.CORRUPT, backup.path)
    backup_and_thin(store, "restore")
    target = paths.database.with_name(paths.database.name + ".restore")
    try:
        for p in (target, target.with_name(target.name + "-journal")):
            p.unlink(missing_ok=True)
        src = connect(backup.path, source_key, read_only=True)
        try:
            src.conn.execute("ATTACH DATABASE ? AS restored KEY ?", (str(target), key or ""))
            src.conn.execute("SELECT sqlcipher_export('restored')")
            src.conn.execute("DETACH DATABASE restored")
        finally:
            src.conn.close()
        if os.name == "posix":
            os.chmod(target, 0o600)
        fsync_path(target)
        if not verify(target, key):
            raise StoreProblem(StoreProblem.CORRUPT, target)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (OSError, *DB_ERRORS) as exc:
        target.unlink(missing_ok=True)
        raise classify(exc, paths.root) from None
    except StoreProblem:
        target.unlink(missing_ok=True)
        raise
    store.close()
    wal = paths.sidecars()[0]
    if wal.exists() and wal.stat().st_size > 0:
        # Pages still in the WAL would be paired with the wrong file: keep the old one.
        target.unlink(missing_ok=True)
        raise StoreProblem(StoreProblem.BUSY, paths.database)
    os.replace(target, paths.database)
    fsync_path(paths.root)
    return open_store(paths, key)
