"""Every value of an import checked with the rules the app's own forms use.

The file is first written into a scratch database in memory (see
`transfer.plan_import`); then every record is read back through the feature's
own service functions and checked by the same validation that guards its form:
diary ranges and sleep times, thought-record ratings and lengths, ladder steps
and attempts, plan lines and watchers. On top, two rules every table shares:
a date or time must be a real one, and no text may be longer than a form takes.

`first_problem` returns where the first problem is and what it is, in words
for the person; the import is then refused as a whole.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from app.diary import service as diary_service
from app.drafts import DraftKind
from app.i18n import translate
from app.ladder import attempts as ladder_attempts
from app.ladder import service as ladder_service
from app.ladder.inputs import AttemptInput, StepInput
from app.plan import service as plan_service
from app.plan.models import PlanItem
from app.practice import reasons as reasons_service
from app.practice import service as practice_service
from app.privacy.record_kinds import label_of
from app.privacy.tables import quote, user_tables
from app.text import MAX_TEXT, too_long
from app.thoughts import models as thought_models
from app.thoughts import service as thought_service
from app.thoughts import traps as thought_traps
from app.validation import FieldErrors

if TYPE_CHECKING:
    from sqlite_utils import Database

Problem = tuple[str, str]  # (where, what) — both for the person
DAY_COLUMNS = {"day"}
MOMENT_COLUMNS = {"created_at", "updated_at", "saved_at", "reached_at", "started_at",
                  "ended_at", "hidden_at", "until", "done_at"}
CLOCK_COLUMNS = {"bedtime", "waketime", "later_than"}
# A column whose name means a moment elsewhere but holds a clock time ("" = none) here.
CLOCK_IN_TABLE = {("routine_ticks", "done_at")}


def _not_readable() -> str:
    return translate("Transfer", "A date, time or value here is not one Ippo can read "
                     "(for example a month 13 or a day 45).")


def _where(table: str, key: Any) -> str:
    return f"{label_of(table)}: {key}"


def _first(errors: FieldErrors) -> str:
    return next(iter(errors.messages.values()))


def _real_day(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _real(kind: type, text: str) -> bool:
    try:
        kind.fromisoformat(text)  # type: ignore[attr-defined]
    except ValueError:
        return False
    return True


def _shared_rules(db: Database) -> Iterator[Problem]:
    """Dates, times and lengths in every table, by column name and type."""
    too_long_text = translate("Transfer", "This text is longer than Ippo keeps in one field "
                              "({n} characters).").format(n=MAX_TEXT)
    for t in user_tables(db):
        key_cols = ", ".join(quote(c) for c in t.pk) or "rowid"
        for col in t.columns:
            if col.type not in ("TEXT", "ANY", ""):
                continue
            rows = db.execute(
                f"SELECT {key_cols}, {quote(col.name)} FROM {quote(t.name)} "
                f"WHERE {quote(col.name)} IS NOT NULL").fetchall()
            for row in rows:
                key, value = ", ".join(str(k) for k in row[:-1]), row[-1]
                if not isinstance(value, str):
                    continue
                if too_long(value, MAX_TEXT):
                    yield _where(t.name, key), too_long_text
                elif (t.name, col.name) in CLOCK_IN_TABLE:
                    if value and not _real(time, value):
                        yield _where(t.name, key), _not_readable()
                elif col.name in DAY_COLUMNS and not _real_day(value):
                    yield _where(t.name, key), _not_readable()
                elif col.name in MOMENT_COLUMNS and not _real(datetime, value):
                    yield _where(t.name, key), _not_readable()
                elif col.name in CLOCK_COLUMNS and not _real(time, value):
                    yield _where(t.name, key), _not_readable()


def _guard(where: str, check: Callable[[], FieldErrors | None]) -> Iterator[Problem]:
    """Run one record's check; a value the service cannot even read is a problem too."""
    try:
        errors = check()
    except FieldErrors as raised:
        errors = raised
    except (ValueError, TypeError, KeyError, AssertionError, AttributeError, OverflowError):
        yield where, _not_readable()
        return
    if errors is not None and errors.messages:
        yield where, _first(errors)


def _diary(db: Database) -> Iterator[Problem]:
    for (day,) in db.execute("SELECT day FROM diary_entries ORDER BY day").fetchall():
        def check(day: str = day) -> None:
            entry = diary_service.get_entry(db, date.fromisoformat(day))
            assert entry is not None
            diary_service.validate(db, entry)
        yield from _guard(_where("diary_entries", day), check)
    for s in diary_service.symptoms(db):
        def check_name(s: Any = s) -> None:
            diary_service.check_symptom_name(db, s.name, except_id=s.id)
        yield from _guard(_where("diary_symptoms", s.id), check_name)


def _thoughts(db: Database) -> Iterator[Problem]:
    for (record_id,) in db.execute("SELECT id FROM thought_records ORDER BY id").fetchall():
        def check(record_id: int = record_id) -> FieldErrors:
            rec = thought_service.get(db, record_id)
            assert rec is not None
            errors = thought_service.check(rec, finish=rec.status == thought_models.DONE)
            if rec.status not in (thought_models.DONE, thought_models.DRAFT) or \
                    rec.mode not in (thought_models.GUIDED, thought_models.FORM):
                raise ValueError(rec.status)
            return errors
        yield from _guard(_where("thought_records", record_id), check)
    for row in db.execute("SELECT id, label FROM thought_custom_traps ORDER BY id").fetchall():
        def check_trap(label: str = row[1]) -> FieldErrors:
            errors = FieldErrors()
            thought_traps.check_label(errors, label)
            return errors
        yield from _guard(_where("thought_custom_traps", row[0]), check_trap)


def _ladder(db: Database) -> Iterator[Problem]:
    names = [f.name for f in dataclasses.fields(AttemptInput)]
    for (ladder_id,) in db.execute("SELECT id FROM ladders ORDER BY id").fetchall():
        def check_ladder(ladder_id: int = ladder_id) -> FieldErrors:
            errors = FieldErrors()
            ladder = ladder_service.get_ladder(db, ladder_id)
            assert ladder is not None
            ladder_service.check_goal(errors, ladder.goal)
            return errors
        yield from _guard(_where("ladders", ladder_id), check_ladder)
    for (step_id,) in db.execute("SELECT id FROM ladder_steps ORDER BY id").fetchall():
        def check_step(step_id: int = step_id) -> FieldErrors:
            errors = FieldErrors()
            s = ladder_service.get_step(db, step_id)
            assert s is not None
            ladder_service.check_step(errors, StepInput(s.title, s.target_minutes, s.predicted_suds,
                                                 s.note))
            return errors
        yield from _guard(_where("ladder_steps", step_id), check_step)
    for (attempt_id,) in db.execute("SELECT id FROM ladder_attempts ORDER BY id").fetchall():
        def check_attempt(attempt_id: int = attempt_id) -> FieldErrors:
            a = ladder_attempts.get_attempt(db, attempt_id)
            assert a is not None
            return ladder_attempts.check_attempt(AttemptInput(**{n: getattr(a, n) for n in names}))
        yield from _guard(_where("ladder_attempts", attempt_id), check_attempt)


def _plan(db: Database) -> Iterator[Problem]:
    for (version_id,) in db.execute("SELECT id FROM plan_versions ORDER BY id").fetchall():
        def check_version(version_id: int = version_id) -> None:
            sections: dict[str, list[PlanItem]] = {}
            for section, text, detail in db.execute(
                    "SELECT section, text, detail FROM plan_items WHERE version_id = ? "
                    "ORDER BY section, position", [version_id]).fetchall():
                sections.setdefault(section, []).append(PlanItem(text, detail))
            plan_service.clean_sections(sections)
            assert plan_service.plan_version(db, version_id) is not None
        yield from _guard(_where("plan_versions", version_id), check_version)
    for row in db.execute("SELECT kind, enabled, days, mood_drop, later_than "
                          "FROM plan_watchers ORDER BY kind").fetchall():
        def check_watcher(row: Any = row) -> None:
            plan_service.build_watcher(db, row[0], enabled=bool(row[1]), days=row[2],
                               mood_drop=row[3], later_than=row[4])
        yield from _guard(_where("plan_watchers", row[0]), check_watcher)
    for (kind,) in db.execute("SELECT kind FROM plan_snoozes ORDER BY kind").fetchall():
        def check_snooze(kind: str = kind) -> None:
            plan_service.build_watcher(db, kind, enabled=True)
        yield from _guard(_where("plan_snoozes", kind), check_snooze)


def _practice(db: Database) -> Iterator[Problem]:
    for row in db.execute("SELECT id, kind, minutes, suds_before, suds_after "
                          "FROM practice_log ORDER BY id").fetchall():
        def check_entry(row: Any = row) -> None:
            practice_service.check_entry(row[1], row[2], row[3], row[4])
        yield from _guard(_where("practice_log", row[0]), check_entry)
    for (version_id,) in db.execute("SELECT id FROM reasons_versions ORDER BY id").fetchall():
        def check_reasons(version_id: int = version_id) -> None:
            parts = dict(db.execute("SELECT part, text FROM reasons_items WHERE version_id = ?",
                                    [version_id]).fetchall())
            reasons_service.check_reasons(parts)
        yield from _guard(_where("reasons_versions", version_id), check_reasons)


def _drafts(db: Database) -> Iterator[Problem]:
    for kind, ref, payload in db.execute(
            "SELECT kind, ref, payload FROM drafts ORDER BY kind, ref").fetchall():
        def check_draft(kind: str = kind, ref: str = ref, payload: str = payload) -> None:
            if not isinstance(json.loads(payload), dict):
                raise ValueError(kind)
            if kind == DraftKind.DIARY and not _real_day(ref):
                raise ValueError(ref)
        yield from _guard(_where("drafts", ref), check_draft)


def problems(db: Database) -> Iterator[Problem]:
    """Every problem, shared rules first (a bad date would trip the readers)."""
    present = {t.name for t in user_tables(db)}
    yield from _shared_rules(db)
    if {"diary_entries", "diary_symptoms"} <= present:
        yield from _diary(db)
    if {"thought_records", "thought_custom_traps"} <= present:
        yield from _thoughts(db)
    if {"ladders", "ladder_steps", "ladder_attempts"} <= present:
        yield from _ladder(db)
    if {"plan_versions", "plan_items", "plan_watchers", "plan_snoozes"} <= present:
        yield from _plan(db)
    if {"practice_log", "reasons_versions", "reasons_items"} <= present:
        yield from _practice(db)
    if "drafts" in present:
        yield from _drafts(db)


def first_problem(db: Database) -> Problem | None:
    return next(problems(db), None)
