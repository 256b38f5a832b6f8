"""The one place that opens Ippo's database: checks, key, pragmas, migrations.

Opening goes in a fixed order so that a file Ippo cannot use is never written:
look at the folder and the file header, key the connection, read once (a wrong
passphrase shows here), `quick_check`, refuse a schema from a newer Ippo, and
only then set the write pragmas, take a verified backup and migrate.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from app import migrations
from app.connection import DB_ERRORS, Store, apply_pragmas, connect, open_connection, quick_check
from app.paths import DataPaths, ensure_private_dir
from app.storefile import SQLITE_HEADER, StoreProblem, classify, file_state, folder_problem

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["DB_ERRORS", "SQLITE_HEADER", "Store", "StoreProblem", "classify", "connect",
           "file_state", "folder_problem", "offer_backup", "open_store", "own_connection",
           "reading"]


def open_store(
    paths: DataPaths,
    passphrase: str | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
) -> Store:
    """Open (or create) the user's database, ready for the services.

    Raises StoreProblem, never a driver error, and never writes to a file it
    has refused. A database file that is there but unusable (empty, not a
    database, damaged) is never replaced by a new one: the problem names the
    newest good backup instead, when there is one.
    """
    try:
        return _open_store(paths, passphrase, create=create, migrate=migrate)
    except StoreProblem as problem:
        if problem.kind in StoreProblem.UNUSABLE and problem.path == paths.database:
            offer_backup(problem, paths, None)
        raise


def offer_backup(problem: StoreProblem, paths: DataPaths, key: str | None) -> bool:
    """Attach the newest good backup to `problem` (once); True if there is one."""
    if not problem.offer_searched:
        from app.backup import newest_good_backup  # lazy: only for a file that will not open

        problem.offer_searched = True
        try:
            found = newest_good_backup(paths.backups, key)
        except OSError:
            found = None
        except DB_ERRORS:
            found = None
        if found is not None:
            problem.offer, problem.offer_taken = found.path, found.taken_at
            problem.data_dir = paths.root
    return problem.offer is not None


def _open_store(paths: DataPaths, passphrase: str | None, *, create: bool,
                migrate: bool) -> Store:
    path = paths.database
    if (refused := folder_problem(paths.root, path)) is not None:
        raise refused
    state = file_state(path)
    if state == "empty":  # had there been data here, offer it back; never start over
        emptied = StoreProblem(StoreProblem.EMPTY, path)
        if offer_backup(emptied, paths, None):
            raise emptied
    if state in ("absent", "empty") and not create:
        raise StoreProblem(StoreProblem.MISSING, paths.root)
    if state == "foreign":
        raise StoreProblem(StoreProblem.NOT_A_DATABASE, path)
    if state == "opaque" and not passphrase:
        raise StoreProblem(StoreProblem.ENCRYPTED, path)
    if state == "absent":
        try:
            ensure_private_dir(paths.root)
        except OSError:
            raise StoreProblem(StoreProblem.READ_ONLY, paths.root) from None
        if (refused := folder_problem(paths.root, path)) is not None:
            raise refused

    if state == "opaque" and passphrase:
        # lazy: hmac and hashlib load a second OpenSSL (4 MB), only for a locked database
        from app.privacy.keys import database_key  # passphrase or recovery key -> data key

        passphrase = database_key(paths, passphrase)
    conn = open_connection(path, passphrase if state in ("opaque", "absent", "empty") else None)
    store = Store(paths, conn, passphrase if state != "plain" else None)
    try:
        if state in ("plain", "opaque") and not quick_check(conn):
            damaged = StoreProblem(StoreProblem.CORRUPT, path)
            offer_backup(damaged, paths, store.passphrase)
            raise damaged
        if migrations.unknown_applied(conn):
            raise StoreProblem(StoreProblem.NEWER, path)
        apply_pragmas(conn)
        private_files(paths)
        if migrate and migrations.pending(conn):
            if state in ("plain", "opaque"):
                from app.backup import make_backup  # lazy: only before a migration

                make_backup(store, reason="migrate")
            migrations.apply(store.db)
    except StoreProblem:
        store.close()
        raise
    except DB_ERRORS as exc:
        store.close()
        raise classify(exc, path) from None
    return store


def private_files(paths: DataPaths) -> None:
    """Data files readable by the user alone (POSIX)."""
    if os.name != "posix":
        return
    for p in [paths.database, *paths.sidecars()]:
        if p.exists():
            os.chmod(p, 0o600)


@contextmanager
def reading(store: Store) -> Iterator[Database]:
    """A read-only connection of its own on the same data, for work on a worker
    thread: the UI thread's connection is never used by two threads at once."""
    with own_connection(store) as own:
        yield own.db


@contextmanager
def own_connection(store: Store, *, write: bool = False) -> Iterator[Store]:
    """`store` on a connection of its own, for a worker thread (read-only unless
    `write`); SQLite's locking keeps it and the UI thread's connection apart, and
    locking the window does not close it under the work."""
    conn = open_connection(store.paths.database, store.passphrase, read_only=not write)
    try:
        if write:
            apply_pragmas(conn)
        yield Store(store.paths, conn, store.passphrase)
    finally:
        conn.close()
