"""Looking inside a backup before restoring it, and restoring it safely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.backup import BackupFile, backup_and_thin, verify
from app.connection import apply_pragmas, open_connection
from app.db import DB_ERRORS, Store, StoreProblem, classify, connect, file_state, open_store
from app.paths import DataPaths
from app.privacy.swap import export_copy, replace_live
from app.privacy.tables import TableInfo, quote, user_tables

if TYPE_CHECKING:
    from sqlite_utils import Database

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


def _diary_span(db: Database, tables: list[TableInfo]) -> tuple[str | None, str | None]:
    for t in sorted(tables, key=lambda t: not t.name.endswith("entries")):
        if "diary" not in t.name:
            continue
        for name in DAY_COLUMNS:
            if t.column(name) is not None:
                row = db.execute(
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

    def write_copy(path: Path) -> None:
        src = connect(backup.path, source_key, read_only=True)
        try:
            export_copy(src, path, key)  # re-encrypted with the live key
        finally:
            src.conn.close()

    return replace_live(store, key, target, write_copy)


@dataclass(frozen=True)
class Restored:
    """What a restore on a worker thread hands back: the data now open, and why the
    backup was not put in place (None when it was)."""

    store: Store  # the backup's data, or after a problem the data as it was
    problem: StoreProblem | None = None


def restore_closed(paths: DataPaths, key: str | None, backup: BackupFile) -> Restored:
    """`restore` on connections of its own, for a worker thread, once the window has
    closed its connection (so nothing else holds the file that is swapped).

    After a problem the old file is still in place and is opened again. Raises
    StoreProblem only when even that fails.
    """
    try:
        own = Store(paths, open_connection(paths.database, key), key)
        try:
            apply_pragmas(own.conn)
            return Restored(restore(own, backup))
        finally:
            own.close()  # closed already after a swap; closing twice is harmless
    except (OSError,) + DB_ERRORS as exc:  # e.g. opening its own connection
        problem = classify(exc, paths.root)
    except StoreProblem as found:
        problem = found
    return Restored(open_store(paths, key), problem)
