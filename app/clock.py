"""The one clock Ippo reads, so tests can move time without touching the system."""

from __future__ import annotations

from datetime import date, datetime


def now() -> datetime:
    """Local wall-clock time with its UTC offset (re-read on every call, so a
    time-zone change while Ippo runs is picked up at once)."""
    return datetime.now().astimezone()


def today() -> date:
    """The user's local civil date."""
    return now().date()
