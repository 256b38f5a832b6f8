"""What pages may do with the store as a whole: open and unlock it, read or write on
a connection of its own (for a worker thread), and back it up.

Pages import these, never `app.db`, `app.backup` or `app.connection`: those decide
how the file is opened, keyed, copied and checked, and may change without a page
noticing. `Store` is the one handle a page may hold (the context keeps it).
"""

from __future__ import annotations

import threading

from app.backup import BackupFile, BackupsRekeyed, auto_backup_in_background, backup_and_thin
from app.backup import list_backups as _list_backups
from app.connection import Reads, Store
from app.db import open_store, own_connection, reading
from app.paths import DataPaths
from app.privacy.swap import clear_leftovers
from app.storefile import StoreErrorKind, StoreProblem, file_state

__all__ = ["BackupFile", "BackupsRekeyed", "Reads", "Store", "StoreErrorKind", "StoreProblem",
           "back_up_now", "backups", "clear_leftovers", "daily_backup_in_background",
           "needs_passphrase", "open_store", "own_connection", "reading"]


def needs_passphrase(paths: DataPaths, store: Store | None) -> bool:
    """True when opening the data again will ask for a passphrase."""
    if store is not None and store.passphrase:
        return True
    return file_state(paths.database) == "opaque"


def backups(paths: DataPaths) -> list[BackupFile]:
    """The backups in the data folder, newest first."""
    return _list_backups(paths.backups)


def back_up_now(store: Store) -> BackupFile:
    """A backup made on request, on a connection of its own (safe on a worker thread);
    older backups are thinned as for the daily one."""
    with own_connection(store) as own:
        return backup_and_thin(own, "manual")


def daily_backup_in_background(store: Store) -> None:
    """The day's backup, if it is due, on a thread of its own: the window never waits."""
    threading.Thread(target=auto_backup_in_background, name="ippo-daily-backup",
                     args=(store.paths, store.passphrase), daemon=True).start()
