"""Loop Habit Tracker's CSV export: habits done on a day become that day's activities.

The export is a zip (or its files): `Habits.csv` (Position, Name, Question,
Description, NumRepetitions, Interval, Color) and a top-level `Checkmarks.csv`
with a Date column and one column per habit. A checkmark of 2 means the person
marked the habit done; 0 (not done), 1 (implied by the habit's frequency,
not marked), 3 (skipped) and -1 (unknown) add nothing. Numeric habits store
their amount times 1000; any amount above zero counts as done.

Routine anchors (app.routine) are a later step; for now each habit is an activity.
"""

from __future__ import annotations

from datetime import date

from app.clock import today as clock_today
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.importers.model import (
    MAX_ACTIVITY,
    Entry,
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
        habits = _habit_names(table)
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
        return Preview(kind=KIND, days=group_days(entries), issues=tuple(issues),
                       rows=len(table.rows), how=translate(
                           "Importers", "Each habit you marked as done becomes an activity in "
                           "that day's diary page. Days with nothing marked are not added."),
                       columns=table.header, encoding=table.encoding)


def _habit_names(table: Table) -> list[tuple[int, str]]:
    """(column, activity name) of every habit; names as Habits.csv spells them."""
    out = []
    for i, raw in enumerate(table.header[1:], start=1):
        name = " ".join(clean(raw).split())[:MAX_ACTIVITY].rstrip()
        if name:
            out.append((i, name))
    return out
