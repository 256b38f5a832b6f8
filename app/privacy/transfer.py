"""Export everything to one JSON file (format: app/privacy/FORMAT.md), and import it back.

Import validates the whole file before the first write: against this Ippo's
schema, then in a scratch database in memory, where every record is checked
with the same rules as the app's forms (`app/privacy/checks.py`). Then it takes
a verified backup and writes in one transaction: all or nothing. A merge never
changes a record made here (`app/privacy/merge.py`).
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlite_utils import Database

from app import __version__, clock, migrations
from app.backup import backup_and_thin
from app.db import DB_ERRORS, Store, StoreProblem, classify, connect, file_state
from app.i18n import translate
from app.privacy import checks, keys, merge, sealed
from app.privacy.files import write_private
from app.privacy.record_kinds import label_of
from app.privacy.tables import TableInfo, counts, quote, rows_of, user_tables
from app.text import clean

FORMAT_NAME = "ippo-export"
FORMAT_VERSION = 1
MERGE, REPLACE = "merge", "replace"
ImportPlan = list[tuple[TableInfo, list[tuple[Any, ...]], tuple[str, ...]]]


class ImportProblem(Exception):
    """Why a file cannot be imported; nothing was changed."""

    UNREADABLE = "unreadable"
    NOT_IPPO = "not_ippo"
    NEWER = "newer"
    UNKNOWN_TABLE = "unknown_table"
    UNKNOWN_COLUMN = "unknown_column"
    BAD_VALUE = "bad_value"
    CONFLICT = "conflict"
    INVALID = "invalid"
    DISK_FULL = "disk_full"
    FAILED = "failed"
    NEEDS_PASSPHRASE = "needs_passphrase"
    WRONG_PASSPHRASE = "wrong_passphrase"
    NEEDS_KEY = "needs_key"
    WRONG_KEY = "wrong_key"

    def __init__(self, kind: str, where: str = "", what: str = "") -> None:
        super().__init__(f"{kind}: {where}")
        self.kind, self.where, self.what = kind, where, what

    def user_message(self) -> str:
        texts = {
            self.UNREADABLE: translate("Transfer", "This file could not be read as an Ippo "
                                       "export; it may be cut short or damaged."),
            self.NOT_IPPO: translate("Transfer", "This file is not an Ippo export."),
            self.NEWER: translate("Transfer", "This file was made by a newer version of Ippo. "
                                  "Please update Ippo to import it."),
            self.UNKNOWN_TABLE: translate("Transfer", "This file holds data this version of "
                                          "Ippo does not know ({where})."),
            self.UNKNOWN_COLUMN: translate("Transfer", "This file holds data this version of "
                                           "Ippo does not know ({where})."),
            self.BAD_VALUE: translate("Transfer", "Part of this file has been changed and "
                                      "does not fit ({where})."),
            self.CONFLICT: translate("Transfer", "This file does not fit with your data "
                                     "({where})."),
            self.INVALID: translate("Transfer", "Part of this file is not something Ippo "
                                    "would accept in its forms ({where}): {what}"),
            self.DISK_FULL: translate("Transfer", "The disk is full, so the file could not "
                                      "be imported. Please make some space and try again."),
            self.FAILED: translate("Transfer", "The file could not be imported just now."),
            self.NEEDS_PASSPHRASE: translate("Transfer", "This export is encrypted. Please "
                                             "give the passphrase it was saved with."),
            self.WRONG_PASSPHRASE: translate("Transfer", "This passphrase does not open "
                                             "this export, or the file was changed after "
                                             "it was saved."),
            self.NEEDS_KEY: translate("Transfer", "This backup is encrypted. Please give the "
                                      "recovery key, or the passphrase if the backup is "
                                      "still in its Ippo data folder."),
            self.WRONG_KEY: translate("Transfer", "This recovery key or passphrase does not "
                                      "open this backup."),
        }
        note = translate("Transfer", "Nothing was changed.")
        return f"{texts[self.kind].format(where=self.where, what=self.what)} {note}"


@dataclass
class ImportResult:
    """What an import did: rows added per table, rows already here, rows of yours kept."""

    added: dict[str, int] = field(default_factory=dict)
    same: int = 0
    kept: int = 0

    def user_message(self) -> str:
        added = sum(self.added.values())
        parts = [translate("Transfer", "Records added: {n}.").format(n=added)]
        if self.same:
            parts.append(translate("Transfer", "Already here, so not added again: {n}.")
                         .format(n=self.same))
        if self.kept:
            parts.append(translate("Transfer", "Left out because you already have a record "
                                   "for the same day or item here, which stays as it is: "
                                   "{n}.").format(n=self.kept))
        return " ".join(parts)


# -- export -----------------------------------------------------------------
def _encode(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return {"$base64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, float) and not math.isfinite(value):
        return {"$real": "Infinity" if value > 0 else ("-Infinity" if value < 0 else "NaN")}
    return value


def export_document(db: Database) -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for t in user_tables(db):
        tables[t.name] = {
            "columns": [{"name": c.name, "type": c.type, "pk": c.pk, "notnull": c.notnull}
                        for c in t.columns],
            "rows": [{c.name: _encode(v) for c, v in zip(t.columns, row, strict=True)}
                     for row in rows_of(db, t)],
        }
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "app_version": __version__,
            "exported_at": clock.now().isoformat(timespec="seconds"),
            "migrations": migrations.applied(db), "tables": tables}


def export_json(db: Database, path: Path, passphrase: str | None = None) -> Path:
    """Write everything to `path` (0600, atomically), encrypted under `passphrase`
    when one is given (app/privacy/sealed.py). Raises WriteProblem."""
    text = json.dumps(export_document(db), ensure_ascii=False, indent=1, allow_nan=False)
    data = text.encode("utf-8")
    write_private(path, sealed.seal(data, passphrase) if passphrase else data)
    return path


def is_encrypted(path: Path) -> bool:
    """True for an encrypted export (by its first bytes); False if unreadable."""
    try:
        with path.open("rb") as f:
            return sealed.is_sealed(f.read(len(sealed.MAGIC)))
    except OSError:
        return False


# -- reading and validating ---------------------------------------------------
def _plain_bytes(path: Path, passphrase: str | None) -> bytes:
    try:
        data = path.read_bytes()
    except OSError:
        raise ImportProblem(ImportProblem.UNREADABLE) from None
    if not sealed.is_sealed(data):
        return data
    try:
        sealed.read_header(data)
        if not passphrase:
            raise ImportProblem(ImportProblem.NEEDS_PASSPHRASE)
        return sealed.unseal(data, passphrase)
    except sealed.SealProblem as problem:
        kind = {sealed.SealProblem.NEWER: ImportProblem.NEWER,
                sealed.SealProblem.WRONG_OR_CHANGED: ImportProblem.WRONG_PASSPHRASE}
        raise ImportProblem(kind.get(problem.kind, ImportProblem.UNREADABLE)) from None


PASSPHRASE, RECOVERY_KEY = "passphrase", "recovery_key"


def _is_backup(path: Path) -> bool:
    """An Ippo backup (a database file, plain or encrypted), not an export."""
    state = file_state(path)
    if state == "plain":
        return True
    if state != "opaque":
        return False
    try:
        with path.open("rb") as f:
            head = f.read(len(sealed.MAGIC))
    except OSError:
        return False
    return not sealed.is_sealed(head) and not head.lstrip().startswith(b"{")


def secret_needed(path: Path) -> str | None:
    """What `path` needs to be read: PASSPHRASE (an encrypted export), RECOVERY_KEY
    (an encrypted backup) or None."""
    if is_encrypted(path):
        return PASSPHRASE
    if _is_backup(path) and file_state(path) == "opaque":
        return RECOVERY_KEY
    return None


def _backup_key(path: Path, secret: str) -> str | None:
    """SQLCipher's key for an encrypted backup: from a recovery key, or from a
    passphrase and the key file of the data folder the backup sits in."""
    found = keys.parse_recovery_key(secret)
    for folder in (path.parent, path.parent.parent):
        if found is not None:
            break
        try:
            record = json.loads((folder / keys.KEYFILE_NAME).read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(record, dict):
            found = keys.unwrap(record, secret)
    return keys.sqlcipher_key(found) if found is not None else None


def backup_document(path: Path, secret: str | None = None) -> dict[str, Any]:
    """A backup file read as an export document (nothing is written to it)."""
    key = None
    if file_state(path) == "opaque":
        if not secret:
            raise ImportProblem(ImportProblem.NEEDS_KEY)
        key = _backup_key(path, secret)
        if key is None:
            raise ImportProblem(ImportProblem.WRONG_KEY)
    try:
        db = connect(path, key, read_only=True)
    except StoreProblem as problem:
        wrong = problem.kind == StoreProblem.WRONG_PASSPHRASE
        raise ImportProblem(ImportProblem.WRONG_KEY if wrong
                            else ImportProblem.UNREADABLE) from None
    try:
        if migrations.unknown_applied(db):
            raise ImportProblem(ImportProblem.NEWER)
        return export_document(db)
    except DB_ERRORS:
        raise ImportProblem(ImportProblem.UNREADABLE) from None
    finally:
        db.conn.close()


def read_document(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The export in `path`, decrypted with `passphrase` if it is encrypted; a
    backup file is read as if it were an export."""
    if _is_backup(path):
        return backup_document(path, passphrase)
    data = _plain_bytes(path, passphrase)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ImportProblem(ImportProblem.UNREADABLE) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ImportProblem(ImportProblem.NOT_IPPO)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportProblem(ImportProblem.NOT_IPPO)
    if version > FORMAT_VERSION:
        raise ImportProblem(ImportProblem.NEWER)
    return doc


def _decode(value: Any, col_type: str, where: str) -> Any:
    bad = ImportProblem(ImportProblem.BAD_VALUE, where)
    if value is None:
        return None
    if isinstance(value, dict):
        if set(value) == {"$base64"} and col_type in ("BLOB", "ANY", ""):
            try:
                return base64.b64decode(str(value["$base64"]), validate=True)
            except ValueError:
                raise bad from None
        if set(value) == {"$real"} and col_type in ("REAL", "ANY", ""):
            special = {"Infinity": math.inf, "-Infinity": -math.inf}
            if value["$real"] in special:
                return special[value["$real"]]
        raise bad
    if isinstance(value, bool) or isinstance(value, (list,)):
        raise bad
    if isinstance(value, int):
        if col_type in ("INTEGER", "ANY", "") or col_type.startswith("INT"):
            if -(2**63) <= value < 2**63:
                return value
        elif col_type == "REAL":
            return float(value)
        raise bad
    if isinstance(value, float):
        if col_type in ("REAL", "ANY", "") and math.isfinite(value):
            return value
        raise bad
    if isinstance(value, str):
        if col_type in ("TEXT", "ANY", "") or "CHAR" in col_type or "CLOB" in col_type:
            return clean(value)
        raise bad
    raise bad


def plan_import(db: Database, doc: dict[str, Any]) -> ImportPlan:
    """Check every table, column and value; return what to insert, per table."""
    known_migrations = set(migrations.known())
    listed = doc.get("migrations", [])
    if not isinstance(listed, list) or any(not isinstance(m, str) for m in listed):
        raise ImportProblem(ImportProblem.NOT_IPPO)
    if any(m not in known_migrations for m in listed):
        raise ImportProblem(ImportProblem.NEWER)
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise ImportProblem(ImportProblem.NOT_IPPO)
    live = {t.name: t for t in user_tables(db)}
    plan = []
    for name, body in tables.items():
        table = live.get(name)
        if table is None:
            raise ImportProblem(ImportProblem.UNKNOWN_TABLE, str(name)[:60])
        rows = body.get("rows") if isinstance(body, dict) else None
        if not isinstance(rows, list):
            raise ImportProblem(ImportProblem.BAD_VALUE, label_of(name))
        used: list[str] = []
        for row in rows:
            if not isinstance(row, dict):
                raise ImportProblem(ImportProblem.BAD_VALUE, label_of(name))
            for key in row:
                if table.column(key) is None:
                    raise ImportProblem(ImportProblem.UNKNOWN_COLUMN, f"{name}.{key}"[:80])
                if key not in used:
                    used.append(key)
        cols = tuple(c.name for c in table.columns if c.name in used)
        values = []
        for i, row in enumerate(rows):
            values.append(tuple(
                _decode(row.get(c), table.column(c).type,  # type: ignore[union-attr]
                        f"{label_of(name)} #{i + 1}")
                for c in cols))
        plan.append((table, values, cols))
    return plan


def build_scratch(plan: ImportPlan) -> Database:
    """The file's rows in a database in memory with this Ippo's schema, checked.

    Raises ImportProblem when a row does not fit (a missing required value, a
    reference to nothing) or when a value breaks a rule of the app's forms.
    """
    db = Database(sqlcipher3.connect(":memory:", isolation_level=None), execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    conn = db.conn
    try:
        conn.execute("BEGIN")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for table, values, cols in plan:
            if cols and values:
                conn.executemany(_insert_sql(table, cols, REPLACE), values)
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken:
            raise ImportProblem(ImportProblem.CONFLICT, str(broken[0]))
        conn.execute("COMMIT")
        found = checks.first_problem(db)
    except DB_ERRORS as exc:
        conn.close()
        raise ImportProblem(ImportProblem.CONFLICT, type(exc).__name__) from None
    except ImportProblem:
        conn.close()
        raise
    if found is not None:
        conn.close()
        raise ImportProblem(ImportProblem.INVALID, *found)
    return db


# -- writing ------------------------------------------------------------------
def _insert_sql(table: TableInfo, cols: tuple[str, ...], mode: str) -> str:
    """A plain insert with the file's ids (replace, and the scratch database)."""
    names = ", ".join(quote(c) for c in cols)
    marks = ", ".join("?" for _ in cols)
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"


def _write(store: Store, plan: ImportPlan, scratch: Database, mode: str) -> ImportResult:
    """All rows in one transaction; on any failure nothing is left of it."""
    db = store.db
    conn = db.conn
    result = ImportResult()
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        if mode == REPLACE:
            for t in user_tables(db):
                conn.execute(f"DELETE FROM {quote(t.name)}")
            for table, values, cols in plan:
                if cols and values:
                    conn.executemany(_insert_sql(table, cols, mode), values)
            result.added = {t.name: len(v) for t, v, _c in plan}
        else:
            counts = merge.merge(db, scratch, [t for t, _v, _c in plan])
            result = ImportResult(dict(counts.added), sum(counts.same.values()),
                                  sum(counts.kept.values()))
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken:
            raise ImportProblem(ImportProblem.CONFLICT, str(broken[0]))
        conn.execute("COMMIT")
    except ImportProblem:
        _roll_back(conn)
        raise
    except DB_ERRORS + (OSError,) as exc:
        _roll_back(conn)
        problem = classify(exc, store.paths.database)
        if problem.kind == StoreProblem.DISK_FULL:
            raise ImportProblem(ImportProblem.DISK_FULL) from None
        raise ImportProblem(ImportProblem.FAILED, type(exc).__name__) from None
    return result


def _roll_back(conn: Any) -> None:
    """Undo the import's transaction, if SQLite has not already (it does on a full disk)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except DB_ERRORS:
            pass  # the transaction is gone either way; nothing of it was committed


def _checked(db: Database, path: Path,
             passphrase: str | None) -> tuple[dict[str, Any], ImportPlan, Database]:
    doc = read_document(path, passphrase)
    plan = plan_import(db, doc)
    return doc, plan, build_scratch(plan)


def import_json(store: Store, path: Path, mode: str = MERGE,
                passphrase: str | None = None) -> ImportResult:
    """Import an Ippo export into `store`: validate, back up, write all or nothing.

    Raises ImportProblem (nothing changed) or StoreProblem (the backup first
    could not be made; nothing changed).
    """
    if mode not in (MERGE, REPLACE):
        raise ValueError(mode)
    _doc, plan, scratch = _checked(store.db, path, passphrase)
    try:
        try:
            backup_and_thin(store, "import")
        except StoreProblem as problem:
            if problem.kind == StoreProblem.DISK_FULL:
                raise ImportProblem(ImportProblem.DISK_FULL) from None
            raise
        return _write(store, plan, scratch, mode)
    finally:
        scratch.conn.close()


def check_alone(path: Path, passphrase: str | None = None) -> dict[str, int]:
    """Validate a file against this Ippo's schema with no data folder at all (before
    a restore creates one): rows per table. Raises ImportProblem."""
    db = Database(sqlcipher3.connect(":memory:", isolation_level=None), execute_plugins=False)
    try:
        migrations.apply(db)
        _doc, plan, scratch = _checked(db, path, passphrase)
        scratch.conn.close()
    finally:
        db.conn.close()
    return {t.name: len(v) for t, v, _c in plan}


def is_empty(db: Database) -> bool:
    """True when there is no user data at all (a first start)."""
    return not any(counts(db).values())


def summary(path: Path, db: Database,
            passphrase: str | None = None) -> tuple[datetime | None, dict[str, int]]:
    """When a file was exported and how many rows per table (validated first)."""
    doc, plan, scratch = _checked(db, path, passphrase)
    scratch.conn.close()
    try:
        when = datetime.fromisoformat(str(doc.get("exported_at")))
    except ValueError:
        when = None
    return when, {t.name: len(v) for t, v, _c in plan}
