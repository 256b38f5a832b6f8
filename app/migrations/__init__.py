"""Ippo's schema history: one module per migration, applied in name order.

Each module `mNNN_what.py` defines `migrate(db)`. A shipped module is never
edited; a change to the schema is a new module. The set is discovered from this
package so features add migrations without touching a shared list.

Whether anything is pending is read with plain SQL from the table where
sqlite-utils' `Migrations` records what it applied, so an up-to-date database
opens without loading sqlite-utils or the migration modules;
tests/app/test_db.py checks that table's name against sqlite-utils.
"""

from __future__ import annotations

import pkgutil
from typing import TYPE_CHECKING

from app.rows import has_table

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

    from app.connection import Reads

SET_NAME = "ippo"
APPLIED_TABLE = "_sqlite_migrations"  # sqlite_utils.Migrations.migrations_table


def known() -> list[str]:
    """This Ippo's migrations, in the order they apply."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if info.name[:1] == "m")


def applied(db: Reads) -> list[str]:
    """The migrations recorded in the file, in the order they were applied."""
    if not has_table(db, APPLIED_TABLE):
        return []
    rows = db.execute(f"SELECT name FROM [{APPLIED_TABLE}] WHERE migration_set = ? "
                      "ORDER BY rowid", [SET_NAME]).fetchall()
    return [str(name) for (name,) in rows]


def unknown_applied(db: Reads) -> list[str]:
    """Migrations in the file that this Ippo does not know: a newer Ippo wrote it."""
    mine = set(known())
    return [name for name in applied(db) if name not in mine]


def pending(db: Reads) -> list[str]:
    done = set(applied(db))
    return [name for name in known() if name not in done]


def build() -> Migrations:
    """sqlite-utils' migration set with every module of this package."""
    import importlib  # lazy: only when a migration is to be applied

    from sqlite_utils import Migrations  # lazy: as above

    m = Migrations(SET_NAME)
    for name in known():
        module = importlib.import_module(f"{__name__}.{name}")
        m(name=name)(module.migrate)
    return m


def apply(db: Database) -> None:
    build().apply(db)
