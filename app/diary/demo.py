"""A fictional diary for the demo: nights drifting from late morning back towards midnight.

Over the period bedtime moves from about 05:00 to about 00:30 and waking from
about 14:00 to 08:30; mood slowly lifts with some harder weeks; a few days and
short stretches have no entry, as in any real diary.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app import clock
from app.diary.service import ACTIVITIES, ENTRIES, RATINGS, SYMPTOMS
from app.i18n import translate

if TYPE_CHECKING:
    from sqlite_utils import Database

SYMPTOM_NAMES: list[Callable[[], str]] = [
    lambda: translate("DiaryDemo", "Headache"),
    lambda: translate("DiaryDemo", "Racing heart"),
    lambda: translate("DiaryDemo", "Low appetite"),
]
ACTIVITY_NAMES = [
    lambda: translate("DiaryDemo", "walk"),
    lambda: translate("DiaryDemo", "cooking"),
    lambda: translate("DiaryDemo", "drawing"),
    lambda: translate("DiaryDemo", "game"),
    lambda: translate("DiaryDemo", "reading"),
    lambda: translate("DiaryDemo", "tidying up"),
]
NOTES = [
    lambda: translate("DiaryDemo", "Quiet day. Watered the plants."),
    lambda: translate("DiaryDemo", "Talked with my sister at dinner."),
    lambda: translate("DiaryDemo", "Slept badly, but made tea in the afternoon."),
    lambda: translate("DiaryDemo", "Walked to the corner and back."),
]


def _clock(hours: float) -> str:
    minutes = int(round(hours * 60 / 5) * 5) % (24 * 60)
    return time(minutes // 60, minutes % 60).strftime("%H:%M")


def _skipped(days: list[date], rng: random.Random) -> set[date]:
    """Single forgotten days and a few short stretches without any entry."""
    gone = {d for d in days if rng.random() < 0.05}
    for _ in range(max(1, len(days) // 120)):
        start = rng.randrange(len(days))
        gone.update(days[start:start + rng.randint(3, 9)])
    return gone


def populate(db: Database, days: list[date], rng: random.Random) -> None:
    if not days:
        return
    stamp = clock.now().isoformat()
    first_id = (db.execute(f"SELECT coalesce(max(id), 0) FROM {SYMPTOMS}").fetchone()[0] + 1
                if db.table(SYMPTOMS).exists() else 1)
    symptom_ids = [first_id + i for i in range(len(SYMPTOM_NAMES))]
    db.table(SYMPTOMS).insert_all(
        [{"id": sid, "name": name(), "position": i, "retired": 0, "created_at": stamp}
         for i, (sid, name) in enumerate(zip(symptom_ids, SYMPTOM_NAMES, strict=True))],
        replace=True)
    bad_weeks = {w for w in range(len(days) // 7 + 1) if rng.random() < 0.12}
    skipped = _skipped(days, rng)
    entries: list[dict[str, Any]] = []
    ratings: list[dict[str, Any]] = []
    activities: list[dict[str, Any]] = []
    n = max(len(days) - 1, 1)
    for i, day in enumerate(days):
        if day in skipped:
            continue
        t = i / n
        entry = _entry(day, t, (i // 7) in bad_weeks, rng, stamp)
        entries.append(entry)
        key = entry["day"]
        for sid, base in zip(symptom_ids, (1.6, 1.8, 1.0), strict=True):
            if rng.random() < 0.7:
                level = (base * (1 - 0.6 * t) + rng.gauss(0, 0.6)
                         + (0.8 if (i // 7) in bad_weeks else 0))
                ratings.append({"day": key, "symptom_id": sid,
                                "rating": max(0, min(3, round(level)))})
        for pos in range(rng.choice((0, 1, 1, 2, 3))):
            activities.append({"day": key, "position": pos,
                               "tag": rng.choice(ACTIVITY_NAMES)(),
                               "enjoyment": rng.randint(3, 9) if rng.random() < 0.8 else None,
                               "achievement": rng.randint(2, 9) if rng.random() < 0.7 else None})
    db.table(ENTRIES).insert_all(entries, replace=True, batch_size=500)
    db.table(RATINGS).insert_all(ratings, replace=True, batch_size=500)
    db.table(ACTIVITIES).insert_all(activities, replace=True, batch_size=500)


def _entry(day: date, t: float, bad_week: bool, rng: random.Random, stamp: str) -> dict[str, Any]:
    """One day's row: t runs from 0 (start of the period) to 1 (today)."""
    bed = 5.0 - 4.5 * t + rng.gauss(0, 0.8)  # 05:00 → 00:30
    wake = 14.0 - 5.5 * t + rng.gauss(0, 0.9)  # 14:00 → 08:30
    if wake - bed < 4:
        wake = bed + 4 + rng.random()
    wave = 0.6 * math.sin(day.toordinal() / 9.0)
    mood = 3.2 + 3.3 * t + wave + rng.gauss(0, 0.9) - (2.0 if bad_week else 0)
    anxiety = 7.0 - 3.0 * t - wave + rng.gauss(0, 0.9) + (1.5 if bad_week else 0)
    outside = max(0, int(rng.gauss(70 * t - 10, 20))) if rng.random() < 0.2 + 0.6 * t else 0
    return {
        "day": day.isoformat(),
        "mood": _scale(mood), "anxiety": _scale(anxiety),
        "energy": _scale(3 + 3 * t + rng.gauss(0, 1.2)),
        "bedtime": _clock(bed % 24), "waketime": _clock(wake % 24),
        "minutes_outside": outside, "went_outside": int(outside > 0),
        "face_contacts": rng.choice((0, 1)) + rng.randint(0, round(2 * t)),
        "online_contacts": rng.randint(0, 4),
        "meals": rng.choice((1, 2, 2, 3, 3)),
        "showered": int(rng.random() < 0.4 + 0.4 * t),
        "movement_minutes": max(0, int(rng.gauss(10 + 25 * t, 10))),
        "screen_hours": round(max(1.0, rng.gauss(10 - 4 * t, 1.5)) * 2) / 2,
        "note": rng.choice(NOTES)() if rng.random() < 0.15 else "",
        "updated_at": _noon(day, stamp),
    }


def _scale(value: float) -> int:
    return max(0, min(10, round(value)))


def _noon(day: date, stamp: str) -> str:
    tz = datetime.fromisoformat(stamp).tzinfo
    return (datetime.combine(day, time(12)) + timedelta()).replace(tzinfo=tz).isoformat()
