"""Attempts of a step: log, edit, delete, read back, each checked before writing."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app import dates, drafts
from app.drafts import DraftKind
from app.errors import writes
from app.i18n import translate
from app.ladder.models import MAX_MINUTES, OUTCOMES, Attempt
from app.rows import inserted_id, query, rows_where
from app.text import clean, too_long
from app.validation import FieldErrors, check_range

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.connection import Reads
    from app.ladder.inputs import AttemptInput  # the forms' records: only their types here

ATTEMPTS, STEPS = "ladder_attempts", "ladder_steps"
_TEXT_FIELDS = ("feared_outcome", "safety_behaviours", "learned", "note")
_PERCENT_FIELDS = ("suds_before", "suds_peak", "suds_after", "feared_likelihood_before",
                   "likelihood_after")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _attempt(row: dict[str, Any]) -> Attempt:
    started = _dt(row["started_at"])
    assert started is not None
    return Attempt(
        id=row["id"], step_id=row["step_id"], started_at=started,
        ended_at=_dt(row["ended_at"]), planned_minutes=row["planned_minutes"],
        actual_minutes=row["actual_minutes"], suds_before=row["suds_before"],
        suds_peak=row["suds_peak"], suds_after=row["suds_after"],
        feared_outcome=row["feared_outcome"],
        feared_likelihood_before=row["feared_likelihood_before"],
        outcome_happened=row["outcome_happened"], likelihood_after=row["likelihood_after"],
        safety_behaviours=row["safety_behaviours"], learned=row["learned"], note=row["note"])


def check_attempt(data: AttemptInput) -> FieldErrors:
    """Every problem at once, keyed by the AttemptInput field it belongs to."""
    errors = FieldErrors()
    for name in _PERCENT_FIELDS:
        check_range(errors, name, getattr(data, name), 0, 100)
    for name in ("planned_minutes", "actual_minutes"):
        value = getattr(data, name)
        if value is not None and not 0 <= value <= MAX_MINUTES:
            errors.add(name, translate(
                "Attempts", "Please give minutes from 0 to 1440 (one day)."))
    if data.ended_at is not None:
        if data.ended_at < data.started_at:
            errors.add("ended_at", translate(
                "Attempts", "The end is before the start. Please check the two times."))
        elif data.ended_at - data.started_at > timedelta(minutes=MAX_MINUTES):
            errors.add("ended_at", translate(
                "Attempts", "This would be longer than a day. Please check the two times."))
    if data.outcome_happened not in (None, *OUTCOMES):
        errors.add("outcome_happened", translate("Attempts", "Please choose no, partly or yes."))
    for name in _TEXT_FIELDS:
        if too_long(getattr(data, name)):
            errors.add(name, translate("Attempts", "This text is too long to keep."))
    return errors


def check_new(data: AttemptInput) -> FieldErrors:
    """check_attempt, and one thing more for an attempt saved from the form: it notes
    something about how it went. (Attempts kept before this rule, or imported, stay
    valid: check_attempt alone reads them.)"""
    errors = check_attempt(data)
    if not says_something(data):
        errors.add("actual_minutes", translate(
            "Attempts", "To keep this attempt, note one thing about how it went: the minutes, "
            "a distress number, whether it happened, or a few words."))
    return errors


def says_something(data: AttemptInput) -> bool:
    """Whether an attempt notes anything about how it went (an empty one would read
    "distress – → peak – → –" and teach nothing)."""
    numbers = (data.actual_minutes, data.suds_before, data.suds_peak, data.suds_after,
               data.likelihood_after)
    words = (data.learned, data.note, data.safety_behaviours)
    return (data.ended_at is not None or data.outcome_happened is not None
            or any(n is not None for n in numbers) or any(w.strip() for w in words))


def _row(data: AttemptInput) -> dict[str, Any]:
    actual = data.actual_minutes
    if actual is None and data.ended_at is not None:
        # An end time gives the minutes; the user need not work them out.
        actual = int((data.ended_at - data.started_at).total_seconds() // 60)
    row: dict[str, Any] = {
        "started_at": data.started_at.isoformat(),
        "ended_at": data.ended_at.isoformat() if data.ended_at else None,
        "planned_minutes": data.planned_minutes, "actual_minutes": actual,
        "outcome_happened": data.outcome_happened}
    for name in _PERCENT_FIELDS:
        row[name] = getattr(data, name)
    for name in _TEXT_FIELDS:
        row[name] = clean(getattr(data, name))
    return row


def _mark_reached(db: Database, step_id: int, when: datetime) -> None:
    """A step attempted counts as reached (the earliest time wins)."""
    db.execute(f"UPDATE {STEPS} SET reached_at = ? WHERE id = ? AND "
               "(reached_at IS NULL OR reached_at > ?)",
               [when.isoformat(), step_id, when.isoformat()])


@writes
def log_attempt(db: Database, step_id: int, data: AttemptInput, *,
                draft_ref: str | None = None) -> Attempt:
    """Check and store a new attempt; with `draft_ref`, its dialog's draft goes in the
    same transaction (a crash cannot leave the draft to be logged a second time)."""
    errors = check_new(data)
    if db.table(STEPS).count_where("id = ?", [step_id]) == 0:
        errors.add("step", translate("Attempts", "This step no longer exists."))
    errors.raise_if_any()
    with db.atomic():
        attempt_id = inserted_id(db.table(ATTEMPTS).insert({"step_id": step_id, **_row(data)}))
        _mark_reached(db, step_id, data.started_at)
        if draft_ref is not None:
            discard_attempt_draft(db, draft_ref)
    found = get_attempt(db, attempt_id)
    assert found is not None
    return found


@writes
def update_attempt(db: Database, attempt_id: int, data: AttemptInput, *,
                   draft_ref: str | None = None) -> Attempt:
    """Check and store changes to an attempt; `draft_ref` as for `log_attempt`."""
    errors = check_new(data)
    before = get_attempt(db, attempt_id)
    if before is None:
        errors.add("step", translate("Attempts", "This attempt no longer exists."))
    errors.raise_if_any()
    assert before is not None
    with db.atomic():
        db.table(ATTEMPTS).update(attempt_id, _row(data))
        _mark_reached(db, before.step_id, data.started_at)
        if draft_ref is not None:
            discard_attempt_draft(db, draft_ref)
    found = get_attempt(db, attempt_id)
    assert found is not None
    return found


@writes
def delete_attempt(db: Database, attempt_id: int) -> None:
    with db.atomic():
        db.execute(f"DELETE FROM {ATTEMPTS} WHERE id = ?", [attempt_id])


def get_attempt(db: Database, attempt_id: int) -> Attempt | None:
    rows = list(db.table(ATTEMPTS).rows_where("id = ?", [attempt_id]))
    return _attempt(rows[0]) if rows else None


def attempts_for_step(db: Database, step_id: int) -> list[Attempt]:
    """Oldest first, the order the advancement rule reads them in."""
    return [_attempt(r) for r in db.table(ATTEMPTS).rows_where(
        "step_id = ?", [step_id], order_by="started_at, id")]


def attempts_for_ladder(db: Database, ladder_id: int) -> list[Attempt]:
    rows = db.query(f"SELECT a.* FROM {ATTEMPTS} a JOIN {STEPS} s ON s.id = a.step_id "
                    "WHERE s.ladder_id = ? ORDER BY a.started_at, a.id", [ladder_id])
    return [_attempt(r) for r in rows]


def attempts_between(db: Reads, start: date, end: date) -> list[Attempt]:
    """Attempts whose local start date is in start..end (both included), oldest first."""
    rows = rows_where(db, ATTEMPTS, "substr(started_at, 1, 10) BETWEEN ? AND ?",
                                   [start.isoformat(), end.isoformat()],
                                   order_by="started_at, id")
    return [_attempt(r) for r in rows]


def last_attempt(db: Reads, ladder_id: int) -> Attempt | None:
    rows = list(query(db,
        f"SELECT a.* FROM {ATTEMPTS} a JOIN {STEPS} s ON s.id = a.step_id "
        "WHERE s.ladder_id = ? ORDER BY a.started_at DESC, a.id DESC LIMIT 1", [ladder_id]))
    return _attempt(rows[0]) if rows else None


def attempt_choices(db: Database, step_id: int) -> list[tuple[int, str]]:
    """(attempt id, "date time · peak SUDS") for linking a thought record to an attempt."""
    out = []
    for a in reversed(attempts_for_step(db, step_id)):
        when = dates.date_time(a.started_at)
        if a.suds_peak is None:
            out.append((a.id, when))
        else:
            out.append((a.id, translate("Attempts", "{when} · peak {suds}").format(
                when=when, suds=a.suds_peak)))
    return out


# -- the attempt dialog's draft ------------------------------------------------------
# What the attempt dialog holds, kept while it is open, so a crash loses at most a
# few seconds. One draft per new attempt of a step and per attempt being edited.
def new_attempt_ref(step_id: int) -> str:
    """The draft of a new attempt of `step_id`."""
    return f"new:{step_id}"


def edit_attempt_ref(attempt_id: int) -> str:
    """The draft of changes to the stored attempt `attempt_id`."""
    return f"edit:{attempt_id}"


def keep_attempt_draft(db: Database, ref: str, payload: dict[str, Any]) -> None:
    """Autosave the dialog's fields exactly as typed (even if they do not check)."""
    drafts.keep(db, DraftKind.LADDER_ATTEMPT, ref, payload)


def attempt_draft(db: Database, ref: str) -> dict[str, Any] | None:
    """The fields a dialog left behind (Ippo closed while it was open), or None."""
    draft = drafts.get(db, DraftKind.LADDER_ATTEMPT, ref)
    return draft.payload if draft is not None else None


def discard_attempt_draft(db: Database, ref: str) -> None:
    drafts.discard(db, DraftKind.LADDER_ATTEMPT, ref)
