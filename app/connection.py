"""A keyed connection to an Ippo database file, and the `Store` that holds it.

The layer under `app.db` (which decides whether and how to open the user's
database) and `app.backup` (which copies it): both import it; it imports neither.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import sqlcipher3

from app.paths import DataPaths
from app.storefile import StoreProblem, classify

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["BUSY_TIMEOUT_MS", "DB_ERRORS", "Reads", "Store", "apply_pragmas", "connect",
           "open_connection", "quick_check"]


class Reads(Protocol):
    """What a read needs of the database: `execute` with bound parameters.

    Both sqlite-utils' `Database` and the plain connection under it have it, so
    a read typed with `Reads` (Today's, at start-up) runs before sqlite-utils is
    loaded, and the same function serves every other caller.
    """

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...

# sqlcipher3's exceptions do not derive from sqlite3's; catch both everywhere.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)

BUSY_TIMEOUT_MS = 5000


@dataclass
class Store:
    """An open database with what is needed to back it up with the same key.

    `conn` is the keyed connection; `db` is sqlite-utils over that same
    connection, loaded the first time something asks for it (importing
    sqlite-utils costs about 80 ms and 15 MB, more than Today's whole first read,
    which uses `conn`).
    """

    paths: DataPaths
    conn: sqlite3.Connection
    passphrase: str | None = field(default=None, repr=False)

    @cached_property
    def db(self) -> Database:
        return wrap(self.conn)

    def close(self) -> None:
        try:
            self.conn.close()
        except DB_ERRORS:
            pass


def wrap(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over a keyed connection, without plugins: no third-party code
    gets to touch the user's connection, and nothing scans installed packages."""
    from app._lean_imports import import_sqlite_utils  # lazy: see Store

    database: type[Database] = import_sqlite_utils().Database
    return database(conn, execute_plugins=False)


def connect(path: Path, passphrase: str | None = None, *, read_only: bool = False,
            immutable: bool = False) -> Database:
    """`open_connection` wrapped in sqlite-utils."""
    return wrap(open_connection(path, passphrase, read_only=read_only, immutable=immutable))


def open_connection(path: Path, passphrase: str | None = None, *, read_only: bool = False,
                    immutable: bool = False) -> sqlite3.Connection:
    """Open and key a connection, and prove the key by reading once. No writes.

    `immutable` reads a file in a folder nobody can write to (SQLite cannot
    create the WAL index there); only for one-off reads such as `ippo check`.
    sqlcipher3's connection has the standard library's interface (it is a fork
    of it), so it is typed as one.
    """
    read_only = read_only or immutable
    target = f"file:{path.as_posix()}?mode=ro" + ("&immutable=1" if immutable else "")
    target = target if read_only else str(path)
    try:
        conn = sqlcipher3.connect(target, isolation_level=None, uri=read_only,
                                  check_same_thread=False)
    except DB_ERRORS as exc:
        raise classify(exc, path) from None
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase:
        conn.set_key(passphrase.encode("utf-8"))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DB_ERRORS as exc:
        conn.close()
        if passphrase and "not a database" in str(exc).lower():
            raise StoreProblem(StoreProblem.WRONG_PASSPHRASE, path) from None
        raise classify(exc, path) from None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn  # type: ignore[no-any-return]  # sqlcipher3 has no type stubs


def quick_check(db: Reads) -> bool:
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except DB_ERRORS:
        return False
    return rows == [("ok",)]


def apply_pragmas(db: Reads) -> None:
    """Durability and privacy settings, on every connection that may write."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA secure_delete = ON")
