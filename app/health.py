"""`ippo check`: a read-only look at the data folder that never writes to it."""

from __future__ import annotations

from dataclasses import dataclass

from app import migrations
from app.db import DB_ERRORS, StoreProblem, connect, file_state
from app.i18n import translate
from app.paths import DataPaths


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str
    problem: str = ""


def _problem(kind: str, paths: DataPaths) -> CheckResult:
    p = StoreProblem(kind, paths.database if kind != StoreProblem.MISSING else paths.root)
    return CheckResult(False, p.user_message(), kind)


def check(paths: DataPaths, passphrase: str | None = None) -> CheckResult:
    """Open the database read-only and run SQLite's full integrity check."""
    if not paths.root.is_dir() or file_state(paths.database) in ("absent", "empty"):
        return _problem(StoreProblem.MISSING, paths)
    state = file_state(paths.database)
    if state == "foreign":
        return _problem(StoreProblem.NOT_A_DATABASE, paths)
    if state == "opaque" and not passphrase:
        return _problem(StoreProblem.ENCRYPTED, paths)
    try:
        if state == "opaque" and passphrase:
            from app.privacy.keys import database_key  # passphrase or recovery key

            passphrase = database_key(paths, passphrase)
        key = passphrase if state == "opaque" else None
        try:
            db = connect(paths.database, key, read_only=True)
        except StoreProblem as problem:
            if problem.kind != StoreProblem.READ_ONLY:
                raise
            db = connect(paths.database, key, immutable=True)  # a read-only folder
    except StoreProblem as problem:
        return CheckResult(False, problem.user_message(), problem.kind)
    try:
        rows = db.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return _problem(StoreProblem.CORRUPT, paths)
        if db.execute("PRAGMA foreign_key_check").fetchall():
            return _problem(StoreProblem.CORRUPT, paths)
        if migrations.unknown_applied(db):
            return _problem(StoreProblem.NEWER, paths)
    except DB_ERRORS:
        return _problem(StoreProblem.CORRUPT, paths)
    finally:
        db.conn.close()
    msg = translate("Health", "Your Ippo data in {path} is in good order.")
    return CheckResult(True, msg.format(path=str(paths.root)))
