"""Ladder services: ladders and their ordered steps, the current step, choices for
other features. The only code (with attempts.py) that knows the ladder tables;
attempts live next door and are re-exported here, and the rules on the records
(readiness, steps reached, minutes per week) are in progress.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app import clock
from app.errors import writes
from app.i18n import translate
from app.ladder.attempts import (  # noqa: F401 - part of this module's public API
    attempt_choices,
    attempt_draft,
    attempts_between,
    attempts_for_step,
    check_attempt,
    check_new,
    delete_attempt,
    discard_attempt_draft,
    edit_attempt_ref,
    keep_attempt_draft,
    last_attempt,
    log_attempt,
    new_attempt_ref,
    update_attempt,
)
from app.ladder.models import MAX_MINUTES, Ladder, Step
from app.rows import inserted_id, query, rows_where
from app.text import clean, too_long
from app.validation import FieldErrors, check_range, check_required

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.connection import Reads
    from app.ladder.inputs import StepInput  # the forms' records: only their types here

LADDERS, STEPS = "ladders", "ladder_steps"


# -- reading -------------------------------------------------------------------
def _ladder(row: dict[str, Any]) -> Ladder:
    return Ladder(row["id"], row["goal"], row["template"],
                  datetime.fromisoformat(row["created_at"]), bool(row["archived"]),
                  bool(row["is_current"]), row["current_step_id"])


# A step counts as reached only once it was practised: its `reached_at` is the start
# of its earliest attempt, read from the attempts themselves (older versions also
# stamped a step moved to or skipped, which the stored column may still hold).
_STEP_SQL = (f"SELECT s.*, (SELECT min(a.started_at) FROM ladder_attempts a "
             f"WHERE a.step_id = s.id) AS practised_at FROM {STEPS} s")


def _step(row: dict[str, Any]) -> Step:
    reached = row["practised_at"]
    return Step(row["id"], row["ladder_id"], row["position"], row["title"],
                row["target_minutes"], row["predicted_suds"], row["note"],
                datetime.fromisoformat(reached) if reached else None, bool(row["acknowledged"]))


def list_ladders(db: Database, include_archived: bool = False) -> list[Ladder]:
    where = None if include_archived else "archived = 0"
    return [_ladder(r) for r in db.table(LADDERS).rows_where(where, order_by="archived, id")]


def get_ladder(db: Reads, ladder_id: int) -> Ladder | None:
    rows = list(rows_where(db, LADDERS, "id = ?", [ladder_id]))
    return _ladder(rows[0]) if rows else None


def current_ladder(db: Reads) -> Ladder | None:
    """The ladder shown on Today: the one marked current, else the newest open one."""
    rows = list(rows_where(db, LADDERS, "archived = 0", order_by="is_current DESC, id DESC",
                                       limit=1))
    return _ladder(rows[0]) if rows else None


def steps(db: Reads, ladder_id: int) -> list[Step]:
    return [_step(r) for r in query(db,
        f"{_STEP_SQL} WHERE s.ladder_id = ? ORDER BY s.position, s.id", [ladder_id])]


def get_step(db: Database, step_id: int) -> Step | None:
    rows = list(db.query(f"{_STEP_SQL} WHERE s.id = ?", [step_id]))
    return _step(rows[0]) if rows else None


def current_step(db: Reads, ladder_id: int) -> Step | None:
    """The step the user is working on; the first step until one is chosen."""
    ladder = get_ladder(db, ladder_id)
    all_steps = steps(db, ladder_id)
    if ladder is None or not all_steps:
        return None
    chosen = [s for s in all_steps if s.id == ladder.current_step_id]
    return chosen[0] if chosen else all_steps[0]


def step_choices(db: Database) -> list[tuple[int, str]]:
    """(step id, "ladder goal › step title") for every step of every open ladder."""
    rows = db.query(
        f"SELECT s.id, l.goal, s.title FROM {STEPS} s JOIN {LADDERS} l ON l.id = s.ladder_id "
        "WHERE l.archived = 0 ORDER BY l.is_current DESC, l.id, s.position, s.id")
    return [(r["id"], f"{r['goal']} › {r['title']}") for r in rows]


# -- checking ------------------------------------------------------------------
def check_goal(errors: FieldErrors, goal: str) -> None:
    check_required(errors, "goal", goal)
    if too_long(goal, 500):
        errors.add("goal", translate("Ladder", "Please keep the goal to a sentence or two."))


def check_step(errors: FieldErrors, step: StepInput, prefix: str = "") -> None:
    """Field names are `title`, `target_minutes`, ... (with `prefix` for lists)."""
    check_required(errors, prefix + "title", step.title)
    if too_long(step.title, 500):
        errors.add(prefix + "title", translate("Ladder", "Please keep the title short."))
    check_range(errors, prefix + "target_minutes", step.target_minutes, 1, MAX_MINUTES)
    check_range(errors, prefix + "predicted_suds", step.predicted_suds, 0, 100)
    if too_long(step.note):
        errors.add(prefix + "note", translate("Ladder", "This note is too long to keep."))


def _step_row(step: StepInput) -> dict[str, Any]:
    return {"title": clean(step.title).strip(), "target_minutes": step.target_minutes,
            "predicted_suds": step.predicted_suds, "note": clean(step.note)}


# -- ladders -------------------------------------------------------------------
@writes
def create_ladder(db: Database, goal: str, new_steps: Sequence[StepInput] = (),
                  template: str = "") -> Ladder:
    """A new ladder with its steps, all or nothing. The first ladder becomes current."""
    errors = FieldErrors()
    check_goal(errors, goal)
    for i, step in enumerate(new_steps):
        check_step(errors, step, prefix=f"steps.{i}.")
    errors.raise_if_any()
    with db.atomic():
        has_current = db.table(LADDERS).count_where("is_current = 1 AND archived = 0") > 0
        ladder_id = inserted_id(db.table(LADDERS).insert({
            "goal": clean(goal).strip(), "template": template,
            "created_at": clock.now().isoformat(), "archived": 0,
            "is_current": 0 if has_current else 1, "current_step_id": None}))
        db.table(STEPS).insert_all(
            [{"ladder_id": ladder_id, "position": i, **_step_row(s)}
             for i, s in enumerate(new_steps)])
    ladder = get_ladder(db, ladder_id)
    assert ladder is not None
    return ladder


@writes
def rename_ladder(db: Database, ladder_id: int, goal: str) -> None:
    errors = FieldErrors()
    check_goal(errors, goal)
    errors.raise_if_any()
    with db.atomic():
        db.table(LADDERS).update(ladder_id, {"goal": clean(goal).strip()})


@writes
def set_current_ladder(db: Database, ladder_id: int) -> None:
    with db.atomic():
        db.execute(f"UPDATE {LADDERS} SET is_current = (id = ?)", [ladder_id])
        db.table(LADDERS).update(ladder_id, {"archived": 0})


@writes
def archive_ladder(db: Database, ladder_id: int, archived: bool = True) -> None:
    """Archived ladders keep their history but leave Today and the choices."""
    with db.atomic():
        db.table(LADDERS).update(ladder_id, {"archived": int(archived),
                                       **({"is_current": 0} if archived else {})})


@writes
def delete_ladder(db: Database, ladder_id: int) -> None:
    """Removes the ladder with its steps and attempts (the page asks first)."""
    with db.atomic():
        db.execute(f"DELETE FROM {LADDERS} WHERE id = ?", [ladder_id])


# -- steps ---------------------------------------------------------------------
@writes
def add_step(db: Database, ladder_id: int, step: StepInput, position: int | None = None) -> Step:
    """Adds a step at `position` (default: the end, as the hardest)."""
    errors = FieldErrors()
    check_step(errors, step)
    errors.raise_if_any()
    with db.atomic():
        ids = [s.id for s in steps(db, ladder_id)]
        where = len(ids) if position is None else max(0, min(position, len(ids)))
        step_id = inserted_id(db.table(STEPS).insert({"ladder_id": ladder_id, "position": where,
                                        **_step_row(step)}))
        ids.insert(where, step_id)
        _write_order(db, ids)
    found = get_step(db, step_id)
    assert found is not None
    return found


@writes
def add_step_in_order(db: Database, ladder_id: int, step: StepInput) -> Step:
    """Adds a step where its predicted distress puts it, easiest first: before the first
    step expected to be harder (a step with distress 40 goes before the 80). Without a
    prediction it goes at the end, as before."""
    return add_step(db, ladder_id, step, position_for_distress(db, ladder_id,
                                                                step.predicted_suds))


def position_for_distress(db: Database, ladder_id: int, predicted: int | None) -> int | None:
    """Where a step with this predicted distress belongs (None: at the end)."""
    if predicted is None:
        return None
    for index, existing in enumerate(steps(db, ladder_id)):
        if existing.predicted_suds is not None and existing.predicted_suds > predicted:
            return index
    return None


@writes
def update_step(db: Database, step_id: int, step: StepInput) -> None:
    errors = FieldErrors()
    check_step(errors, step)
    errors.raise_if_any()
    with db.atomic():
        db.table(STEPS).update(step_id, _step_row(step))


@writes
def delete_step(db: Database, step_id: int) -> None:
    found = get_step(db, step_id)
    if found is None:
        return
    with db.atomic():
        db.execute(f"DELETE FROM {STEPS} WHERE id = ?", [step_id])
        db.execute(f"UPDATE {LADDERS} SET current_step_id = NULL WHERE current_step_id = ?",
                   [step_id])
        _write_order(db, [s.id for s in steps(db, found.ladder_id)])


@writes
def reorder_steps(db: Database, ladder_id: int, ordered_ids: Sequence[int]) -> None:
    """Puts the ladder's steps in this order (easiest first); ids must match exactly."""
    if sorted(ordered_ids) != sorted(s.id for s in steps(db, ladder_id)):
        raise ValueError("the new order must hold each step of the ladder once")
    with db.atomic():
        _write_order(db, list(ordered_ids))


@writes
def move_step(db: Database, step_id: int, delta: int) -> None:
    """Moves a step up (-1) or down (+1) the ladder; stops at either end."""
    found = get_step(db, step_id)
    if found is None:
        return
    ids = [s.id for s in steps(db, found.ladder_id)]
    i = ids.index(step_id)
    j = max(0, min(len(ids) - 1, i + delta))
    ids.insert(j, ids.pop(i))
    with db.atomic():
        _write_order(db, ids)


def _write_order(db: Database, ids: list[int]) -> None:
    db.conn.executemany(f"UPDATE {STEPS} SET position = ? WHERE id = ?",
                   [(i, step_id) for i, step_id in enumerate(ids)])


# -- moving along the ladder -----------------------------------------------------
@writes
def set_current_step(db: Database, ladder_id: int, step_id: int) -> bool:
    """Makes `step_id` the step being worked on. It does not count as reached
    until it is practised (an attempt is logged). True when its warm word has
    not been shown yet."""
    found = get_step(db, step_id)
    if found is None or found.ladder_id != ladder_id:
        raise ValueError("that step is not on this ladder")
    with db.atomic():
        db.table(LADDERS).update(ladder_id, {"current_step_id": step_id})
    return not found.acknowledged


@writes
def move_current(db: Database, ladder_id: int, delta: int) -> Step | None:
    """Next (+1: accept or skip) or previous (-1: go back) step; None at either end."""
    here = current_step(db, ladder_id)
    all_steps = steps(db, ladder_id)
    if here is None:
        return None
    i = [s.id for s in all_steps].index(here.id) + delta
    if not 0 <= i < len(all_steps):
        return None
    set_current_step(db, ladder_id, all_steps[i].id)
    return get_step(db, all_steps[i].id)


@writes
def acknowledge_step(db: Database, step_id: int) -> None:
    """The warm word for first practising this step has been shown; never again."""
    with db.atomic():
        db.table(STEPS).update(step_id, {"acknowledged": 1})
