"""Import rules (issue 13): a merge never changes a record made here; every value is
checked with the forms' rules; a full disk is said plainly and changes nothing."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from app.backup import list_backups
from app.db import open_store
from app.diary import service as diary
from app.diary.models import DiaryEntry, SymptomRating
from app.ladder import attempts
from app.ladder import service as ladder
from app.ladder.inputs import AttemptInput, StepInput
from app.paths import resolve
from app.plan import service as plan
from app.privacy.tables import counts, row_hashes, user_tables
from app.privacy.transfer import ImportProblem, export_json, import_json
from app.thoughts import service as thoughts
from app.thoughts import traps
from app.thoughts.models import Mood, Thought, ThoughtRecord

ROOT = Path(__file__).resolve().parents[2]


def _fill(db, who: str, day: date) -> None:
    """One of everything, through the services, with text naming `who`."""
    symptom = diary.add_symptom(db, f"Headache {who}")
    diary.save_entry(db, DiaryEntry(day=day, mood=4, note=f"diary of {who}",
                                    symptoms=(SymptomRating(symptom.id, 2),)))
    lad = ladder.create_ladder(db, f"goal of {who}", [StepInput(f"first step {who}", 10, 30),
                                                     StepInput(f"second step {who}", 20, 50)])
    step = ladder.steps(db, lad.id)[1]
    ladder.set_current_step(db, lad.id, step.id)
    attempt = attempts.log_attempt(db, step.id, AttemptInput(
        started_at=datetime(2026, 3, 1, 10, 0), suds_before=40, learned=f"learned by {who}"))
    trap = traps.add_trap(db, f"my trap {who}")
    thoughts.save(db, ThoughtRecord(
        situation=f"situation of {who}", day=day, step_id=step.id, attempt_id=attempt.id,
        moods=(Mood(f"sad {who}", 60, None),),
        thoughts=(Thought(f"thought of {who}", 80, True, (trap.id, "mind_reading")),)),
        finish=True)
    plan.save_plan(db, {"warning_signs": [f"sign of {who}"], "reasons": [f"reason {who}"]})


@pytest.fixture
def two_stores(tmp_path):
    a = open_store(resolve(tmp_path / "a"))
    b = open_store(resolve(tmp_path / "b"))
    _fill(a.db, "A", date(2026, 3, 1))
    _fill(b.db, "B", date(2026, 3, 2))
    yield a, b
    a.close()
    b.close()


def _texts(db) -> set[str]:
    return {r.situation for r in thoughts.list_records(db)}


def test_merge_keeps_every_live_record_and_adds_the_file_with_new_ids(two_stores, tmp_path):
    a, b = two_stores
    # The ids collide: both stores made record 1, plan version 1, ladder 1 ...
    assert thoughts.list_records(a.db)[0].id == thoughts.list_records(b.db)[0].id
    live_before = row_hashes(b.db)
    out = export_json(a.db, tmp_path / "a.json")

    result = import_json(b, out, "merge")

    after = row_hashes(b.db)
    for table, hashes in live_before.items():  # every live row, byte for byte, still there
        assert set(hashes) <= set(after[table]), table
    assert result.added["thought_records"] == 1 and result.kept == 0
    assert _texts(b.db) == {"situation of A", "situation of B"}
    # The plan made here is still the current one; A's version is in the history.
    current = plan.current_plan(b.db)
    assert current is not None and [i.text for i in current.items("warning_signs")] == [
        "sign of B"]
    assert len(plan.versions(b.db)) == 2
    # A's record keeps its links, to A's step, attempt and trap (new ids, not B's).
    rec = next(r for r in thoughts.list_records(b.db) if r.situation == "situation of A")
    assert rec.moods[0].name == "sad A" and rec.thoughts[0].text == "thought of A"
    step = ladder.get_step(b.db, rec.step_id)
    assert step is not None and step.title == "second step A"
    attempt = attempts.get_attempt(b.db, rec.attempt_id)
    assert attempt is not None and attempt.learned == "learned by A"
    labels = traps.labels(b.db)
    assert [labels[t] for t in rec.thoughts[0].traps if t.startswith("custom-")] == ["my trap A"]
    a_ladder = next(x for x in ladder.list_ladders(b.db) if x.goal == "goal of A")
    assert [s.title for s in ladder.steps(b.db, a_ladder.id)] == ["first step A", "second step A"]
    assert ladder.current_step(b.db, a_ladder.id).title == "second step A"
    assert ladder.current_ladder(b.db).goal == "goal of B"  # the ladder in use here stays
    entry = diary.get_entry(b.db, date(2026, 3, 1))
    names = {s.id: s.name for s in diary.symptoms(b.db)}
    assert entry is not None and [names[r.symptom_id] for r in entry.symptoms] == ["Headache A"]

    # The same file again adds nothing.
    again = import_json(b, out, "merge")
    assert row_hashes(b.db) == after
    assert sum(again.added.values()) == 0 and again.same > 0


def test_own_export_merged_back_changes_nothing(two_stores, tmp_path):
    _a, b = two_stores
    before = row_hashes(b.db)
    out = export_json(b.db, tmp_path / "b.json")
    result = import_json(b, out, "merge")
    assert row_hashes(b.db) == before
    assert sum(result.added.values()) == 0


def test_a_day_written_here_is_kept_and_the_files_day_left_out(two_stores, tmp_path):
    a, b = two_stores
    diary.save_entry(a.db, DiaryEntry(day=date(2026, 3, 2), mood=9, note="A's version"))
    out = export_json(a.db, tmp_path / "a.json")
    before = diary.get_entry(b.db, date(2026, 3, 2))
    result = import_json(b, out, "merge")
    assert diary.get_entry(b.db, date(2026, 3, 2)) == before
    assert result.kept >= 1
    assert "Left out" in result.user_message()


def test_every_foreign_key_is_classified(store):
    """A new feature's reference must say whether its rows belong to the parent."""
    from app.privacy import merge

    merge.declared_links(store.db, user_tables(store.db))  # raises UnknownLink otherwise


def test_merge_from_a_demo_folder_twice(store, tmp_path):
    from app import demo

    other = open_store(resolve(tmp_path / "demo"))
    demo.generate(other.db, 40, seed=5)
    out = export_json(other.db, tmp_path / "demo.json")
    other.close()
    _fill(store.db, "me", date(2026, 3, 3))
    before = row_hashes(store.db)
    import_json(store, out, "merge")
    once = row_hashes(store.db)
    for table, hashes in before.items():
        assert set(hashes) <= set(once[table])
    import_json(store, out, "merge")
    assert row_hashes(store.db) == once
    assert counts(store.db)["diary_entries"] > 30


# -- every value checked with the forms' rules ----------------------------------------
@pytest.fixture
def small_export(two_stores, tmp_path):
    a, _b = two_stores
    return json.loads(export_json(a.db, tmp_path / "a.json").read_text("utf-8"))


def _set(doc, table, column, value, row=0):
    doc["tables"][table]["rows"][row][column] = value


BAD = {
    "impossible day": lambda d: _set(d, "diary_entries", "day", "2025-13-45")
    or _set(d, "diary_symptom_ratings", "day", "2025-13-45"),
    "mood above 10": lambda d: _set(d, "diary_entries", "mood", 11),
    "rating above 3": lambda d: _set(d, "diary_symptom_ratings", "rating", 7),
    "belief above 100": lambda d: _set(d, "thought_thoughts", "belief", 101),
    "feeling below 0": lambda d: _set(d, "thought_moods", "before", -5),
    "plan line too long": lambda d: _set(d, "plan_items", "text", "x" * 5000),
    "empty goal": lambda d: _set(d, "ladders", "goal", "   "),
    "suds above 100": lambda d: _set(d, "ladder_attempts", "suds_before", 250),
    "30 February": lambda d: _set(d, "ladder_attempts", "started_at", "2026-02-30T10:00:00"),
    "bad update time": lambda d: _set(d, "thought_records", "updated_at", "yesterday"),
    "unknown status": lambda d: _set(d, "thought_records", "status", "weird"),
    "unknown plan part": lambda d: _set(d, "plan_items", "section", "secret"),
    "watcher days 0": lambda d: d["tables"]["plan_watchers"]["rows"].append(
        {"kind": "no_outside", "enabled": 1, "days": 0, "mood_drop": None,
         "later_than": None, "updated_at": "2026-03-01T10:00:00"}),
    "bad bedtime": lambda d: _set(d, "diary_entries", "bedtime", "25:99"),
    "mood as text": lambda d: _set(d, "diary_entries", "mood", "high"),
}


@pytest.mark.parametrize("case", sorted(BAD))
@pytest.mark.parametrize("mode", ["merge", "replace"])
def test_a_value_the_forms_would_refuse_refuses_the_whole_file(two_stores, small_export,
                                                                tmp_path, case, mode):
    _a, b = two_stores
    BAD[case](small_export)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(small_export), "utf-8")
    b.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = {p: p.read_bytes() for p in b.paths.root.iterdir() if p.is_file()}
    with pytest.raises(ImportProblem) as err:
        import_json(b, bad, mode)
    message = err.value.user_message()
    assert "Nothing was changed" in message and "Traceback" not in message
    if err.value.kind == ImportProblem.INVALID:
        assert err.value.where and err.value.what  # names what and where
    else:
        assert err.value.kind == ImportProblem.BAD_VALUE  # a wrong type
    assert {p: p.read_bytes() for p in b.paths.root.iterdir() if p.is_file()} == files
    assert not list_backups(b.paths.backups)  # refused before the backup, too


def test_the_message_names_the_kind_of_record_and_the_rule(two_stores, small_export, tmp_path):
    _a, b = two_stores
    BAD["mood above 10"](small_export)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(small_export), "utf-8")
    with pytest.raises(ImportProblem) as err:
        import_json(b, bad, "merge")
    message = err.value.user_message()
    assert "Diary days: 2026-03-01" in message
    assert "from 0 to 10" in message


# -- a full disk ---------------------------------------------------------------------
def _big_export(tmp_path) -> Path:
    from app import demo

    other = open_store(resolve(tmp_path / "big"))
    demo.generate(other.db, 200, seed=2)
    other.db.execute("UPDATE diary_entries SET note = note || ?", ["x" * 3000])
    out = export_json(other.db, tmp_path / "big.json")
    other.close()
    return out


def test_a_full_disk_during_import_says_so_and_changes_nothing(store, tmp_path):
    _fill(store.db, "me", date(2026, 3, 3))
    out = _big_export(tmp_path)
    before = row_hashes(store.db)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 5}")
    for mode in ("merge", "replace"):
        with pytest.raises(ImportProblem) as err:
            import_json(store, out, mode)
        assert err.value.kind == ImportProblem.DISK_FULL
        assert "disk is full" in err.value.user_message()
        assert row_hashes(store.db) == before
    store.db.execute("PRAGMA max_page_count = 1073741823")
    import_json(store, out, "merge")  # with room again, it works
    assert counts(store.db)["diary_entries"] > 100


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_cli_import_on_a_full_disk_says_so_without_a_traceback(tmp_path):
    data = tmp_path / "data"
    s = open_store(resolve(data))
    _fill(s.db, "me", date(2026, 3, 3))
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = row_hashes(s.db)
    s.close()
    out = _big_export(tmp_path)
    size = (data / "ippo.sqlite3").stat().st_size if (data / "ippo.sqlite3").exists() else 0
    size = max(size, max(p.stat().st_size for p in data.iterdir() if p.is_file()))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "ui.main", "import", "--data-dir", str(data), str(out)],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
        preexec_fn=_limit_file_size(size + 64 * 1024))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "disk is full" in proc.stderr
    assert "Traceback" not in proc.stderr and "rollback" not in proc.stderr
    s = open_store(resolve(data))
    try:
        assert row_hashes(s.db) == before
    finally:
        s.close()


def test_a_full_disk_for_the_backup_first_says_so_too(two_stores, tmp_path, monkeypatch):
    import errno

    a, b = two_stores
    out = export_json(a.db, tmp_path / "a.json")
    before = row_hashes(b.db)

    def full(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.backup.fsync_path", full)
    with pytest.raises(ImportProblem) as err:
        import_json(b, out, "merge")
    assert err.value.kind == ImportProblem.DISK_FULL
    assert "disk is full" in err.value.user_message()
    assert row_hashes(b.db) == before
