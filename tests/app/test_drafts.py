"""One draft mechanism: every kind is a `DraftKind` in app/, and pages keep, read and
drop drafts only through their feature's service (never app/drafts.py with a string)."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from app.diary import service as diary
from app.drafts import DraftKind
from app.ladder import service as ladder
from app.ladder.inputs import StepInput
from app.plan import service as plan
from app.plan.models import PlanItem
from app.practice import reasons as reasons_service
from app.progress import notes
from app.progress.models import SummaryNotes
from app.thoughts import service as thoughts
from app.thoughts.models import ThoughtRecord

ROOT = Path(__file__).resolve().parents[2]


def _drafts_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("app.drafts")]
        elif isinstance(node, ast.ImportFrom) and node.module == "app":
            found += [f"app.{a.name}" for a in node.names if a.name == "drafts"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app.drafts"):
            found.append(str(node.module))
    return found


def test_pages_never_reach_the_drafts_store_directly() -> None:
    files = sorted((ROOT / "ui").rglob("*.py"))
    assert len(files) > 20
    bad = [(str(p.relative_to(ROOT)), n) for p in files for n in _drafts_imports(p)]
    assert bad == []


def test_the_check_catches_a_direct_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from app import clock, drafts\nimport app.drafts\n"
                      "from app.drafts import DraftKind\n")
    assert _drafts_imports(sample) == ["app.drafts", "app.drafts", "app.drafts"]


def test_every_feature_keeps_its_drafts_under_a_named_kind(db) -> None:
    day = date(2026, 3, 1)
    diary.keep_draft(db, day, {"note": "typed"})
    created = ladder.create_ladder(db, "Go out", [])
    step = ladder.add_step(db, created.id, StepInput("Open the door"))
    ladder.keep_attempt_draft(db, ladder.new_attempt_ref(step.id), {"note": "typed"})
    plan.keep_draft(db, {"reasons": [PlanItem("typed")]})
    record = thoughts.save(db, ThoughtRecord(situation="typed"), finish=False)
    thoughts.keep_edit(db, record)
    notes.save(db, SummaryNotes(name="A."))
    reasons_service.keep_reasons_draft(db, {"gives": "typed"})
    kinds = {row[0] for row in db.execute("SELECT DISTINCT kind FROM drafts").fetchall()}
    assert kinds == {k.value for k in DraftKind}
    assert diary.draft_for(db, day)["note"] == "typed"
    assert ladder.attempt_draft(db, ladder.new_attempt_ref(step.id)) == {"note": "typed"}
    assert reasons_service.reasons_draft(db) == {"gives": "typed"}
    assert plan.draft(db) == {"reasons": [PlanItem("typed")]}
    ladder.discard_attempt_draft(db, ladder.new_attempt_ref(step.id))
    plan.discard_draft(db)
    assert ladder.attempt_draft(db, ladder.new_attempt_ref(step.id)) is None
    assert plan.draft(db) is None
