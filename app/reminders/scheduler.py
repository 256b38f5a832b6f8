"""Which reminder is due, worked out from the clock, the settings and a small state.

Pure and Qt-free: the caller passes `now` (an aware datetime), so tests move a
fake clock over days, daylight-saving changes and a clock set back.

Rules (see README, "Reminders"):
- Each reminder (the check-in, each chosen anchor, practice) has at most one
  occurrence per local calendar day. The state keeps, per reminder, the last
  day whose occurrence was dealt with, so an hour repeated when the clocks go
  back, a skipped hour in spring, or the system clock moved back never give a
  second reminder for the same day.
- An occurrence whose time falls in quiet hours is skipped (quiet means quiet);
  Settings says so next to the time. A snoozed reminder or the catch-up that
  would come during quiet hours waits until they end.
- At most one notification per check: reminders due at the same minute are
  shown as one, and everything missed while Ippo was closed (or the computer
  slept) becomes a single catch-up, never a pile.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from app.reminders.config import ReminderConfig

CHECK_IN = "check-in"
PRACTICE = "practice"
ANCHOR_PREFIX = "anchor:"
ON_TIME = timedelta(minutes=10)  # later than this after its time, an occurrence was missed
LOOK_BACK_DAYS = 7  # older misses are not worth a catch-up of their own

SNOOZE_15_MIN = "15min"
SNOOZE_1_H = "1h"
SNOOZE_TOMORROW = "tomorrow"
SNOOZES = (SNOOZE_15_MIN, SNOOZE_1_H, SNOOZE_TOMORROW)

REGULAR = "regular"
CATCH_UP = "catch-up"
SNOOZED = "snoozed"


@dataclass(frozen=True)
class Slot:
    key: str  # "check-in", "practice", "anchor:<id>"
    at: time
    weekdays: frozenset[int]


@dataclass(frozen=True)
class Due:
    """One notification to show now."""

    kind: str  # REGULAR, CATCH_UP or SNOOZED
    keys: tuple[str, ...]  # the reminders it stands for
    at: datetime  # when it is shown (UTC)


@dataclass(frozen=True)
class State:
    """What has been dealt with; kept between runs (see app/reminders/store.py)."""

    last_day: Mapping[str, date] = field(default_factory=dict)
    snooze_until: datetime | None = None  # UTC
    snooze_keys: tuple[str, ...] = ()
    pending_catch_up: bool = False  # missed during quiet hours: shown when they end

    def with_(self, **changes: Any) -> State:
        return replace(self, **changes)


def slots(config: ReminderConfig) -> list[Slot]:
    """Every reminder the config asks for (none when reminders are off)."""
    if not config.enabled:
        return []
    out: list[Slot] = []
    if config.check_in is not None:
        out.append(Slot(CHECK_IN, config.check_in, frozenset(range(7))))
    out.extend(Slot(f"{ANCHOR_PREFIX}{a.id}", a.at, a.weekdays) for a in config.anchors
               if a.weekdays)
    if config.practice_days:
        out.append(Slot(PRACTICE, config.practice_at, config.practice_days))
    return out


def occurrence(day: date, at: time, tz: tzinfo) -> datetime:
    """The UTC instant of wall time `at` on `day`. A time skipped when the clocks go
    forward comes an hour later; a time that happens twice counts the first."""
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def in_quiet_hours(config: ReminderConfig, wall: time) -> bool:
    if not config.has_quiet_hours:
        return False
    start, end = config.quiet_from, config.quiet_until
    assert start is not None and end is not None
    if start < end:
        return start <= wall < end
    return wall >= start or wall < end  # across midnight, e.g. 22:00–08:00


def quiet_end_after(config: ReminderConfig, now: datetime, tz: tzinfo) -> datetime:
    """The first end of quiet hours after `now` (UTC)."""
    assert config.quiet_until is not None
    local = now.astimezone(tz)
    for offset in range(2):
        end = occurrence(local.date() + timedelta(days=offset), config.quiet_until, tz)
        if end > now:
            return end
    return now


def _occurrences(slot: Slot, after: date, upto: datetime,
                 tz: tzinfo) -> Iterator[tuple[date, datetime]]:
    """(day, instant) of `slot` on days after `after` with the instant at or before `upto`."""
    today = upto.astimezone(tz).date()
    day = max(after + timedelta(days=1), today - timedelta(days=LOOK_BACK_DAYS))
    while day <= today:
        if day.weekday() in slot.weekdays:
            when = occurrence(day, slot.at, tz)
            if when <= upto:
                yield day, when
        day += timedelta(days=1)


def tick(config: ReminderConfig, state: State, now: datetime,
         tz: tzinfo) -> tuple[Due | None, State]:
    """What to show at `now` (at most one notification) and the new state."""
    now = now.astimezone(UTC)
    wall = now.astimezone(tz)
    today = wall.date()
    quiet = in_quiet_hours(config, wall.time())
    active = slots(config)
    last = {s.key: state.last_day[s.key] for s in active if s.key in state.last_day}
    on_time: list[str] = []
    missed = state.pending_catch_up
    for slot in active:
        if slot.key not in last:
            # Newly chosen (or first run): start from now; nothing before counts as missed.
            last[slot.key] = _latest_day(slot, now, tz) or today - timedelta(days=1)
            continue
        if last[slot.key] > today:
            last[slot.key] = today  # the clock went back past midnight: today counts as done
        for day, when in _occurrences(slot, last[slot.key], now, tz):
            last[slot.key] = day
            if in_quiet_hours(config, when.astimezone(tz).time()):
                continue  # skipped: its time is in quiet hours
            if now - when <= ON_TIME:
                on_time.append(slot.key)
            else:
                missed = True
    new = state.with_(last_day=last, pending_catch_up=False)
    keys = [k for k in state.snooze_keys if k in last or k == CATCH_UP]
    snooze_due = state.snooze_until is not None and state.snooze_until <= now
    if snooze_due and not quiet:
        new = new.with_(snooze_until=None, snooze_keys=())
    if quiet:
        # Quiet: anything due now (a reminder just before they began) waits for their end.
        return None, new.with_(pending_catch_up=missed or bool(on_time))
    if on_time:
        return Due(REGULAR, tuple(dict.fromkeys(on_time + (keys if snooze_due else []))), now), new
    if snooze_due:
        return Due(SNOOZED, tuple(keys) or (CATCH_UP,), now), new
    if missed:
        return Due(CATCH_UP, (CATCH_UP,), now), new
    return None, new


def _latest_day(slot: Slot, now: datetime, tz: tzinfo) -> date | None:
    days = [day for day, _ in _occurrences(slot, date.min, now, tz)]
    return days[-1] if days else None


def snooze(config: ReminderConfig, state: State, due: Due, choice: str,
           now: datetime, tz: tzinfo) -> State:
    """Show `due` again later: in 15 minutes, in an hour, or tomorrow at its time.
    A later snooze replaces an earlier one; if the new time is in quiet hours it
    comes when they end."""
    now = now.astimezone(UTC)
    if choice == SNOOZE_15_MIN:
        until = now + timedelta(minutes=15)
    elif choice == SNOOZE_1_H:
        until = now + timedelta(hours=1)
    elif choice == SNOOZE_TOMORROW:
        wall = now.astimezone(tz).time().replace(second=0, microsecond=0)
        at = _slot_time(config, due.keys) or wall
        until = occurrence(now.astimezone(tz).date() + timedelta(days=1), at, tz)
    else:
        raise ValueError(f"unknown snooze {choice!r}")
    if in_quiet_hours(config, until.astimezone(tz).time()):
        until = quiet_end_after(config, until, tz)
    return state.with_(snooze_until=until, snooze_keys=due.keys)


def _slot_time(config: ReminderConfig, keys: tuple[str, ...]) -> time | None:
    by_key = {s.key: s.at for s in slots(config)}
    times = [by_key[k] for k in keys if k in by_key]
    return min(times) if times else None


def quiet_conflicts(config: ReminderConfig) -> list[Slot]:
    """Reminders whose time falls in quiet hours, and so are never shown."""
    return [s for s in slots(config.with_(enabled=True)) if in_quiet_hours(config, s.at)]


def next_check(config: ReminderConfig, state: State, now: datetime, tz: tzinfo) -> datetime | None:
    """The next instant (UTC) at which `tick` may have something to show; the caller
    still checks regularly, since a clock change can move everything."""
    now = now.astimezone(UTC)
    candidates: list[datetime] = []
    if state.snooze_until is not None:
        candidates.append(max(state.snooze_until, now))
    today = now.astimezone(tz).date()
    for slot in slots(config):
        for offset in range(8):
            day = today + timedelta(days=offset)
            if day.weekday() in slot.weekdays:
                when = occurrence(day, slot.at, tz)
                if when > now:
                    candidates.append(when)
                    break
    if state.pending_catch_up and config.has_quiet_hours:
        candidates.append(quiet_end_after(config, now, tz))
    return min(candidates) if candidates else None
