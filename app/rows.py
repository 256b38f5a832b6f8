"""Typed helpers over sqlite-utils' loosely typed results."""

from __future__ import annotations

from sqlite_utils.db import Table


def inserted_id(table: Table) -> int:
    """The integer key of the row `table` has just inserted (`Table.insert(...)` returns it)."""
    pk = table.last_pk
    if not isinstance(pk, int):
        raise TypeError(f"{table.name}: the inserted row has no integer key")
    return pk
