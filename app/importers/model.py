"""What every importer hands back: the days it would add, and what it left out and why.

An importer never writes. It turns a file into a `Preview`: the diary days as
Ippo would store them, one per civil date, plus `Issue`s that name each line it
refused or each value it left out. `app.importers.service` then puts a preview
beside the live data (duplicates) and writes it in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time

from app.i18n import translate
from app.importers.choices import ANCHOR_AT as ANCHOR_AT
from app.importers.choices import AS_ACTIVITIES as AS_ACTIVITIES
from app.importers.choices import AS_ANCHORS as AS_ANCHORS
from app.importers.choices import LOOP_AS as LOOP_AS

CONTEXT = "Importers"
MAX_ACTIVITY = 80  # as app.diary.service.MAX_NAME
MAX_ANCHOR = 80  # as app.routine.service.MAX_NAME


class ImportProblem(Exception):
    """Why a whole file cannot be imported; nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__("import refused")
        self.message = message  # translated, shown as it is

    def user_message(self) -> str:
        return self.message


@dataclass(frozen=True)
class Issue:
    """One line of the file (0: the file as a whole) and what happened to it."""

    line: int
    message: str  # translated

    def text(self) -> str:
        if self.line <= 0:
            return self.message
        return translate("Importers", "Line {line}: {message}").format(
            line=self.line, message=self.message)


@dataclass(frozen=True)
class Options:
    """The person's choices on the preview screen (or on the command line).

    mood_map: Daylio mood label → Ippo mood 0–10 (None: leave the mood out).
    columns: generic CSV, Ippo field → column name (see generic.FIELDS).
    scales: field → (low, high) of the file's scale, mapped onto 0–10.
    date_format: generic CSV, one of generic.DATE_FORMATS.
    loop_as: Loop, what habits become: AS_ACTIVITIES (diary activities) or AS_ANCHORS
    (routine anchors, each day marked done a tick), anchor_at the anchors' time.
    """

    mood_map: Mapping[str, int | None] = field(default_factory=dict)
    columns: Mapping[str, str] = field(default_factory=dict)
    scales: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    date_format: str | None = None
    loop_as: str = AS_ACTIVITIES
    anchor_at: time = ANCHOR_AT
    today: date | None = None  # tests; otherwise the clock's date


@dataclass(frozen=True)
class Entry:
    """One row of a file, already mapped to Ippo's fields (several may share a day)."""

    line: int
    day: date
    order: str = ""  # sorts entries within a day (Daylio's time of day)
    mood: float | None = None
    anxiety: float | None = None
    bedtime: time | None = None
    waketime: time | None = None
    minutes_outside: int | None = None
    note: str = ""
    activities: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportedDay:
    """One diary day as Ippo will store it."""

    day: date
    mood: int | None = None
    anxiety: int | None = None
    bedtime: time | None = None
    waketime: time | None = None
    minutes_outside: int | None = None
    note: str = ""
    activities: tuple[str, ...] = ()
    entries: int = 1  # rows of the file that became this day


@dataclass(frozen=True)
class ImportedAnchor:
    """A habit as a routine anchor (every day at `at`) and the days it was done."""

    name: str
    at: time
    days: tuple[date, ...]


@dataclass(frozen=True)
class Preview:
    kind: str
    days: tuple[ImportedDay, ...]
    issues: tuple[Issue, ...] = ()
    rows: int = 0  # data rows read
    how: str = ""  # translated: how rows became days
    labels: tuple[str, ...] = ()  # Daylio: every mood label in the file, most used first
    unmapped: tuple[str, ...] = ()  # Daylio: labels still without an Ippo mood
    columns: tuple[str, ...] = ()  # the file's column names
    date_formats: tuple[str, ...] = ()  # generic: formats that fit every date
    date_format: str = ""  # generic: the one used
    chosen: tuple[tuple[str, str], ...] = ()  # generic: (Ippo field, column) used
    scales: tuple[tuple[str, float, float], ...] = ()  # generic: (field, low, high) used
    encoding: str = "utf-8"
    anchors: tuple[ImportedAnchor, ...] = ()  # Loop as anchors: instead of diary days

    @property
    def ready(self) -> bool:
        """True when the person has made every choice the import needs."""
        return not self.unmapped and bool(self.days or self.anchors)


def combine(day: date, entries: Iterable[Entry]) -> ImportedDay:
    """Several rows of one day as one diary day.

    Mood and anxiety: the mean, rounded; sleep: the first row that has it;
    minutes outside: the sum (at most a day); notes: joined in order, a blank
    line between; activities: each once, in the order they first appear.
    """
    rows = sorted(entries, key=lambda e: (e.order, e.line))
    moods = [e.mood for e in rows if e.mood is not None]
    fears = [e.anxiety for e in rows if e.anxiety is not None]
    sleep = next((e for e in rows if e.bedtime is not None and e.waketime is not None), None)
    minutes = [e.minutes_outside for e in rows if e.minutes_outside is not None]
    activities: dict[str, None] = {}
    for e in rows:
        for a in e.activities:
            activities.setdefault(a, None)
    return ImportedDay(
        day=day,
        mood=_mean(moods), anxiety=_mean(fears),
        bedtime=sleep.bedtime if sleep else None, waketime=sleep.waketime if sleep else None,
        minutes_outside=min(sum(minutes), 1440) if minutes else None,
        note="\n\n".join(e.note for e in rows if e.note.strip()),
        activities=tuple(activities), entries=len(rows))


def _mean(values: list[float]) -> int | None:
    if not values:
        return None
    return max(0, min(10, int(sum(values) / len(values) + 0.5)))


def group_days(entries: Iterable[Entry]) -> tuple[ImportedDay, ...]:
    by_day: dict[date, list[Entry]] = {}
    for e in entries:
        by_day.setdefault(e.day, []).append(e)
    return tuple(combine(d, by_day[d]) for d in sorted(by_day))


def how_rows_become_days() -> str:
    return translate(
        "Importers", "Ippo keeps one diary page per day. When the file has several entries on "
        "one day, they become one page: the mood is their average, the notes are joined "
        "in order, and each activity is listed once.")
