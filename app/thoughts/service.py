"""Thought-record services: save (draft or finished), read, search, duplicate, delete,
and the summaries other features use. The only code (with traps.py) that knows the
thought_ tables.

Drafts: a record is a row with status 'draft' from the first autosave on; it is
listed as "not finished yet" until `save(..., finish=True)` checks and finishes it.
Unsaved changes to a *finished* record are kept in app/drafts.py (kind
DraftKind.THOUGHT_EDIT) so a finished record never turns back into a draft.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from app import clock, drafts
from app.drafts import DraftKind
from app.errors import writes
from app.i18n import translate
from app.ladder import attempts as ladder_attempts
from app.ladder import service as ladder_steps
from app.rows import inserted_id, query
from app.text import MAX_TEXT, clean, too_long
from app.thoughts.models import DONE, DRAFT, Mood, MoodChange, Thought, ThoughtRecord
from app.validation import FieldErrors, check_range

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.connection import Reads

RECORDS, MOODS, THOUGHTS, TAGS = ("thought_records", "thought_moods", "thought_thoughts",
                                  "thought_trap_tags")
EDIT_KIND = DraftKind.THOUGHT_EDIT
TEXT_FIELDS = ("place", "people", "situation", "evidence_for", "evidence_against",
               "alternative", "action", "notes")
MAX_NAME = 200


# -- checking ------------------------------------------------------------------
def _cleaned(rec: ThoughtRecord) -> ThoughtRecord:
    """Any text made storable; blank mood and thought rows dropped."""
    moods = tuple(Mood(clean(m.name).strip(), m.before, m.after) for m in rec.moods
                  if clean(m.name).strip() or m.before is not None or m.after is not None)
    thoughts = tuple(Thought(clean(t.text).strip(), t.belief, t.is_hot,
                             tuple(dict.fromkeys(t.traps)))
                     for t in rec.thoughts if clean(t.text).strip())
    if thoughts and not any(t.is_hot for t in thoughts) and len(thoughts) == 1:
        thoughts = (dataclasses.replace(thoughts[0], is_hot=True),)
    return dataclasses.replace(
        rec, moods=moods, thoughts=thoughts, place=clean(rec.place), people=clean(rec.people),
        situation=clean(rec.situation), evidence_for=clean(rec.evidence_for),
        evidence_against=clean(rec.evidence_against), alternative=clean(rec.alternative),
        action=clean(rec.action), notes=clean(rec.notes))


def check(rec: ThoughtRecord, finish: bool) -> FieldErrors:
    """Every problem with `rec` by field; a draft only needs storable values."""
    errors = FieldErrors()
    too_long_msg = translate("Thoughts", "This is very long. Please shorten it to under "
                             "{n} characters; nothing has been lost.")
    for f in TEXT_FIELDS:
        if too_long(getattr(rec, f), MAX_TEXT):
            errors.add(f, too_long_msg.format(n=MAX_TEXT))
    for m in rec.moods:
        if too_long(m.name, MAX_NAME):
            errors.add("moods", too_long_msg.format(n=MAX_NAME))
        check_range(errors, "moods", m.before, 0, 100)
        check_range(errors, "rerate", m.after, 0, 100)
    for t in rec.thoughts:
        if too_long(t.text, MAX_TEXT):
            errors.add("thoughts", too_long_msg.format(n=MAX_TEXT))
        check_range(errors, "thoughts", t.belief, 0, 100)
    check_range(errors, "alternative", rec.alternative_belief, 0, 100)
    check_range(errors, "rerate", rec.hot_belief_after, 0, 100)
    if finish:
        _check_finished(rec, errors)
    return errors


def _check_finished(rec: ThoughtRecord, errors: FieldErrors) -> None:
    if not rec.situation.strip():
        errors.add("situation", translate(
            "Thoughts", "Please write a few words about what happened. An empty record "
            "can only be kept as a draft."))
    if not any(m.name and m.before is not None for m in rec.moods):
        errors.add("moods", translate("Thoughts", "Please name at least one feeling and "
                                      "rate how strong it was."))
    elif any(not m.name for m in rec.moods):
        errors.add("moods", translate("Thoughts", "Please give each rated feeling a name."))
    if not rec.thoughts:
        errors.add("thoughts", translate("Thoughts", "Please write at least one thought "
                                         "that went through your mind."))
    elif rec.hot_thought is None:
        errors.add("thoughts", translate("Thoughts", "Please mark the thought that hurt "
                                         "most as the hot thought."))


# -- writing -------------------------------------------------------------------
@writes
def save(db: Database, rec: ThoughtRecord, *, finish: bool) -> ThoughtRecord:
    """Store `rec` (new if id is None) as a draft or, with finish=True, as finished.

    Raises FieldErrors before writing anything. Returns the stored record.
    Saving a finished record again keeps it finished.
    """
    rec = _cleaned(rec)
    check(rec, finish).raise_if_any()
    now = clock.now().isoformat()
    existing = get(db, rec.id) if rec.id is not None else None
    status = DONE if finish or (existing and existing.status == DONE) else DRAFT
    row = {f: getattr(rec, f) for f in TEXT_FIELDS}
    row.update(status=status, mode=rec.mode, guided_step=rec.guided_step,
               day=(rec.day or clock.today()).isoformat(),
               alternative_belief=rec.alternative_belief, hot_belief_after=rec.hot_belief_after,
               step_id=rec.step_id, attempt_id=rec.attempt_id, updated_at=now)
    with db.atomic():
        if existing is None:
            row["created_at"] = now
            record_id = inserted_id(db.table(RECORDS).insert(row))
        else:
            record_id = int(existing.id)  # type: ignore[arg-type]
            db.table(RECORDS).update(record_id, row)
            db.execute(f"DELETE FROM {MOODS} WHERE record_id = ?", [record_id])
            db.execute(f"DELETE FROM {THOUGHTS} WHERE record_id = ?", [record_id])
        _write_children(db, record_id, rec)
        if finish:
            drafts.discard(db, EDIT_KIND, str(record_id))
    stored = get(db, record_id)
    assert stored is not None
    return stored


def _write_children(db: Database, record_id: int, rec: ThoughtRecord) -> None:
    db.table(MOODS).insert_all([{"record_id": record_id, "position": i, "name": m.name,
                           "before": m.before, "after": m.after}
                          for i, m in enumerate(rec.moods)])
    hot = rec.hot_thought
    for i, t in enumerate(rec.thoughts):
        tid = db.table(THOUGHTS).insert({"record_id": record_id, "position": i, "text": t.text,
                                   "belief": t.belief, "is_hot": int(t is hot)}).last_pk
        db.table(TAGS).insert_all([{"thought_id": tid, "trap_id": trap} for trap in t.traps])


@writes
def delete(db: Database, record_id: int) -> None:
    with db.atomic():
        db.table(RECORDS).delete_where("id = ?", [record_id])
        drafts.discard(db, EDIT_KIND, str(record_id))


@writes
def duplicate(db: Database, record_id: int) -> ThoughtRecord:
    """A copy of the record as a new, unfinished record dated today."""
    rec = get(db, record_id)
    if rec is None:
        raise KeyError(record_id)
    copy = dataclasses.replace(rec, id=None, status=DRAFT, day=clock.today(), guided_step=0)
    return save(db, copy, finish=False)


# -- unsaved edits of finished records ------------------------------------------
@writes
def keep_edit(db: Database, rec: ThoughtRecord) -> None:
    """Autosave changes to a finished record without touching the record itself."""
    drafts.keep(db, EDIT_KIND, str(rec.id), to_payload(rec))


def pending_edit(db: Database, record_id: int) -> ThoughtRecord | None:
    d = drafts.get(db, EDIT_KIND, str(record_id))
    return from_payload(d.payload) if d else None


def to_payload(rec: ThoughtRecord) -> dict[str, Any]:
    data = dataclasses.asdict(rec)
    data["day"] = rec.day.isoformat() if rec.day else None
    return data


def from_payload(data: dict[str, Any]) -> ThoughtRecord:
    fields = {f.name for f in dataclasses.fields(ThoughtRecord)}
    values = {k: v for k, v in data.items() if k in fields}
    values["day"] = date.fromisoformat(data["day"]) if data.get("day") else None
    values["moods"] = tuple(Mood(**m) for m in data.get("moods", []))
    values["thoughts"] = tuple(Thought(t["text"], t.get("belief"), bool(t.get("is_hot")),
                                       tuple(t.get("traps", ()))) for t in data.get("thoughts", []))
    return ThoughtRecord(**values)


# -- reading -------------------------------------------------------------------
def get(db: Database, record_id: int) -> ThoughtRecord | None:
    found = _load(db, "r.id = ?", [record_id])
    return found[0] if found else None


def list_records(db: Database, include_drafts: bool = True) -> list[ThoughtRecord]:
    """Every record, newest day first."""
    return _load(db, "1" if include_drafts else "r.status = 'done'", [])


def records_between(db: Database, start: date, end: date,
                    include_drafts: bool = False) -> list[ThoughtRecord]:
    """Records dated start..end (inclusive), oldest first."""
    where = "r.day BETWEEN ? AND ?" + ("" if include_drafts else " AND r.status = 'done'")
    return list(reversed(_load(db, where, [start.isoformat(), end.isoformat()])))


def drafts_of(db: Reads) -> list[ThoughtRecord]:
    return _load(db, "r.status = 'draft'", [])


def search(db: Database, text: str = "", trap_id: str | None = None, start: date | None = None,
           end: date | None = None) -> list[ThoughtRecord]:
    """Records (drafts too) whose text contains `text`, tagged with `trap_id`, dated
    start..end; any filter left empty does not filter. Newest first."""
    where, params = ["1"], []
    needle = clean(text).strip()
    if needle:
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        parts = [f"r.{f} LIKE ? ESCAPE '\\'" for f in TEXT_FIELDS]
        parts.append(f"EXISTS (SELECT 1 FROM {THOUGHTS} t WHERE t.record_id = r.id "
                     "AND t.text LIKE ? ESCAPE '\\')")
        parts.append(f"EXISTS (SELECT 1 FROM {MOODS} m WHERE m.record_id = r.id "
                     "AND m.name LIKE ? ESCAPE '\\')")
        where.append("(" + " OR ".join(parts) + ")")
        params += [like] * len(parts)
    if trap_id:
        where.append(f"EXISTS (SELECT 1 FROM {THOUGHTS} t JOIN {TAGS} g ON g.thought_id = t.id "
                     "WHERE t.record_id = r.id AND g.trap_id = ?)")
        params.append(trap_id)
    if start:
        where.append("r.day >= ?")
        params.append(start.isoformat())
    if end:
        where.append("r.day <= ?")
        params.append(end.isoformat())
    return _load(db, " AND ".join(where), params)


def _load(db: Reads, where: str, params: Sequence[Any]) -> list[ThoughtRecord]:
    rows = list(query(db, f"SELECT r.* FROM {RECORDS} r WHERE {where} "
                         "ORDER BY r.day DESC, r.id DESC", params))
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    moods: dict[int, list[Mood]] = {i: [] for i in ids}
    thoughts: dict[int, list[Thought]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for m in query(db, f"SELECT * FROM {MOODS} WHERE record_id IN ({marks}) "
                          "ORDER BY record_id, position", chunk):
            moods[m["record_id"]].append(Mood(m["name"], m["before"], m["after"]))
        tags: dict[int, list[str]] = {}
        for g in query(db, f"SELECT g.thought_id, g.trap_id FROM {TAGS} g JOIN {THOUGHTS} t "
                          f"ON t.id = g.thought_id WHERE t.record_id IN ({marks}) "
                          "ORDER BY g.rowid", chunk):
            tags.setdefault(g["thought_id"], []).append(g["trap_id"])
        for t in query(db, f"SELECT * FROM {THOUGHTS} WHERE record_id IN ({marks}) "
                          "ORDER BY record_id, position", chunk):
            thoughts[t["record_id"]].append(Thought(t["text"], t["belief"], bool(t["is_hot"]),
                                                    tuple(tags.get(t["id"], ()))))
    return [_record(r, moods[r["id"]], thoughts[r["id"]]) for r in rows]


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _record(row: dict[str, Any], moods: list[Mood], thoughts: list[Thought]) -> ThoughtRecord:
    return ThoughtRecord(
        id=row["id"], status=row["status"], mode=row["mode"], guided_step=row["guided_step"],
        day=date.fromisoformat(row["day"]) if row["day"] else None,
        moods=tuple(moods), thoughts=tuple(thoughts),
        alternative_belief=row["alternative_belief"], hot_belief_after=row["hot_belief_after"],
        step_id=row["step_id"], attempt_id=row["attempt_id"], created_at=row["created_at"],
        updated_at=row["updated_at"], **{f: row[f] or "" for f in TEXT_FIELDS})


# -- summaries for charts, progress and the clinician's page ----------------------
def mood_change(db: Database, start: date, end: date) -> list[MoodChange]:
    """Per finished record dated start..end with rated moods: average intensity
    before, and after (None when not re-rated). Oldest first."""
    rows = db.query(
        f"SELECT r.id, r.day, AVG(m.before) AS before, AVG(m.after) AS after "
        f"FROM {RECORDS} r JOIN {MOODS} m ON m.record_id = r.id "
        "WHERE r.status = 'done' AND r.day BETWEEN ? AND ? AND m.before IS NOT NULL "
        "GROUP BY r.id ORDER BY r.day, r.id", [start.isoformat(), end.isoformat()])
    return [MoodChange(r["id"], date.fromisoformat(r["day"]), float(r["before"]),
                       None if r["after"] is None else float(r["after"])) for r in rows]


# -- links to the ladder -----------------------------------------------------------
def step_choices(db: Database) -> list[tuple[int, str]]:
    """Ladder steps a record can point to (empty if the ladder has none)."""
    return ladder_steps.step_choices(db)


def attempt_choices(db: Database, step_id: int) -> list[tuple[int, str]]:
    return ladder_attempts.attempt_choices(db, step_id)
