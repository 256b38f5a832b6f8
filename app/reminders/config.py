"""What the person chose for reminders, as kept in settings.json.

The database may be encrypted and locked while reminders run (Ippo started
with the session, window never opened), so the scheduler reads only plain
settings. For routine anchors those hold just what is needed to time a
reminder — the anchor's id, time and weekdays — never its name: the names
stay in the database. The copy is refreshed whenever the database is open
(`sync_anchors`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import time
from typing import Any

from app.routine.models import Anchor

ALL_DAYS = frozenset(range(7))
MAX_ANCHORS = 64  # far more than anyone sets; a hostile file cannot make the scheduler slow


@dataclass(frozen=True)
class AnchorSlot:
    """The timing of one anchor the person wants to be reminded of (no name)."""

    id: int
    at: time
    weekdays: frozenset[int]


@dataclass(frozen=True)
class ReminderConfig:
    enabled: bool = False
    check_in: time | None = None  # the daily check-in; None: no check-in reminder
    anchors: tuple[AnchorSlot, ...] = ()
    practice_days: frozenset[int] = frozenset()  # 0 = Monday … 6 = Sunday
    practice_at: time = time(17, 0)
    quiet_from: time | None = None  # quiet hours; None: none
    quiet_until: time | None = None
    start_with_session: bool = False
    told_background: bool = False  # "Ippo keeps running for reminders" was said once

    def with_(self, **changes: Any) -> ReminderConfig:
        return replace(self, **changes)

    @property
    def has_quiet_hours(self) -> bool:
        return (self.quiet_from is not None and self.quiet_until is not None
                and self.quiet_from != self.quiet_until)


def parse_time(value: object) -> time | None:
    """"HH:MM" to a time; None for anything else."""
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return None
    hh, mm = value[:2], value[3:]
    if not (hh.isdigit() and mm.isdigit()) or not hh.isascii() or not mm.isascii():
        return None
    h, m = int(hh), int(mm)
    return time(h, m) if 0 <= h < 24 and 0 <= m < 60 else None


def format_time(t: time | None) -> str:
    return "" if t is None else f"{t.hour:02d}:{t.minute:02d}"


def _days(value: object) -> frozenset[int]:
    if not isinstance(value, list):
        return frozenset()
    return frozenset(d for d in value if type(d) is int and 0 <= d < 7)


def from_dict(raw: Mapping[str, Any]) -> ReminderConfig:
    """A config from the settings' `reminders` object; anything odd is ignored."""
    anchors: list[AnchorSlot] = []
    seen: set[int] = set()
    raw_anchors = raw.get("anchors")
    for item in raw_anchors[:MAX_ANCHORS] if isinstance(raw_anchors, list) else []:
        if not isinstance(item, dict):
            continue
        aid, at = item.get("id"), parse_time(item.get("at"))
        if type(aid) is not int or at is None or aid in seen:
            continue
        seen.add(aid)
        anchors.append(AnchorSlot(aid, at, _days(item.get("days"))))
    return ReminderConfig(
        enabled=raw.get("enabled") is True,
        check_in=parse_time(raw.get("check_in")),
        anchors=tuple(anchors),
        practice_days=_days(raw.get("practice_days")),
        practice_at=parse_time(raw.get("practice_at")) or time(17, 0),
        quiet_from=parse_time(raw.get("quiet_from")),
        quiet_until=parse_time(raw.get("quiet_until")),
        start_with_session=raw.get("start_with_session") is True,
        told_background=raw.get("told_background") is True,
    )


def to_dict(config: ReminderConfig) -> dict[str, Any]:
    return {
        "enabled": config.enabled,
        "check_in": format_time(config.check_in),
        "anchors": [{"id": a.id, "at": format_time(a.at), "days": sorted(a.weekdays)}
                    for a in config.anchors],
        "practice_days": sorted(config.practice_days),
        "practice_at": format_time(config.practice_at),
        "quiet_from": format_time(config.quiet_from),
        "quiet_until": format_time(config.quiet_until),
        "start_with_session": config.start_with_session,
        "told_background": config.told_background,
    }


def sync_anchors(config: ReminderConfig, anchors: Iterable[Anchor]) -> ReminderConfig:
    """Follow the routine as it is now: a chosen anchor that was moved keeps its
    reminder at the new time; one deleted or paused loses it."""
    current = {a.id: a for a in anchors if a.active}
    kept = tuple(AnchorSlot(a.id, current[a.id].at.replace(second=0, microsecond=0),
                            frozenset(current[a.id].weekdays))
                 for a in config.anchors if a.id in current)
    return config if kept == config.anchors else config.with_(anchors=kept)


def choose_anchors(config: ReminderConfig, anchors: Iterable[Anchor],
                   chosen: Iterable[int]) -> ReminderConfig:
    """Remind of exactly the anchors in `chosen` (ids), copying only their timing."""
    wanted = set(chosen)
    slots = tuple(AnchorSlot(a.id, a.at.replace(second=0, microsecond=0), frozenset(a.weekdays))
                  for a in anchors if a.id in wanted and a.active)
    return config.with_(anchors=slots)
