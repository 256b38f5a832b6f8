"""Ippo's schema history: one module per migration, applied in name order.

Each module `mNNN_what.py` defines `migrate(db)`. A shipped module is never
edited; a change to the schema is a new module. The set is discovered from this
package so features add migrations without touching a shared list.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlite_utils import Database, Migrations

SET_NAME = "ippo"


def _build() -> Migrations:
    m = Migrations(SET_NAME)
    names = sorted(
        info.name for info in pkgutil.iter_modules(__path__) if info.name[:1] == "m"
    )
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        m(name=name)(module.migrate)
    return m


MIGRATIONS = _build()


def known() -> list[str]:
    return [mig.name for mig in MIGRATIONS._migrations]


def applied(db: Database) -> list[str]:
    return [a.name for a in MIGRATIONS.applied(db)]


def unknown_applied(db: Database) -> list[str]:
    """Migrations in the file that this Ippo does not know: a newer Ippo wrote it."""
    mine = set(known())
    return [name for name in applied(db) if name not in mine]


def pending(db: Database) -> list[str]:
    return [mig.name for mig in MIGRATIONS.pending(db)]


def apply(db: Database) -> None:
    MIGRATIONS.apply(db)
