"""Diary storage: the only code that knows the diary tables. Validates before writing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from app import clock, drafts
from app.diary.form import entry_from_form, form_from_entry, merge_forms
from app.diary.models import (
    CHOICE,
    CLOCK,
    FLOAT,
    INT,
    MAX_SLEEP_HOURS,
    RANGES,
    Activity,
    DayOutline,
    DiaryEntry,
    Symptom,
    SymptomRating,
    day_fields,
    night_span,
    sleep_midpoint,
)
from app.drafts import DraftKind
from app.errors import writes
from app.i18n import translate
from app.rows import rows_where
from app.text import MAX_TEXT, clean, too_long
from app.validation import FieldErrors, check_range

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.connection import Reads

ENTRIES, SYMPTOMS = "diary_entries", "diary_symptoms"
RATINGS, ACTIVITIES = "diary_symptom_ratings", "diary_activities"
DRAFT_KIND = DraftKind.DIARY
MAX_NAME = 80

# The day's fields, declared once in DiaryEntry (RANGES too: every number, its range).
INT_FIELDS, FLOAT_FIELDS = day_fields(INT), day_fields(FLOAT)
BOOL_FIELDS, TIME_FIELDS = day_fields(CHOICE), day_fields(CLOCK)


# -- validation ----------------------------------------------------------------
def validate(db: Database, entry: DiaryEntry, *,
             known_symptoms: set[int] | None = None) -> None:
    """Raise FieldErrors naming every field with a problem; write nothing.
    `known_symptoms`: every symptom id, when the caller checks many entries at once."""
    errors = FieldErrors()
    for name, (low, high) in RANGES.items():
        value = getattr(entry, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            errors.add(name, translate("Diary", "Please give a number here."))
            continue
        if name in INT_FIELDS and value is not None and not isinstance(value, int):
            errors.add(name, translate("Diary", "Please give a whole number here."))
            continue
        check_range(errors, name, value, low, high)
    _check_sleep(errors, entry)
    minutes = entry.minutes_outside
    if (entry.went_outside is False and isinstance(minutes, int)
            and not isinstance(minutes, bool) and minutes > 0):
        errors.add("went_outside", translate(
            "Diary", "You noted {n} minutes outside home. If you went out, choose “Yes” here; "
            "if not, set the minutes to 0.").format(n=minutes))
    if too_long(entry.note):
        errors.add("note", translate(
            "Diary", "This note is longer than Ippo can keep in one day ({limit} characters). "
            "Your text is still here; please move part of it to another day.")
            .format(limit=MAX_TEXT))
    known = known_symptoms if known_symptoms is not None \
        else {s.id for s in symptoms(db, include_retired=True)}
    for r in entry.symptoms:
        if r.symptom_id not in known:
            errors.add("symptoms", translate("Diary", "One of these symptoms no longer exists."))
        check_range(errors, "symptoms", r.rating, 0, 3)
    for a in entry.activities:
        if not clean(a.tag).strip():
            errors.add("activities", translate("Diary", "Please give each activity a name."))
        elif len(a.tag) > MAX_NAME:
            errors.add("activities", translate(
                "Diary", "Please keep each activity name under {n} characters.").format(n=MAX_NAME))
        check_range(errors, "activities", a.enjoyment, 0, 10)
        check_range(errors, "activities", a.achievement, 0, 10)
    errors.raise_if_any()


def _check_sleep(errors: FieldErrors, entry: DiaryEntry) -> None:
    for name in TIME_FIELDS:
        if getattr(entry, name) is not None and not isinstance(getattr(entry, name), time):
            errors.add(name, translate("Diary", "Please write a time like 23:30."))
    if errors.messages.keys() & {"bedtime", "waketime"}:
        return
    if entry.bedtime is None or entry.waketime is None:
        return
    start, end = night_span(entry.bedtime, entry.waketime)
    if end - start == 0:
        errors.add("waketime", translate(
            "Diary", "Going to bed and getting up cannot be at the same time. "
            "Please check one of the two times."))
    elif end - start > MAX_SLEEP_HOURS:
        errors.add("waketime", translate(
            "Diary", "These times would mean {hours:.0f} hours of sleep. "
            "Please check one of the two times.").format(hours=end - start))


# -- entries ---------------------------------------------------------------------
def get_entry(db: Reads, day: date) -> DiaryEntry | None:
    entries = entries_between(db, day, day)
    return entries[0] if entries else None


@writes
def save_entry(db: Database, entry: DiaryEntry) -> DiaryEntry:
    """Validate, then replace the whole entry for `entry.day` in one transaction."""
    entry = _normalised(entry)
    validate(db, entry)
    key = entry.day.isoformat()
    row = _to_row(entry)
    with db.atomic():
        db.table(ENTRIES).upsert(row, pk="day")
        db.execute(f"DELETE FROM {RATINGS} WHERE day = ?", [key])
        db.execute(f"DELETE FROM {ACTIVITIES} WHERE day = ?", [key])
        db.table(RATINGS).insert_all(
            [{"day": key, "symptom_id": r.symptom_id, "rating": r.rating}
             for r in entry.symptoms])
        db.table(ACTIVITIES).insert_all(
            [{"day": key, "position": i, "tag": a.tag, "enjoyment": a.enjoyment,
              "achievement": a.achievement} for i, a in enumerate(entry.activities)])
    saved = get_entry(db, entry.day)
    assert saved is not None
    return saved


def save_entries(db: Database, entries: Sequence[DiaryEntry]) -> None:
    """Validate every entry first, then replace each whole day: one transaction (an
    import). FieldErrors from the first entry that does not fit; nothing is written.
    Plain `executemany` statements: a ten-year import writes in a fraction of a second."""
    ready = [_normalised(e) for e in entries]
    known = {s.id for s in symptoms(db, include_retired=True)}
    for entry in ready:
        validate(db, entry, known_symptoms=known)
    if not ready:
        return
    rows = [_to_row(e) for e in ready]
    cols = list(rows[0])
    update = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "day")
    keys = [[e.day.isoformat()] for e in ready]
    with db.atomic():
        db.conn.executemany(
            f"INSERT INTO {ENTRIES} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT(day) DO UPDATE SET {update}", [[r[c] for c in cols] for r in rows])
        db.conn.executemany(f"DELETE FROM {RATINGS} WHERE day = ?", keys)
        db.conn.executemany(f"DELETE FROM {ACTIVITIES} WHERE day = ?", keys)
        db.conn.executemany(
            f"INSERT INTO {RATINGS} (day, symptom_id, rating) VALUES (?, ?, ?)",
            [(e.day.isoformat(), r.symptom_id, r.rating) for e in ready for r in e.symptoms])
        db.conn.executemany(
            f"INSERT INTO {ACTIVITIES} (day, position, tag, enjoyment, achievement) "
            "VALUES (?, ?, ?, ?, ?)",
            [(e.day.isoformat(), i, a.tag, a.enjoyment, a.achievement)
             for e in ready for i, a in enumerate(e.activities)])

@writes
def save_from_form(db: Database, day: date, form: dict[str, Any],
                   base: dict[str, Any] | None = None) -> DiaryEntry | None:
    """The editor's Save, as one transaction: all of it happens or none of it.

    The editor's `form` (its text fields) is laid over what is stored now: a field
    saved elsewhere since the editor loaded `base` (a Today check-in) and not edited
    here is kept. The result is read and checked, replaces the day's entry, and the
    day's draft goes. Raises FieldErrors (nothing written) if a field needs a look.
    Returns the saved entry, or None when the form is empty and nothing was stored
    for the day (then only the draft goes).
    """
    with db.atomic():
        stored = get_entry(db, day)
        if base is not None:
            form = merge_forms(base, form, form_from_entry(stored))
        entry = entry_from_form(day, form, lambda e: validate(db, e))  # every message at once
        if entry.is_empty() and stored is None:
            discard_draft(db, day)
            return None
        saved = save_entry(db, entry)
        discard_draft(db, day)
    return saved


@writes
def quick_check_in(db: Database, day: date, mood: int | None, anxiety: int | None,
                   went_outside: bool | None) -> DiaryEntry:
    """Merge the three quick answers into the day's entry (read and written in one
    transaction); None leaves a field as it was."""
    changes: dict[str, Any] = {}
    if mood is not None:
        changes["mood"] = mood
    if anxiety is not None:
        changes["anxiety"] = anxiety
    if went_outside is not None:
        changes["went_outside"] = went_outside
    with db.atomic():
        entry = get_entry(db, day) or DiaryEntry(day=day)
        return save_entry(db, replace(entry, **changes))


def entries_between(db: Reads, start: date, end: date) -> list[DiaryEntry]:
    """Entries from `start` to `end` inclusive, ordered by day (three queries in all)."""
    args = [start.isoformat(), end.isoformat()]
    where = "day >= ? AND day <= ?"
    ratings: dict[str, list[SymptomRating]] = defaultdict(list)
    for r in rows_where(db, RATINGS, where, args, order_by="day, symptom_id"):
        ratings[r["day"]].append(SymptomRating(r["symptom_id"], r["rating"]))
    activities: dict[str, list[Activity]] = defaultdict(list)
    for r in rows_where(db, ACTIVITIES, where, args, order_by="day, position"):
        activities[r["day"]].append(Activity(r["tag"], r["enjoyment"], r["achievement"]))
    return [_from_row(r, ratings.get(r["day"], []), activities.get(r["day"], []))
            for r in rows_where(db, ENTRIES, where, args, order_by="day")]


def outlines_between(db: Reads, start: date, end: date) -> list[DayOutline]:
    """What `entries_between` says of mood, time outside and sleep, in one query:
    the plan's warning signs read a year of days on Today's first frame."""
    rows = db.execute(f"SELECT day, mood, minutes_outside, went_outside, bedtime, waketime "
                      f"FROM {ENTRIES} WHERE day >= ? AND day <= ? ORDER BY day",
                      [start.isoformat(), end.isoformat()]).fetchall()
    return [DayOutline(date.fromisoformat(day), mood, minutes, None if went is None else bool(went),
                       sleep_midpoint(time.fromisoformat(bed) if bed else None,
                                      time.fromisoformat(wake) if wake else None))
            for day, mood, minutes, went, bed, wake in rows]


def days_with_entries(db: Reads, start: date, end: date) -> set[date]:
    rows = db.execute(f"SELECT day FROM {ENTRIES} WHERE day >= ? AND day <= ?",
                      [start.isoformat(), end.isoformat()]).fetchall()
    return {date.fromisoformat(r[0]) for r in rows}


def first_day(db: Reads) -> date | None:
    row = db.execute(f"SELECT min(day) FROM {ENTRIES}").fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def _normalised(entry: DiaryEntry) -> DiaryEntry:
    """Text made storable (NUL, lone surrogates), times to the minute, went_outside implied."""
    went = entry.went_outside
    if went is None and isinstance(entry.minutes_outside, int) and entry.minutes_outside > 0:
        went = True
    return replace(
        entry, note=clean(entry.note), went_outside=went,
        bedtime=_minute(entry.bedtime), waketime=_minute(entry.waketime),
        activities=tuple(replace(a, tag=clean(a.tag).strip()) for a in entry.activities),
    )


def _minute(t: Any) -> Any:
    return t.replace(second=0, microsecond=0) if isinstance(t, time) else t


def _to_row(entry: DiaryEntry) -> dict[str, Any]:
    row: dict[str, Any] = {"day": entry.day.isoformat(), "note": entry.note,
                           "updated_at": clock.now().isoformat()}
    for name in (*RANGES, *BOOL_FIELDS):
        value = getattr(entry, name)
        row[name] = int(value) if isinstance(value, bool) else value
    for name in FLOAT_FIELDS:
        if row[name] is not None:
            row[name] = float(row[name])
    for name in TIME_FIELDS:
        value = getattr(entry, name)
        row[name] = value.strftime("%H:%M") if value is not None else None
    return row


def _from_row(row: dict[str, Any], ratings: list[SymptomRating],
              activities: list[Activity]) -> DiaryEntry:
    values: dict[str, Any] = {name: row[name] for name in RANGES}
    for name in BOOL_FIELDS:
        values[name] = None if row[name] is None else bool(row[name])
    for name in TIME_FIELDS:
        values[name] = time.fromisoformat(row[name]) if row[name] else None
    return DiaryEntry(day=date.fromisoformat(row["day"]), note=row["note"] or "",
                      symptoms=tuple(ratings), activities=tuple(activities),
                      updated_at=datetime.fromisoformat(row["updated_at"]), **values)


# -- symptoms ------------------------------------------------------------------
def symptoms(db: Database, include_retired: bool = False) -> list[Symptom]:
    where = None if include_retired else "retired = 0"
    return [Symptom(r["id"], r["name"], r["position"], bool(r["retired"]))
            for r in db.table(SYMPTOMS).rows_where(where, order_by="position, id")]


@writes
def add_symptom(db: Database, name: str) -> Symptom:
    name = check_symptom_name(db, name)
    with db.atomic():
        row = db.execute(f"SELECT coalesce(max(position), -1) + 1 FROM {SYMPTOMS}").fetchone()
        new_id = db.table(SYMPTOMS).insert({"name": name, "position": row[0], "retired": 0,
                                      "created_at": clock.now().isoformat()}).last_pk
    return next(s for s in symptoms(db, True) if s.id == new_id)


@writes
def rename_symptom(db: Database, symptom_id: int, name: str) -> Symptom:
    name = check_symptom_name(db, name, except_id=symptom_id)
    with db.atomic():
        db.table(SYMPTOMS).update(symptom_id, {"name": name})
    return next(s for s in symptoms(db, True) if s.id == symptom_id)


@writes
def retire_symptom(db: Database, symptom_id: int, retired: bool = True) -> None:
    """Hide a symptom from new entries (or bring it back); its ratings are kept."""
    with db.atomic():
        db.table(SYMPTOMS).update(symptom_id, {"retired": int(retired)})


def check_symptom_name(db: Database, name: str, except_id: int | None = None) -> str:
    """The cleaned name, or FieldErrors (empty, too long, or another symptom's name)."""
    name = " ".join(clean(name).split())
    errors = FieldErrors()
    if not name:
        errors.add("name", translate("Diary", "Please give the symptom a name."))
    elif len(name) > MAX_NAME:
        errors.add("name", translate(
            "Diary", "Please keep the name under {n} characters.").format(n=MAX_NAME))
    elif any(s.name.casefold() == name.casefold() and s.id != except_id
             for s in symptoms(db)):
        errors.add("name", translate("Diary", "You already have a symptom with this name."))
    errors.raise_if_any()
    return name


# -- drafts --------------------------------------------------------------------
# The editor's form as it was loaded is kept inside the draft under this key, so a
# draft can be laid over whatever was saved since (a Today check-in) field by field.
_BASE = "_base"


def keep_draft(db: Database, day: date, payload: dict[str, Any],
               base: dict[str, Any] | None = None) -> None:
    """Autosave what the editor holds for `day`, exactly as typed (even if invalid).
    `base`: the form as it was when the editor opened the day."""
    kept = dict(payload)
    if base is not None:
        kept[_BASE] = base
    drafts.keep(db, DRAFT_KIND, day.isoformat(), kept)


def draft_for(db: Database, day: date) -> dict[str, Any] | None:
    """The autosaved editor contents for `day`, or None when nothing in it is unsaved.

    What the person changed in the editor wins; every other field shows what is
    stored now, so an entry saved after the draft (a check-in, or a save whose
    draft could not be removed) neither hides the draft nor is undone by it. No
    clock is compared: a clock set back, or a saved time in the future, must not
    hide what someone typed.
    """
    draft = drafts.get(db, DRAFT_KIND, day.isoformat())
    if draft is None:
        return None
    payload = dict(draft.payload)
    base = payload.pop(_BASE, None)
    entry = get_entry(db, day)
    if base is None:  # a draft from before bases were kept: it wins when newer
        if entry is not None and entry.updated_at is not None \
                and entry.updated_at > draft.updated_at:
            return None
        return payload
    stored = form_from_entry(entry)
    merged = merge_forms(base, payload, stored)
    return None if merged == stored else merged


def discard_draft(db: Database, day: date) -> None:
    drafts.discard(db, DRAFT_KIND, day.isoformat())


def days_with_drafts(db: Database) -> set[date]:
    return {date.fromisoformat(d.ref) for d in drafts.all_of(db, DRAFT_KIND)}
