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

from app.backup import export_copy, verify
from app.db import DB_ERRORS, Store, StoreProblem, classify, open_store
from app.paths import DataPaths
from app.privacy.files import WriteProblem, fsync_path

__all__ = ["clear_leftovers", "export_copy", "replace_live", "sidecars"]


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


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
        for p in (copy, *sidecars(copy)):
            if p.exists():
                p.unlink()
                removed.append(p)
    return removed


def replace_live(store: Store, key: str | None, target: Path,
                 write_copy: Callable[[Path], None],
                 before_swap: Callable[[], None] | None = None) -> Store:
    """Write the new file with `write_copy(target)`, verify it under `key`, swap it in
    and return the reopened store (`store` is closed). On failure the old file stays
    and StoreProblem or WriteProblem is raised; `store` may be closed by then."""
    paths = store.paths
    try:
        write_copy(target)
        if not verify(target, key):
            raise StoreProblem(StoreProblem.CORRUPT, target)
        if before_swap is not None:
            before_swap()
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (OSError,) + DB_ERRORS as exc:
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
    try:
        os.replace(target, paths.database)
    except OSError as exc:  # the store is closed already: the caller reopens the old file
        target.unlink(missing_ok=True)
        raise classify(exc, paths.root) from None
    fsync_path(paths.root)
    return open_store(paths, key)
