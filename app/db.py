"""The one place that opens Ippo's database: checks, key, pragmas, migrations.

Opening goes in a fixed order so that a file Ippo cannot use is never written:
look at the folder and the file header, key the connection, read once (a wrong
passphrase shows here), `quick_check`, refuse a schema from a newer Ippo, and
only then set the write pragmas, take a verified backup and migrate.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from app.i18n import translate
from app.paths import DataPaths, ensure_private_dir

# sqlcipher3's exceptions do not derive from sqlite3's; catch both everywhere.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StoreProblem(Exception):
    """Why the database cannot be opened or written, in words for the user."""

    MISSING = "missing"
    READ_ONLY = "read_only"
    NOT_A_DATABASE = "not_a_database"
    ENCRYPTED = "encrypted"
    WRONG_PASSPHRASE = "wrong_passphrase"
    CORRUPT = "corrupt"
    NEWER = "newer"
    BUSY = "busy"
    DISK_FULL = "disk_full"

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{kind}: {path}")
        self.kind, self.path, self.detail = kind, path, detail

    def user_message(self) -> str:
        """What is wrong and what Ippo does about it, translated."""
        msg = _MESSAGES.get(self.kind, _MESSAGES[self.CORRUPT])()
        return msg.format(path=str(self.path))


_MESSAGES = {
    StoreProblem.MISSING: lambda: translate(
        "Store", "There is no Ippo data in {path} yet. Nothing was changed."
    ),
    StoreProblem.READ_ONLY: lambda: translate(
        "Store",
        "Ippo cannot write to {path}. Your data is safe and unchanged; "
        "please check that the folder and its files belong to you and are not read-only.",
    ),
    StoreProblem.NOT_A_DATABASE: lambda: translate(
        "Store",
        "The file {path} is not an Ippo database. Ippo left it exactly as it is; "
        "move it away or choose another data folder.",
    ),
    StoreProblem.ENCRYPTED: lambda: translate(
        "Store", "The data in {path} is locked with a passphrase (or is not an Ippo file). "
        "Please give the passphrase to open it; nothing was changed."
    ),
    StoreProblem.WRONG_PASSPHRASE: lambda: translate(
        "Store", "That passphrase did not open your data. Nothing was changed; please try again."
    ),
    StoreProblem.CORRUPT: lambda: translate(
        "Store",
        "The database {path} is damaged. Ippo has not changed it. "
        "You can restore a backup from Settings, or keep a copy of the file and ask for help.",
    ),
    StoreProblem.NEWER: lambda: translate(
        "Store",
        "The data in {path} was written by a newer version of Ippo. "
        "Ippo left it untouched; please install the newer version to open it.",
    ),
    StoreProblem.BUSY: lambda: translate(
        "Store", "Another program is using {path} right now. Please close it and try again."
    ),
    StoreProblem.DISK_FULL: lambda: translate(
        "Store", "The disk is full, so Ippo could not save. What you typed is still here."
    ),
}


def classify(error: Exception, path: Path) -> StoreProblem:
    """Turn a driver error into a StoreProblem the user can act on."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        kind = StoreProblem.READ_ONLY
    elif "full" in text or "disk i/o" in text:
        kind = StoreProblem.DISK_FULL
    elif "locked" in text or "busy" in text:
        kind = StoreProblem.BUSY
    elif "not a database" in text:
        kind = StoreProblem.NOT_A_DATABASE
    else:
        kind = StoreProblem.CORRUPT
    return StoreProblem(kind, path, str(error))


@dataclass
class Store:
    """An open database with what is needed to back it up with the same key."""

    paths: DataPaths
    db: Database
    passphrase: str | None = field(default=None, repr=False)

    def close(self) -> None:
        try:
            self.db.conn.close()
        except DB_ERRORS:
            pass


def file_state(path: Path) -> str:
    """'absent', 'empty', 'plain' (an SQLite header), 'opaque' (encrypted, or
    foreign but page-sized) or 'foreign' (certainly not a database)."""
    if not path.exists():
        return "absent"
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if not head:
        return "empty"
    if head == SQLITE_HEADER:
        return "plain"
    # An encrypted database is whole pages; anything else is not ours.
    return "opaque" if path.stat().st_size % 512 == 0 else "foreign"


def connect(path: Path, passphrase: str | None = None, *, read_only: bool = False) -> Database:
    """Open and key a connection, and prove the key by reading once. No writes."""
    target = f"file:{path.as_posix()}?mode=ro" if read_only else str(path)
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
    return Database(conn)


def quick_check(db: Database) -> bool:
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except DB_ERRORS:
        return False
    return rows == [("ok",)]


def apply_pragmas(db: Database) -> None:
    """Durability and privacy settings, on every connection that may write."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA secure_delete = ON")


def open_store(
    paths: DataPaths,
    passphrase: str | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
) -> Store:
    """Open (or create) the user's database, ready for the services.

    Raises StoreProblem, never a driver error, and never writes to a file it
    has refused.
    """
    from app import migrations  # the schema knows its own modules

    path = paths.database
    state = file_state(path) if paths.root.exists() else "absent"
    if state == "absent" and not create:
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
    if not os.access(paths.root, os.W_OK) or (state != "absent" and not os.access(path, os.W_OK)):
        raise StoreProblem(StoreProblem.READ_ONLY, paths.root)

    db = connect(path, passphrase if state in ("opaque", "absent", "empty") else None)
    store = Store(paths, db, passphrase if state != "plain" else None)
    try:
        if state in ("plain", "opaque") and not quick_check(db):
            raise StoreProblem(StoreProblem.CORRUPT, path)
        if migrations.unknown_applied(db):
            raise StoreProblem(StoreProblem.NEWER, path)
        apply_pragmas(db)
        private_files(paths)
        if migrate and migrations.pending(db):
            if state in ("plain", "opaque"):
                from app.backup import make_backup

                make_backup(store, reason="migrate")
            migrations.apply(db)
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
