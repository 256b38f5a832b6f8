"""Typed helpers for reading rows, and over sqlite-utils' loosely typed results.

The readers take `Reads` (app/connection.py): the plain connection as well as
sqlite-utils' `Database`. They are the few shapes of query Ippo's reads use,
written in SQL so that a read on Today's first frame needs no sqlite-utils.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils.db import Table

    from app.connection import Reads

Row = dict[str, Any]


def dicts(cursor: sqlite3.Cursor) -> list[Row]:
    """Every row of `cursor` as a dict keyed by column name."""
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def query(db: Reads, sql: str, args: Sequence[object] = ()) -> list[Row]:
    return dicts(db.execute(sql, list(args)))


def rows_where(db: Reads, table: str, where: str | None = None, args: Sequence[object] = (),
               *, order_by: str | None = None, limit: int | None = None) -> list[Row]:
    """`SELECT * FROM table [WHERE where] [ORDER BY order_by] [LIMIT limit]`."""
    sql = f"SELECT * FROM [{table}]"
    if where:
        sql += f" WHERE {where}"
    if order_by:
        sql += f" ORDER BY {order_by}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return query(db, sql, args)


def has_table(db: Reads, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      [table]).fetchone() is not None


def inserted_id(table: Table) -> int:
    """The integer key of the row `table` has just inserted (`Table.insert(...)` returns it)."""
    pk = table.last_pk
    if not isinstance(pk, int):
        raise TypeError(f"{table.name}: the inserted row has no integer key")
    return pk
