"""The scheduler's small state in `reminders.json` beside settings.json.

It holds only dates and times (which day each reminder was last dealt with, a
snooze), nothing private, so it is readable while the database is locked. It is
kept apart from settings.json because the scheduler writes it on its own while
the window's settings may be changing.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.reminders.scheduler import State

FILE_NAME = "reminders.json"
MAX_BYTES = 16 * 1024


def state_path(root: Path) -> Path:
    return root / FILE_NAME


def to_dict(state: State) -> dict[str, Any]:
    return {
        "last_day": {k: d.isoformat() for k, d in sorted(state.last_day.items())},
        "snooze_until": (state.snooze_until.astimezone(UTC).isoformat()
                         if state.snooze_until else ""),
        "snooze_keys": list(state.snooze_keys),
        "pending_catch_up": state.pending_catch_up,
    }


def from_dict(raw: Any) -> State:
    if not isinstance(raw, dict):
        return State()
    last: dict[str, date] = {}
    days = raw.get("last_day")
    for key, value in (days.items() if isinstance(days, dict) else []):
        try:
            last[str(key)] = date.fromisoformat(value)
        except (TypeError, ValueError):
            continue
    until: datetime | None = None
    try:
        parsed = datetime.fromisoformat(raw.get("snooze_until") or "")
        until = parsed if parsed.tzinfo is not None else None
    except (TypeError, ValueError):
        until = None
    keys = raw.get("snooze_keys")
    return State(
        last_day=last,
        snooze_until=until,
        snooze_keys=tuple(k for k in keys if isinstance(k, str)) if isinstance(keys, list) else (),
        pending_catch_up=raw.get("pending_catch_up") is True,
    )


def load(path: Path) -> State:
    """The saved state; a fresh one when the file is missing or unusable (then
    nothing counts as missed: reminders simply start again from now)."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError:
        return State()
    if len(data) > MAX_BYTES:
        return State()
    try:
        return from_dict(json.loads(data.decode("utf-8")))
    except (ValueError, RecursionError):
        return State()


def save(path: Path, state: State) -> None:
    """Atomic, 0600."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(to_dict(state), fh, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
