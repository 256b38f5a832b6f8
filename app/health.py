"""`ippo check`: a read-only look at the data folder that never writes to it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import migrations
from app.db import DB_ERRORS, StoreProblem, connect, file_state, offer_backup
from app.i18n import translate
from app.paths import DataPaths
from app.privacy.keys import database_key  # passphrase or recovery key -> data key
from app.storefile import StoreErrorKind

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str
    problem: str = ""


def _problem(kind: StoreErrorKind, paths: DataPaths, key: str | None = None) -> CheckResult:
    p = StoreProblem(kind, paths.database if kind != StoreProblem.MISSING else paths.root)
    if kind in StoreProblem.UNUSABLE:
        offer_backup(p, paths, key)
    return CheckResult(False, p.user_message(), kind)


def _connect_without_writing(paths: DataPaths, key: str | None) -> Database:
    """Read the database leaving no new file: with SQLite's WAL companions when
    both are already there (a running Ippo's latest saves live in them), else
    as an immutable file, so no `-wal` or `-shm` is created, even in a folder
    that could be written."""
    wal, shm = paths.sidecars()[:2]
    if wal.exists() and shm.exists() and os.access(paths.root, os.W_OK):
        try:
            return connect(paths.database, key, read_only=True)
        except StoreProblem as problem:
            if problem.kind != StoreProblem.READ_ONLY:
                raise
    return connect(paths.database, key, immutable=True)


def check(paths: DataPaths, passphrase: str | None = None) -> CheckResult:
    """Open the database read-only and run SQLite's full integrity check.

    Strictly read-only: no file in the folder is created, changed or removed.
    """
    if paths.root.exists() and not paths.root.is_dir():
        return CheckResult(False, StoreProblem(StoreProblem.NOT_A_FILE, paths.root)
                           .user_message(), StoreProblem.NOT_A_FILE)
    state = file_state(paths.database) if paths.root.is_dir() else "absent"
    if state == "not_a_file":
        return _problem(StoreProblem.NOT_A_FILE, paths)
    if state == "unreadable":
        return _problem(StoreProblem.READ_ONLY, paths)
    if state == "empty":  # emptied, with a backup to offer? else simply no data yet
        emptied = StoreProblem(StoreProblem.EMPTY, paths.database)
        if offer_backup(emptied, paths, None):
            return CheckResult(False, emptied.user_message(), emptied.kind)
    if state in ("absent", "empty"):
        return _problem(StoreProblem.MISSING, paths)
    if state == "foreign":
        return _problem(StoreProblem.NOT_A_DATABASE, paths)
    if state == "opaque" and not passphrase:
        return _problem(StoreProblem.ENCRYPTED, paths)
    key = None
    try:
        if state == "opaque" and passphrase:
            key = database_key(paths, passphrase)
        db = _connect_without_writing(paths, key)
    except StoreProblem as problem:
        if problem.kind in StoreProblem.UNUSABLE and problem.path == paths.database:
            offer_backup(problem, paths, key)
        return CheckResult(False, problem.user_message(), problem.kind)
    try:
        rows = db.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return _problem(StoreProblem.CORRUPT, paths, key)
        if db.execute("PRAGMA foreign_key_check").fetchall():
            return _problem(StoreProblem.CORRUPT, paths, key)
        if migrations.unknown_applied(db):
            return _problem(StoreProblem.NEWER, paths)
    except DB_ERRORS:
        return _problem(StoreProblem.CORRUPT, paths, key)
    finally:
        db.conn.close()
    msg = translate("Health", "Your Ippo data in {path} is in good order.")
    return CheckResult(True, msg.format(path=str(paths.root)))
