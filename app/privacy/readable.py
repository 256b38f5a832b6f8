"""A spreadsheet a person can open: the diary, ladder practice and thought records
in human terms (one row per day, per practice, per record), headers in the
app's language.

Three CSV files in a new folder, written all at once like `spreadsheet.py`:
UTF-8 with a byte-order mark (Japanese Excel and LibreOffice read it), CRLF
line ends, dates as ISO `YYYY-MM-DD` and times as `HH:MM` in local time, so
spreadsheet programs recognise them. Text someone wrote that begins like a
formula (`=`, `+`, `-`, `@`) gets a leading apostrophe, so no spreadsheet runs it.
This is for reading; Ippo imports its JSON export.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import translate
from app.privacy.files import csv_bytes, write_private_folder
from app.thoughts import traps

if TYPE_CHECKING:
    from sqlite_utils import Database

DIARY, LADDER, THOUGHTS = "diary.csv", "ladder-practice.csv", "thought-records.csv"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: Any) -> str:
    """A person's words, safe to open in a spreadsheet."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _num(value: Any) -> Any:
    return "" if value is None else value


def _local(stamp: Any) -> tuple[str, str]:
    """(YYYY-MM-DD, HH:MM) in local time for a stored ISO timestamp."""
    if not stamp:
        return "", ""
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return "", ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M")  # file format, not display


def _has(db: Database, *tables: str) -> bool:
    return all(db[t].exists() for t in tables)


def diary_rows(db: Database) -> tuple[list[str], list[list[Any]]]:
    header = [translate("Spreadsheet", "Date"), translate("Spreadsheet", "Mood (0–10)"),
              translate("Spreadsheet", "Anxiety (0–10)"), translate("Spreadsheet", "Bedtime"),
              translate("Spreadsheet", "Got up"), translate("Spreadsheet", "Minutes outside"),
              translate("Spreadsheet", "People met in person"),
              translate("Spreadsheet", "Online contacts"), translate("Spreadsheet", "Symptoms"),
              translate("Spreadsheet", "Activities"), translate("Spreadsheet", "Note")]
    if not _has(db, "diary_entries", "diary_symptoms", "diary_symptom_ratings",
                "diary_activities"):
        return header, []
    symptoms: dict[str, list[str]] = defaultdict(list)
    for day, name, rating in db.execute(
            "SELECT r.day, s.name, r.rating FROM diary_symptom_ratings r "
            "JOIN diary_symptoms s ON s.id = r.symptom_id ORDER BY r.day, s.position, s.id"):
        symptoms[day].append(f"{name}: {rating}")
    activities: dict[str, list[str]] = defaultdict(list)
    for day, tag in db.execute("SELECT day, tag FROM diary_activities ORDER BY day, position"):
        activities[day].append(tag)
    rows = []
    for (day, mood, anxiety, bed, wake, outside, face, online, note) in db.execute(
            "SELECT day, mood, anxiety, bedtime, waketime, minutes_outside, face_contacts, "
            "online_contacts, note FROM diary_entries ORDER BY day"):
        rows.append([day, _num(mood), _num(anxiety), bed or "", wake or "", _num(outside),
                     _num(face), _num(online), _text("; ".join(symptoms[day])),
                     _text("; ".join(activities[day])), _text(note)])
    return header, rows


def ladder_rows(db: Database) -> tuple[list[str], list[list[Any]]]:
    header = [translate("Spreadsheet", "Date"), translate("Spreadsheet", "Time"),
              translate("Spreadsheet", "Ladder"), translate("Spreadsheet", "Step"),
              translate("Spreadsheet", "Minutes"),
              translate("Spreadsheet", "Distress before (0–100)"),
              translate("Spreadsheet", "Distress at its highest (0–100)"),
              translate("Spreadsheet", "Distress after (0–100)"),
              translate("Spreadsheet", "What I feared"),
              translate("Spreadsheet", "Did it happen"),
              translate("Spreadsheet", "What I learned"), translate("Spreadsheet", "Note")]
    if not _has(db, "ladders", "ladder_steps", "ladder_attempts"):
        return header, []
    happened = {"yes": translate("Spreadsheet", "yes"), "no": translate("Spreadsheet", "no"),
                "partly": translate("Spreadsheet", "partly")}
    rows = []
    for (started, goal, title, minutes, before, peak, after, feared, outcome, learned,
         note) in db.execute(
            "SELECT a.started_at, l.goal, s.title, a.actual_minutes, a.suds_before, "
            "a.suds_peak, a.suds_after, a.feared_outcome, a.outcome_happened, a.learned, "
            "a.note FROM ladder_attempts a JOIN ladder_steps s ON s.id = a.step_id "
            "JOIN ladders l ON l.id = s.ladder_id ORDER BY a.started_at, a.id"):
        day, time = _local(started)
        rows.append([day, time, _text(goal), _text(title), _num(minutes), _num(before),
                     _num(peak), _num(after), _text(feared),
                     happened.get(outcome or "", _text(outcome)), _text(learned), _text(note)])
    return header, rows


def thought_rows(db: Database) -> tuple[list[str], list[list[Any]]]:
    header = [translate("Spreadsheet", "Date"), translate("Spreadsheet", "Finished"),
              translate("Spreadsheet", "Situation"),
              translate("Spreadsheet", "Feelings (before → after, 0–100)"),
              translate("Spreadsheet", "Thoughts (belief 0–100)"),
              translate("Spreadsheet", "Thinking traps"),
              translate("Spreadsheet", "Evidence for"),
              translate("Spreadsheet", "Evidence against"),
              translate("Spreadsheet", "Another way to see it"),
              translate("Spreadsheet", "Belief in it (0–100)"),
              translate("Spreadsheet", "What I will do"), translate("Spreadsheet", "Notes")]
    if not _has(db, "thought_records", "thought_moods", "thought_thoughts",
                "thought_trap_tags"):
        return header, []
    names = traps.labels(db)
    moods: dict[int, list[str]] = defaultdict(list)
    for rid, name, before, after in db.execute(
            "SELECT record_id, name, before, after FROM thought_moods "
            "ORDER BY record_id, position"):
        moods[rid].append(f"{name} {_num(before)} → {_num(after)}".strip())
    tags: dict[int, list[str]] = defaultdict(list)
    for tid, trap_id in db.execute("SELECT thought_id, trap_id FROM thought_trap_tags "
                                   "ORDER BY thought_id, trap_id"):
        tags[tid].append(names.get(trap_id, traps.unknown_label()))
    thoughts: dict[int, list[str]] = defaultdict(list)
    trap_names: dict[int, list[str]] = defaultdict(list)
    for tid, rid, text, belief in db.execute(
            "SELECT id, record_id, text, belief FROM thought_thoughts "
            "ORDER BY record_id, position"):
        thoughts[rid].append(f"{text} ({belief})" if belief is not None else str(text))
        trap_names[rid].extend(t for t in tags[tid] if t not in trap_names[rid])
    yes, no = translate("Spreadsheet", "yes"), translate("Spreadsheet", "no")
    rows = []
    for (rid, status, day, situation, ev_for, ev_against, alternative, alt_belief, action,
         notes, created) in db.execute(
            "SELECT id, status, day, situation, evidence_for, evidence_against, alternative, "
            "alternative_belief, action, notes, created_at FROM thought_records "
            "ORDER BY coalesce(day, substr(created_at, 1, 10)), id"):
        rows.append([day or _local(created)[0], yes if status == "done" else no,
                     _text(situation), _text("; ".join(moods[rid])),
                     _text("; ".join(thoughts[rid])), _text("; ".join(trap_names[rid])),
                     _text(ev_for), _text(ev_against), _text(alternative), _num(alt_belief),
                     _text(action), _text(notes)])
    return header, rows


def export_readable(db: Database, folder: Path) -> Path:
    """Write the three files into the new folder `folder` (which must not exist);
    the folder appears only once every file is written. Raises WriteProblem."""
    files = {DIARY: diary_rows(db), LADDER: ladder_rows(db), THOUGHTS: thought_rows(db)}
    return write_private_folder(folder, {name: csv_bytes(header, rows)
                                         for name, (header, rows) in files.items()})
