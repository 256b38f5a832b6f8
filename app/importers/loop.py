"""Loop Habit Tracker's CSV export: habits become diary activities or routine anchors.

The export is a zip (or its files): `Habits.csv` (Position, Name, Question,
Description, NumRepetitions, Interval, Color) and a top-level `Checkmarks.csv`
with a Date column and one column per habit. A checkmark of 2 means the person
marked the habit done; 0 (not done), 1 (implied by the habit's frequency,
not marked), 3 (skipped) and -1 (unknown) add nothing. Numeric habits store
their amount times 1000; any amount above zero counts as done.

The person chooses (`Options.loop_as`): each habit done on a day becomes an
activity in that day's diary page (the default), or each habit becomes a routine
anchor (every day, at `Options.anchor_at`, since Loop keeps no time of day) and
each day it was done a tick on that anchor, done at the anchor's time.
`app.importers.service` reuses an anchor of the same name and keeps ticks there.
"""

from __future__ import annotations

from datetime import date

from app.clock import today as clock_today
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.model import (
    AS_ANCHORS,
    LOOP_AS,
    MAX_ACTIVITY,
    MAX_ANCHOR,
    Entry,
    ImportedAnchor,
    ImportProblem,
    Issue,
    Options,
    Preview,
    group_days,
)
from app.importers.table import Table, date_issue
from app.text import clean

KIND = "loop"
LABEL = QT_TRANSLATE_NOOP("Importers", "Loop Habit Tracker")
DONE, AUTO, SKIP = 2, 1, 3


def _number(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


class LoopImporter:
    kind = KIND
    label = LABEL

    def detect(self, table: Table) -> bool:
        if table.header[0].strip().casefold() != "date" or len(table.header) < 2:
            return False
        if "habits.csv" in table.extra:
            return True
        sample = [cells[1:] for _line, cells in table.rows[:50]]
        values = [c for row in sample for c in row if c]
        return bool(values) and all(_number(v) is not None for v in values) \
            and any(_number(v) in (-1, DONE, SKIP) for v in values)

    def read(self, table: Table, options: Options) -> Preview:
        if table.header[0].strip().casefold() != "date":
            raise ImportProblem(translate(
                "Importers", "This file does not start with Loop's Date column."))
        if options.loop_as not in LOOP_AS:
            raise ValueError(options.loop_as)
        as_anchors = options.loop_as == AS_ANCHORS
        habits = _habit_names(table, MAX_ANCHOR if as_anchors else MAX_ACTIVITY)
        today = options.today or clock_today()
        entries: list[Entry] = []
        issues: list[Issue] = []
        for line, cells in table.rows:
            try:
                day = date.fromisoformat(cells[0])
            except ValueError:
                issues.append(Issue(line, translate(
                    "Importers", "“{value}” is not a date like 2024-05-31, so this row was "
                    "left out.").format(value=cells[0][:40])))
                continue
            if (problem := date_issue(line, day, today)) is not None:
                issues.append(problem)
                continue
            done = []
            for i, name in habits:
                value = _number(cells[i]) if i < len(cells) else None
                if value is not None and (value == DONE or value > SKIP):
                    done.append(name)
            if done:
                entries.append(Entry(line=line, day=day, activities=tuple(done)))
        if as_anchors:
            return Preview(kind=KIND, days=(), anchors=_anchors(habits, entries, options),
                           issues=tuple(issues), rows=len(table.rows), how=translate(
                               "Importers", "Each habit becomes a routine anchor for every "
                               "day, and each day you marked it as done becomes a tick on "
                               "that anchor. Loop keeps no time of day, so each tick has the "
                               "anchor's time."),
                           columns=table.header, encoding=table.encoding)
        return Preview(kind=KIND, days=group_days(entries), issues=tuple(issues),
                       rows=len(table.rows), how=translate(
                           "Importers", "Each habit you marked as done becomes an activity in "
                           "that day's diary page. Days with nothing marked are not added."),
                       columns=table.header, encoding=table.encoding)


def _anchors(habits: list[tuple[int, str]], entries: list[Entry],
             options: Options) -> tuple[ImportedAnchor, ...]:
    """One anchor per habit name (the same name twice: one anchor), with its done days."""
    at = options.anchor_at.replace(second=0, microsecond=0, tzinfo=None)
    days: dict[str, tuple[str, set[date]]] = {}
    for _i, name in habits:
        days.setdefault(name.casefold(), (name, set()))
    for entry in entries:
        for name in entry.activities:
            days[name.casefold()][1].add(entry.day)
    return tuple(ImportedAnchor(name, at, tuple(sorted(done)))
                 for name, done in days.values())


def _habit_names(table: Table, longest: int = MAX_ACTIVITY) -> list[tuple[int, str]]:
    """(column, activity name) of every habit; names as Habits.csv spells them."""
    out = []
    for i, raw in enumerate(table.header[1:], start=1):
        name = " ".join(clean(raw).split())[:longest].rstrip()
        if name:
            out.append((i, name))
    return out
