"""A general guard (issue 13): random sequences of saves, draft edits, imports (good
and malformed), passphrase set/change/remove and restores, against a real store.

After every step, every record Ippo acknowledged is still there and readable
through the services (a model kept here says what should be there), and while a
passphrase is set no plaintext user text, and no plain SQLite file, is anywhere
in the data folder.
"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from app import drafts
from app.backup import list_backups, make_backup
from app.db import open_store
from app.diary import service as diary
from app.diary.models import DiaryEntry
from app.ladder import attempts
from app.ladder import service as ladder
from app.ladder.inputs import AttemptInput, StepInput
from app.paths import resolve
from app.plan import service as plan
from app.privacy import passphrase as pp
from app.privacy.restore import restore
from app.privacy.tables import row_hashes
from app.privacy.transfer import ImportProblem, export_json, import_json
from app.thoughts import service as thoughts
from app.thoughts.models import Mood, Thought, ThoughtRecord

pytestmark = pytest.mark.slow

MARK = "zqcanary"  # in every text a person writes here; never on disk in plain text
WORDS = st.text(alphabet="abc xyz日記の一歩🌱", min_size=0, max_size=12)
DAYS = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 1, 20))
PHRASES = st.sampled_from(["correct horse battery", "purple elephant dancing",
                           "ゆっくり一歩ずつ進む"])


@dataclass
class Model:
    diary: dict[str, str] = field(default_factory=dict)  # day -> note
    thoughts: dict[int, str] = field(default_factory=dict)  # id -> situation
    attempts: dict[int, str] = field(default_factory=dict)  # id -> learned
    plans: set[str] = field(default_factory=set)  # every warning sign ever saved
    drafts: dict[str, dict[str, Any]] = field(default_factory=dict)  # day -> payload
    imported: set[str] = field(default_factory=set)  # thought situations from the file


def _source_export(folder: Path) -> tuple[Path, Model]:
    """Another folder's export: its own ids colliding with ours, its own text."""
    s = open_store(resolve(folder / "source"))
    m = Model()
    for i, day in enumerate((date(2026, 1, 3), date(2026, 2, 1))):
        note = f"{MARK} imported day {i}"
        diary.save_entry(s.db, DiaryEntry(day=day, mood=5, note=note))
        m.diary[day.isoformat()] = note
    for i in range(2):
        situation = f"{MARK} imported record {i}"
        thoughts.save(s.db, ThoughtRecord(situation=situation, moods=(Mood("sad", 50, None),),
                                          thoughts=(Thought("a thought", 60, True, ()),)),
                      finish=True)
        m.imported.add(situation)
    plan.save_plan(s.db, {"warning_signs": [f"{MARK} imported sign"]},
                   saved_at=datetime(2025, 1, 1, 12, 0).astimezone())
    m.plans.add(f"{MARK} imported sign")
    out = export_json(s.db, folder / "source.json")
    s.close()
    return out, m


def _malformed(good: Path, kind: str, folder: Path) -> Path:
    doc = json.loads(good.read_text("utf-8"))
    rows = doc["tables"]["diary_entries"]["rows"]
    if kind == "truncated":
        bad = good.read_text("utf-8")[: len(good.read_text("utf-8")) // 2]
    else:
        if kind == "impossible_day":
            rows[0]["day"] = "2025-13-45"
        elif kind == "mood_11":
            rows[0]["mood"] = 11
        elif kind == "wrong_type":
            rows[0]["note"] = 12
        elif kind == "unknown_table":
            doc["tables"]["secrets"] = {"rows": []}
        elif kind == "long_plan_line":
            doc["tables"]["plan_items"]["rows"][0]["text"] = "x" * 5000
        bad = json.dumps(doc)
    path = folder / f"bad-{kind}.json"
    path.write_text(bad, "utf-8")
    return path


class StoreMachine(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="ippo-stateful-"))
        self.good, self.source = _source_export(self.tmp)
        self.paths = resolve(self.tmp / "data")
        self.store = open_store(self.paths)
        self.secret: str | None = None
        self.model = Model()
        lad = ladder.create_ladder(self.store.db, f"{MARK} goal", [StepInput(f"{MARK} step")])
        self.step_id = ladder.steps(self.store.db, lad.id)[0].id
        self.snapshots: dict[Path, Model] = {}
        self.n = 0

    def teardown(self) -> None:
        if hasattr(self, "store"):
            self.store.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _text(self, words: str) -> str:
        self.n += 1
        return f"{MARK} {self.n} {words}"

    def _note_new_backups(self, before: set[Path], state: Model) -> None:
        for b in list_backups(self.paths.backups):
            if b.path not in before:
                self.snapshots[b.path] = copy.deepcopy(state)

    def _backups(self) -> set[Path]:
        return {b.path for b in list_backups(self.paths.backups)}

    # -- saves through the services -------------------------------------------------
    @rule(day=DAYS, words=WORDS, mood=st.integers(0, 10))
    def save_diary(self, day: date, words: str, mood: int) -> None:
        note = self._text(words)
        diary.save_entry(self.store.db, DiaryEntry(day=day, mood=mood, note=note))
        self.model.diary[day.isoformat()] = note

    @rule(words=WORDS, belief=st.integers(0, 100))
    def save_thought_record(self, words: str, belief: int) -> None:
        situation = self._text(words)
        saved = thoughts.save(self.store.db, ThoughtRecord(
            situation=situation, moods=(Mood("worried", 70, None),),
            thoughts=(Thought(self._text("thought"), belief, True, ()),)), finish=True)
        assert saved.id is not None
        self.model.thoughts[saved.id] = situation

    @rule(words=WORDS)
    def save_plan(self, words: str) -> None:
        sign = self._text(words).strip()  # the plan keeps lines trimmed
        plan.save_plan(self.store.db, {"warning_signs": [sign]})
        self.model.plans.add(sign)

    @rule(words=WORDS, suds=st.integers(0, 100), minutes=st.integers(0, 120))
    def log_attempt(self, words: str, suds: int, minutes: int) -> None:
        learned = self._text(words)
        start = datetime(2026, 1, 5, 10, 0) + timedelta(minutes=self.n)
        a = attempts.log_attempt(self.store.db, self.step_id, AttemptInput(
            started_at=start, ended_at=start + timedelta(minutes=minutes),
            suds_before=suds, learned=learned))
        self.model.attempts[a.id] = learned

    @rule(day=DAYS, words=WORDS)
    def edit_draft(self, day: date, words: str) -> None:
        payload = {"note": self._text(words), "mood": "7"}
        diary.keep_draft(self.store.db, day, payload)
        self.model.drafts[day.isoformat()] = payload

    # -- imports ------------------------------------------------------------------------
    @rule()
    def import_good_file(self) -> None:
        before, state = self._backups(), copy.deepcopy(self.model)
        import_json(self.store, self.good, "merge")
        self._note_new_backups(before, state)
        for day, note in self.source.diary.items():
            self.model.diary.setdefault(day, note)  # a day written here is kept
        self.model.imported |= self.source.imported
        self.model.plans |= self.source.plans

    @rule(kind=st.sampled_from(["truncated", "impossible_day", "mood_11", "wrong_type",
                                "unknown_table", "long_plan_line"]),
          mode=st.sampled_from(["merge", "replace"]))
    def import_malformed_file(self, kind: str, mode: str) -> None:
        bad = _malformed(self.good, kind, self.tmp)
        before = row_hashes(self.store.db)
        with pytest.raises(ImportProblem) as err:
            import_json(self.store, bad, mode)
        assert "Nothing was changed" in err.value.user_message()
        assert row_hashes(self.store.db) == before

    # -- passphrase -----------------------------------------------------------------
    @precondition(lambda self: self.secret is None)
    @rule(phrase=PHRASES)
    def set_passphrase(self, phrase: str) -> None:
        self.store, _recovery = pp.set_passphrase(self.store, phrase)
        self.secret = phrase

    @precondition(lambda self: self.secret is not None)
    @rule(phrase=PHRASES)
    def change_passphrase(self, phrase: str) -> None:
        self.store = pp.change_passphrase(self.store, self.secret or "", phrase)
        self.secret = phrase

    @precondition(lambda self: self.secret is not None)
    @rule()
    def remove_passphrase(self) -> None:
        self.store = pp.remove_passphrase(self.store, self.secret or "")
        self.secret = None

    # -- backups and restores ---------------------------------------------------------
    @rule()
    def make_backup(self) -> None:
        made = make_backup(self.store, "manual")
        self.snapshots[made.path] = copy.deepcopy(self.model)

    @precondition(lambda self: bool(self.snapshots))
    @rule(data=st.data())
    def restore_backup(self, data: st.DataObject) -> None:
        present = [b for b in list_backups(self.paths.backups) if b.path in self.snapshots]
        if not present:
            return
        chosen = data.draw(st.sampled_from(present))
        before, state = self._backups(), copy.deepcopy(self.model)
        self.store = restore(self.store, chosen)
        self._note_new_backups(before, state)
        self.model = copy.deepcopy(self.snapshots[chosen.path])

    # -- what must always hold ----------------------------------------------------------
    @invariant()
    def every_acknowledged_record_is_there(self) -> None:
        if not hasattr(self, "store"):
            return
        db = self.store.db
        for day, note in self.model.diary.items():
            entry = diary.get_entry(db, date.fromisoformat(day))
            assert entry is not None and entry.note == note, day
        for record_id, situation in self.model.thoughts.items():
            rec = thoughts.get(db, record_id)
            assert rec is not None and rec.situation == situation, record_id
        situations = {r.situation for r in thoughts.list_records(db)}
        assert self.model.imported <= situations
        for attempt_id, learned in self.model.attempts.items():
            a = attempts.get_attempt(db, attempt_id)
            assert a is not None and a.learned == learned, attempt_id
        signs = {text for v in plan.versions(db)
                 for text in plan.plan_version(db, v.id).items("warning_signs")}  # type: ignore[union-attr]
        signs = {getattr(t, "text", t) for t in signs}
        assert self.model.plans <= signs
        for day, payload in self.model.drafts.items():
            kept = drafts.get(db, diary.DRAFT_KIND, day)
            assert kept is not None and kept.payload == payload, day

    @invariant()
    def nothing_readable_on_disk_while_protected(self) -> None:
        if not hasattr(self, "store") or self.secret is None:
            return
        for p in sorted(self.paths.root.rglob("*")):
            if p.is_file():
                raw = p.read_bytes()
                assert MARK.encode() not in raw, p.name
                assert b"SQLite format 3" not in raw[:100], p.name


StoreMachine.TestCase.settings = settings(
    max_examples=15, stateful_step_count=20, deadline=None,
    suppress_health_check=list(HealthCheck))
test_store_survives_random_sequences = StoreMachine.TestCase
