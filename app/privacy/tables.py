"""Which tables hold the user's data, read from the schema itself.

Export, import and the backup preview are generic: every feature's tables are
found in `sqlite_master`, so a new feature's data is covered without a change
here. Left out: SQLite's own tables, the migration history, and full-text
indexes with their shadow tables (they are rebuilt from the data).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

SKIP = {"_sqlite_migrations"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # upper case declared type: INTEGER, REAL, TEXT, BLOB, ANY or ""
    pk: int  # position in the primary key, 0 when not part of it
    notnull: bool


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[Column, ...]

    @property
    def pk(self) -> tuple[str, ...]:
        keyed = sorted((c for c in self.columns if c.pk), key=lambda c: c.pk)
        return tuple(c.name for c in keyed)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def user_tables(db: Database) -> list[TableInfo]:
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    found: list[TableInfo] = []
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in SKIP or name in virtual:
            continue
        if any(name.startswith(v + "_") for v in virtual):
            continue
        cols = tuple(
            Column(r[1], (r[2] or "").upper(), int(r[5]), bool(r[3]))
            for r in db.execute(f"PRAGMA table_info({quote(name)})").fetchall()
        )
        found.append(TableInfo(name, cols))
    return found


def rows_of(db: Database, table: TableInfo) -> list[tuple[Any, ...]]:
    cols = ", ".join(quote(c.name) for c in table.columns)
    order = ", ".join(quote(c) for c in table.pk) or "rowid"
    return db.execute(f"SELECT {cols} FROM {quote(table.name)} ORDER BY {order}").fetchall()


def counts(db: Database) -> dict[str, int]:
    return {t.name: db.execute(f"SELECT count(*) FROM {quote(t.name)}").fetchone()[0]
            for t in user_tables(db)}


def _hashable(value: Any) -> Any:
    return {"blob": bytes(value).hex()} if isinstance(value, (bytes, bytearray)) else value


def row_hashes(db: Database) -> dict[str, list[str]]:
    """Per table, the sorted SHA-256 of every row: equal data gives equal hashes."""
    out: dict[str, list[str]] = {}
    for t in user_tables(db):
        digests = []
        for row in rows_of(db, t):
            named = {c.name: _hashable(v) for c, v in zip(t.columns, row, strict=True)}
            text = json.dumps(named, sort_keys=True, ensure_ascii=False)
            digests.append(hashlib.sha256(text.encode("utf-8")).hexdigest())
        out[t.name] = sorted(digests)
    return out
