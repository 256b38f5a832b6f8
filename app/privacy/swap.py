"""Putting a verified copy in place of the live database, safely.

Used when the whole file must change: setting or removing a passphrase, and
restoring a backup. The copy is written under a temporary name, synced and
checked with its key; the live connection is checkpointed and closed; only if
no pages are left in the WAL (they would be paired with the wrong file) is the
copy renamed over the database in one step. Any failure keeps the old file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from app.backup import verify
from app.db import DB_ERRORS, Store, StoreProblem, classify, open_store
from app.privacy.files import WriteProblem, fsync_path


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def export_copy(db: Database, target: Path, key: str | None) -> None:
    """Write `db` to `target` under `key` (None: plaintext), private and synced."""
    for p in (target, *sidecars(target)):
        p.unlink(missing_ok=True)
    conn = db.conn
    # Bound parameters: the key never appears in SQL text, tracers or logs.
    conn.execute("ATTACH DATABASE ? AS copied KEY ?", (str(target), key or ""))
    try:
        conn.execute("SELECT sqlcipher_export('copied')")
    finally:
        conn.execute("DETACH DATABASE copied")
    if os.name == "posix":
        os.chmod(target, 0o600)
    fsync_path(target)


def replace_live(store: Store, key: str | None, target: Path,
                 write_copy: Callable[[Path], None],
                 before_swap: Callable[[], None] | None = None) -> Store:
    """Write the new file with `write_copy(target)`, verify it under `key`, swap it in
    and return the reopened store (`store` is closed). On failure the old file stays."""
    paths = store.paths
    try:
        write_copy(target)
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
    wal = paths.sidecars()[0]
    if wal.exists() and wal.stat().st_size > 0:
        target.unlink(missing_ok=True)
        raise StoreProblem(StoreProblem.BUSY, paths.database)
    os.replace(target, paths.database)
    fsync_path(paths.root)
    return open_store(paths, key)
