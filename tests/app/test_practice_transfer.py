"""Practice data in export, merge import and erase: all or nothing, never overwriting."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.db import open_store
from app.paths import resolve
from app.practice import reasons as reasons_service
from app.practice import service
from app.privacy.erase import erase_everything
from app.privacy.tables import counts
from app.privacy.transfer import ImportProblem, export_json, import_json


def _fill(db, who: str, day: int) -> None:
    when = datetime(2026, 3, day, 20, 0).astimezone()
    service.log_practice(db, "breathing", "breathing", 3, 50, 30, when)
    service.save_own_lines(db, "door", {0: f"line of {who}"})
    words = {"gives": f"rest for {who}", "easier": f"walks for {who}"}
    reasons_service.save_reasons(db, words, when)


@pytest.fixture
def stores(tmp_path):
    a = open_store(resolve(tmp_path / "a"))
    b = open_store(resolve(tmp_path / "b"))
    _fill(a.db, "A", 1)
    _fill(b.db, "B", 9)
    yield a, b
    a.close()
    b.close()


def test_merge_adds_the_file_and_keeps_what_is_here(stores, tmp_path):
    a, b = stores
    path = export_json(a.db, tmp_path / "a.json")
    doc = json.loads(path.read_text("utf-8"))
    assert {"practice_log", "practice_lines", "reasons_versions", "reasons_items"} <= set(
        doc["tables"])
    import_json(b, path, "merge")
    assert len(service.practice_between(b.db, datetime(2026, 1, 1).date(),
                                        datetime(2026, 12, 31).date())) == 2
    assert service.own_lines(b.db, "door") == {0: "line of B"}  # mine is never overwritten
    assert len(reasons_service.reasons_versions(b.db)) == 2
    assert reasons_service.current_reasons(b.db).text("gives") == "rest for B"  # the newer one
    before = counts(b.db)
    import_json(b, path, "merge")
    assert counts(b.db) == before  # the same file twice adds nothing


@pytest.mark.parametrize("table, column, value", [
    ("practice_log", "minutes", 0),
    ("practice_log", "suds_after", 150),
    ("practice_log", "kind", "juggling"),
    ("reasons_items", "part", "secret"),
    ("practice_log", "done_at", "2026-02-30T20:00:00"),
])
def test_a_value_the_page_would_refuse_refuses_the_whole_file(stores, tmp_path, table, column,
                                                              value):
    a, b = stores
    doc = json.loads(export_json(a.db, tmp_path / "a.json").read_text("utf-8"))
    doc["tables"][table]["rows"][0][column] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    before = counts(b.db)
    with pytest.raises(ImportProblem):
        import_json(b, bad, "merge")
    assert counts(b.db) == before


def test_erase_takes_practice_with_everything(stores):
    a, _b = stores
    paths = a.paths
    a.close()
    erase_everything(paths)
    fresh = open_store(paths)
    try:
        assert reasons_service.current_reasons(fresh.db) is None
        assert service.own_lines(fresh.db, "door") == {}
    finally:
        fresh.close()
