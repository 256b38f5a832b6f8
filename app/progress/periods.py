"""The periods Progress and the summary look at: 4 weeks, 3 or 6 months, a year, or custom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, translate

# Key -> number of days ending today (inclusive). "custom" takes its own dates.
SPANS = {"4w": 28, "3m": 91, "6m": 182, "1y": 365}
KEYS = ["4w", "3m", "6m", "1y", "custom"]
LABELS = {
    "4w": QT_TRANSLATE_NOOP("Periods", "Last 4 weeks"),
    "3m": QT_TRANSLATE_NOOP("Periods", "Last 3 months"),
    "6m": QT_TRANSLATE_NOOP("Periods", "Last 6 months"),
    "1y": QT_TRANSLATE_NOOP("Periods", "Last year"),
    "custom": QT_TRANSLATE_NOOP("Periods", "Choose dates"),
}


@dataclass(frozen=True)
class Period:
    """An inclusive range of local calendar days."""

    start: date
    end: date
    key: str = "custom"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def label(key: str) -> str:
    return translate("Periods", LABELS[key])


def last_days(days: int, end: date | None = None, key: str = "custom") -> Period:
    """The `days` days ending on `end` (today by default)."""
    last = end or clock.today()
    return Period(last - timedelta(days=max(1, days) - 1), last, key)


def preset(key: str, end: date | None = None) -> Period:
    """A named period ending today; unknown keys fall back to 4 weeks."""
    return last_days(SPANS.get(key, SPANS["4w"]), end, key if key in SPANS else "4w")


def of_weeks(weeks: int, end: date | None = None) -> Period:
    """What `ippo report --weeks N` means: the last N whole weeks up to today."""
    period = last_days(7 * max(1, weeks), end)
    for key, span in SPANS.items():
        if span == period.days:
            return Period(period.start, period.end, key)
    return period


def custom(start: date, end: date) -> Period:
    """A chosen range; the two dates may be given in either order."""
    first, last = min(start, end), max(start, end)
    return Period(first, last, "custom")
