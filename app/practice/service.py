"""Practice services: the log, my own rehearsal lines, a rehearsal as a ladder step and
the page's choices (my reasons are in app/practice/reasons.py). The only code on the
practice tables."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app import clock
from app.errors import writes
from app.i18n import translate
from app.ladder import service as ladder_service
from app.ladder.inputs import StepInput
from app.ladder.models import Step
from app.practice.models import KINDS, Exercise, PracticeEntry, WeekPractice
from app.rows import inserted_id
from app.text import clean, too_long
from app.validation import FieldErrors, check_range

if TYPE_CHECKING:
    from sqlite_utils import Database


LOG, LINES, PREFS = "practice_log", "practice_lines", "practice_prefs"
MAX_LINE = 500
MAX_LOG_MINUTES = 240


# -- the log -------------------------------------------------------------------
@writes
def log_practice(db: Database, exercise: str, kind: str, minutes: int,
                 suds_before: int | None = None, suds_after: int | None = None,
                 done_at: datetime | None = None) -> PracticeEntry:
    """Note one exercise done; FieldErrors keyed "minutes", "suds_before", "suds_after"."""
    check_entry(kind, minutes, suds_before, suds_after)
    when = done_at or clock.now()
    with db.atomic():
        new_id = inserted_id(db.table(LOG).insert({
            "done_at": when.isoformat(), "day": when.date().isoformat(), "exercise": exercise,
            "kind": kind, "minutes": int(minutes), "suds_before": suds_before,
            "suds_after": suds_after}))
    return PracticeEntry(new_id, when, when.date(), exercise, kind, int(minutes), suds_before,
                         suds_after)


def check_entry(kind: str, minutes: int, suds_before: int | None,
                suds_after: int | None) -> None:
    """The rules for one noted exercise (the form's, and an import's)."""
    errors = FieldErrors()
    if kind not in KINDS:
        errors.add("kind", translate("PracticeService", "This kind of exercise is not known."))
    check_range(errors, "minutes", minutes, 1, MAX_LOG_MINUTES)
    check_range(errors, "suds_before", suds_before, 0, 100)
    check_range(errors, "suds_after", suds_after, 0, 100)
    errors.raise_if_any()


def _entry(row: dict[str, Any]) -> PracticeEntry:
    return PracticeEntry(row["id"], datetime.fromisoformat(row["done_at"]),
                         date.fromisoformat(row["day"]), row["exercise"], row["kind"],
                         row["minutes"], row["suds_before"], row["suds_after"])


def practice_between(db: Database, start: date, end: date) -> list[PracticeEntry]:
    """Exercises done on local days start..end, oldest first."""
    rows = db.table(LOG).rows_where("day >= ? AND day <= ?", [start.isoformat(), end.isoformat()],
                                    order_by="done_at, id")
    return [_entry(r) for r in rows]


def by_week(entries: list[PracticeEntry], start: date, end: date) -> list[WeekPractice]:
    """Every week of start..end, counted back from `end` (the first may be shorter):
    minutes and times. A week with no practice has minutes None, so a chart leaves
    a gap instead of drawing a zero. Together the weeks hold every entry of the period."""
    if end < start:
        return []
    blocks: list[tuple[date, date]] = []
    last = end
    while last >= start:
        first = max(start, last - timedelta(days=6))
        blocks.append((first, last))
        last = first - timedelta(days=1)
    out = []
    for first, last in reversed(blocks):
        inside = [e for e in entries if first <= e.day <= last]
        out.append(WeekPractice(first, sum(e.minutes for e in inside) if inside else None,
                                len(inside), (last - first).days + 1))
    return out


def practice_by_week(db: Database, start: date, end: date) -> list[WeekPractice]:
    return by_week(practice_between(db, start, end), start, end)


# -- my own lines ----------------------------------------------------------------
def own_lines(db: Database, exercise: str) -> dict[int, str]:
    """Line number -> my own words, for one rehearsal."""
    return {r["position"]: r["text"]
            for r in db.table(LINES).rows_where("exercise = ?", [exercise])}


@writes
def save_own_lines(db: Database, exercise: str, lines: dict[int, str]) -> None:
    """Keep my words for each line (a blank line removes mine); all or nothing."""
    errors = FieldErrors()
    cleaned = {pos: clean(text).strip() for pos, text in lines.items()}
    for pos, text in cleaned.items():
        if too_long(text, MAX_LINE):
            errors.add(f"line{pos}", translate(
                "PracticeService", "Please keep each line shorter than {n} characters."
            ).format(n=MAX_LINE))
    errors.raise_if_any()
    stamp = clock.now().isoformat()
    with db.atomic():
        for pos, text in cleaned.items():
            if text:
                db.table(LINES).upsert({"exercise": exercise, "position": pos, "text": text,
                                        "updated_at": stamp}, pk=("exercise", "position"))
            else:
                db.execute(f"DELETE FROM {LINES} WHERE exercise = ? AND position = ?",
                           [exercise, pos])


# -- a rehearsal becomes a ladder step --------------------------------------------------
def ladder_choices(db: Database) -> list[tuple[int, str]]:
    """(ladder id, goal) for every open ladder, the current one first."""
    current = ladder_service.current_ladder(db)
    ladders = ladder_service.list_ladders(db)
    ladders.sort(key=lambda lad: (current is None or lad.id != current.id))
    return [(lad.id, lad.goal) for lad in ladders]


def rehearsal_to_step(db: Database, exercise: Exercise, ladder_id: int) -> Step:
    """Add the rehearsal's real-life step to a ladder, where its expected distress puts
    it (through the ladder service, which checks and orders it)."""
    if not exercise.step:
        raise FieldErrors({"step": translate("PracticeService",
                                             "This exercise has no step to add.")})
    if ladder_service.get_ladder(db, ladder_id) is None:
        raise FieldErrors({"ladder": translate("PracticeService",
                                               "This ladder is no longer here.")})
    return ladder_service.add_step_in_order(
        db, ladder_id, StepInput(title=exercise.step, predicted_suds=exercise.predicted_suds))


# -- choices on the page ---------------------------------------------------------
def prefs(db: Database) -> dict[str, str]:
    return {r["key"]: r["value"] for r in db.table(PREFS).rows}


@writes
def set_pref(db: Database, key: str, value: str) -> None:
    with db.atomic():
        db.table(PREFS).upsert({"key": key, "value": value}, pk="key")
