"""Realistic, clearly fictional demo data for screenshots, benchmarks and trying Ippo.

Each feature package `app/<feature>/demo.py` with a `populate(db, days, rng)`
function adds its part; this module only sets the period and the seed. The
demo person is invented; nothing here describes a real person.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

import app
from app import clock

if TYPE_CHECKING:
    from sqlite_utils import Database

# Features fill in this order (the plan refers to ladders, the diary to outings).
ORDER = ["ladder", "diary", "thoughts", "plan"]


def populators() -> list[tuple[str, object]]:
    names = [i.name for i in pkgutil.iter_modules(app.__path__) if i.ispkg]
    ordered = sorted(names, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    found = []
    for name in ordered:
        try:
            module = importlib.import_module(f"app.{name}.demo")
        except ModuleNotFoundError:
            continue
        found.append((name, module.populate))
    return found


def generate(db: Database, days: int, seed: int = 7, end: date | None = None) -> list[date]:
    """Fill `db` with `days` days of demo data ending on `end` (default today).

    Returns the dates covered. The same seed gives the same data.
    """
    last = end or clock.today()
    span = [last - timedelta(days=days - 1 - i) for i in range(days)]
    rng = random.Random(seed)
    with db.atomic():
        db.table("meta").upsert({"key": "demo", "value": "1"}, pk="key")
        for _name, populate in populators():
            populate(db, span, rng)  # type: ignore[operator]
    return span
