"""Demo practice: some breathing and rehearsals noted, and one version of my reasons.

Invented, like all demo data; nothing here describes a real person."""

from __future__ import annotations

import random
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from app.practice import reasons as reasons_service
from app.practice import service

if TYPE_CHECKING:
    from sqlite_utils import Database

REASONS = {
    "gives": "At home nobody can judge me, and I can rest when I am tired.",
    "costs": "I miss my cousin's visits and I have not been to a concert in two years.",
    "easier": "Walk to the river in the evening and maybe take a short course.",
}


def populate(db: Database, days: list[date], rng: random.Random) -> None:
    if not days:
        return
    tz = datetime.now().astimezone().tzinfo
    for i, day in enumerate(days):
        if i < len(days) // 3 or rng.random() > 0.3:
            continue
        kind, exercise = rng.choice([("breathing", "breathing"), ("grounding", "grounding"),
                                     ("rehearsal", "door"), ("rehearsal", "phone")])
        before = rng.randint(35, 70)
        service.log_practice(db, exercise, kind, rng.choice([2, 3, 5]), before,
                             max(0, before - rng.randint(0, 25)),
                             datetime.combine(day, time(21, 30), tz))
    saved_at = datetime.combine(days[len(days) // 2], time(20, 0), tz)
    reasons_service.save_reasons(db, REASONS, saved_at)
