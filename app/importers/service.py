"""Putting a preview beside the live diary, and writing it: all or nothing.

`plan` only reads: which days are new, which are already in the diary (a
duplicate: typed in Ippo, or brought in earlier from this or another app).
`apply` writes every day in one transaction after checking each one, so any
problem leaves the live data exactly as it was. For a duplicate the person
chooses: keep mine (the day stays as it is), take theirs (the file's values
replace those it has; what the file does not know, such as symptom ratings,
stays), or keep both (Ippo keeps one page a day, so both notes are kept one
after the other, activities from both, and mine wins where both have a number).

Loop habits brought in as routine anchors (`Preview.anchors`) go through
`app.routine.service`: an anchor of the same name is reused, ticks already there
are kept, and the routine's limit of anchors a day is checked in `plan` (its
`problem`, shown on the preview) and again before the write, in the same
transaction as everything else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from app import clock, dates
from app.backup import backup_and_thin
from app.connection import DB_ERRORS, Store
from app.diary import service as diary
from app.diary.models import Activity, DiaryEntry
from app.i18n import translate
from app.importers.model import ImportedDay, ImportProblem, Preview
from app.routine import service as routine
from app.storefile import classify
from app.validation import FieldErrors

if TYPE_CHECKING:
    from sqlite_utils import Database

SOURCES = "diary_import_sources"
OWN = "ippo"  # a day typed in Ippo
KEEP_MINE, TAKE_THEIRS, KEEP_BOTH = "mine", "theirs", "both"
CHOICES = (KEEP_MINE, TAKE_THEIRS, KEEP_BOTH)
FIELDS = ("mood", "anxiety", "bedtime", "waketime", "minutes_outside")


@dataclass(frozen=True)
class Duplicate:
    day: date
    source: str  # OWN, or the kind of the import that brought the day in
    same: bool  # the diary already holds exactly what the file has for this day


@dataclass(frozen=True)
class Plan:
    preview: Preview
    new: tuple[date, ...]
    duplicates: tuple[Duplicate, ...]
    anchors: routine.BringIn | None = None  # Loop as anchors: what would be added
    problem: str = ""  # translated: why this cannot be brought in as it is (anchors)

    @property
    def changes(self) -> tuple[Duplicate, ...]:
        """Duplicates whose content differs: these need the person's choice."""
        return tuple(d for d in self.duplicates if not d.same)


@dataclass(frozen=True)
class ImportResult:
    added: int
    replaced: int
    combined: int
    kept: int  # days left as they were (keep mine, or already the same)
    anchors_added: int = 0
    ticks_added: int = 0
    as_anchors: bool = False  # the file became routine anchors, not diary days

    def user_message(self) -> str:
        added, replaced, combined, kept = self.added, self.replaced, self.combined, self.kept
        parts = [] if self.as_anchors else [
            translate("Importers", "Days added to your diary: %n.", None, added)]
        if self.as_anchors:
            parts.append(translate("Importers", "Routine anchors added: %n.", None,
                                   self.anchors_added))
            parts.append(translate("Importers", "Days ticked on your anchors: %n.", None,
                                   self.ticks_added))
        if replaced:
            parts.append(translate(
                "Importers", "Days that now hold the file’s values: %n.", None, replaced))
        if combined:
            parts.append(translate(
                "Importers", "Days that keep both yours and the file’s: %n.", None, combined))
        if kept:
            parts.append(translate("Importers", "Days that stayed as they were: %n.", None, kept))
        return " ".join(parts)


def sources(db: Database, days: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(days), 500):
        chunk = days[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(
            f"SELECT day, source FROM {SOURCES} WHERE day IN ({marks})", chunk).fetchall())
    return found


def plan(db: Database | None, preview: Preview) -> Plan:
    """What importing `preview` would do; reads only. `db` None: no data yet."""
    anchors, problem = _anchors(db, preview)
    if db is None or not preview.days:
        return Plan(preview, tuple(d.day for d in preview.days), (), anchors, problem)
    first, last = preview.days[0].day, preview.days[-1].day
    existing = {e.day: e for e in diary.entries_between(db, first, last)}
    where = sources(db, [d.isoformat() for d in existing])
    new, duplicates = [], []
    for day in preview.days:
        mine = existing.get(day.day)
        if mine is None:
            new.append(day.day)
            continue
        same = _theirs(mine, day) == mine
        duplicates.append(Duplicate(day.day, where.get(day.day.isoformat(), OWN), same))
    return Plan(preview, tuple(new), tuple(duplicates), anchors, problem)


def _bring_in(preview: Preview) -> list[tuple[str, time, tuple[date, ...]]]:
    return [(a.name, a.at, a.days) for a in preview.anchors]


def _anchors(db: Database | None, preview: Preview) -> tuple[routine.BringIn | None, str]:
    """What the preview's anchors would add, or why they cannot be (translated)."""
    if not preview.anchors:
        return None, ""
    try:
        return routine.plan_bring_in(db, _bring_in(preview)), ""
    except FieldErrors as errors:
        return None, translate(
            "Importers", "The habits do not fit your routine as anchors, so nothing would be "
            "brought in: {reason}").format(reason=" ".join(errors.messages.values()))


def apply(db: Database, preview: Preview, choice: str = KEEP_MINE,
          per_day: Mapping[date, str] | None = None) -> ImportResult:
    """Write the preview's days in one transaction; ImportProblem and nothing changed
    if any day does not fit. `choice` is for duplicates, `per_day` overrides it."""
    entries, result = prepare(db, preview, choice, per_day)
    _write(db, preview, entries)
    return result


def import_into(store: Store, preview: Preview, choice: str = KEEP_MINE,
                per_day: Mapping[date, str] | None = None) -> ImportResult:
    """As `apply`, with a verified backup first (only when something will change).

    Raises ImportProblem or StoreProblem (the backup failed); nothing changed."""
    entries, result = prepare(store.db, preview, choice, per_day)
    if entries or result.anchors_added or result.ticks_added:
        backup_and_thin(store, "import")
        _write(store.db, preview, entries)
    return result


def prepare(db: Database, preview: Preview, choice: str = KEEP_MINE,
            per_day: Mapping[date, str] | None = None
            ) -> tuple[list[DiaryEntry], ImportResult]:
    """Every diary day to write, each checked; reads only."""
    if choice not in CHOICES:
        raise ValueError(choice)
    if not preview.ready:
        raise ImportProblem(translate(
            "Importers", "Please choose a mood for every mood name in the file first.")
            if preview.unmapped else translate("Importers", "There is nothing in this file to "
                                               "bring in."))
    the_plan = plan(db, preview)
    if the_plan.problem:
        raise ImportProblem(the_plan.problem)
    duplicates = {d.day: d for d in the_plan.duplicates}
    existing = {e.day: e for e in diary.entries_between(
        db, preview.days[0].day, preview.days[-1].day)} if preview.days else {}
    entries: list[DiaryEntry] = []
    added = replaced = combined = kept = 0
    for day in preview.days:
        mine = existing.get(day.day)
        if mine is None:
            entries.append(_theirs(DiaryEntry(day=day.day), day))
            added += 1
            continue
        how = (per_day or {}).get(day.day, choice)
        if duplicates[day.day].same or how == KEEP_MINE:
            kept += 1
        elif how == TAKE_THEIRS:
            entries.append(_theirs(mine, day))
            replaced += 1
        else:
            entries.append(_both(mine, day))
            combined += 1
    known = {s.id for s in diary.symptoms(db, include_retired=True)}
    for entry in entries:
        try:
            diary.validate(db, entry, known_symptoms=known)
        except FieldErrors as errors:
            raise ImportProblem(translate(
                "Importers", "The day {date} does not fit Ippo’s diary, so nothing was brought "
                "in: {reason}").format(date=dates.short_date(entry.day),
                                        reason=" ".join(errors.messages.values()))) from None
    bring = the_plan.anchors
    return entries, ImportResult(
        added, replaced, combined, kept,
        anchors_added=len(bring.new) if bring else 0, ticks_added=bring.ticks if bring else 0,
        as_anchors=bool(preview.anchors))


def _write(db: Database, preview: Preview, entries: list[DiaryEntry]) -> None:
    stamp = clock.now().isoformat()
    try:
        with db.atomic():
            diary.save_entries(db, entries)
            db.table(SOURCES).upsert_all(
                [{"day": e.day.isoformat(), "source": preview.kind, "imported_at": stamp}
                 for e in entries], pk="day")
            if preview.anchors:
                routine.bring_in(db, _bring_in(preview))
    except FieldErrors as errors:
        raise ImportProblem(translate(
            "Importers", "One of the days does not fit Ippo’s diary, so nothing was brought "
            "in: {reason}").format(reason=" ".join(errors.messages.values()))) from None
    except DB_ERRORS as exc:
        raise classify(exc, _path(db)) from None


def _path(db: Database) -> Path:
    try:
        return Path(db.execute("PRAGMA database_list").fetchone()[2])
    except DB_ERRORS:
        return Path()


def _theirs(mine: DiaryEntry, day: ImportedDay) -> DiaryEntry:
    changes: dict[str, object] = {f: getattr(day, f) for f in FIELDS
                                  if getattr(day, f) is not None}
    if day.bedtime is None or day.waketime is None:
        changes.pop("bedtime", None)
        changes.pop("waketime", None)
    if day.note:
        changes["note"] = day.note
    if day.activities:
        changes["activities"] = tuple(Activity(a) for a in day.activities)
    return replace(mine, **changes)  # type: ignore[arg-type]


def _both(mine: DiaryEntry, day: ImportedDay) -> DiaryEntry:
    changes: dict[str, object] = {f: getattr(day, f) for f in FIELDS
                                  if getattr(mine, f) is None and getattr(day, f) is not None}
    if mine.bedtime is not None or mine.waketime is not None or day.bedtime is None:
        changes.pop("bedtime", None)
        changes.pop("waketime", None)
    if day.note and day.note.strip() not in mine.note:
        changes["note"] = f"{mine.note}\n\n{day.note}" if mine.note.strip() else day.note
    have = {a.tag for a in mine.activities}
    extra = tuple(Activity(a) for a in day.activities if a not in have)
    if extra:
        changes["activities"] = mine.activities + extra
    return replace(mine, **changes)  # type: ignore[arg-type]
