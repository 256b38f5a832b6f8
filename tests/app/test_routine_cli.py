"""`ippo routine`: a day's anchors and what is done, run as a real process."""

from __future__ import annotations

import json
from datetime import date, time

from app.db import open_store
from app.paths import resolve
from app.routine import plans as routine_plans
from app.routine import service
from tests.conftest import run_ippo

DAY = date(2026, 11, 23)  # a Monday, in the past


def _folder(tmp_path):
    data = tmp_path / "d"
    store = open_store(resolve(data))
    try:
        wake = service.add_anchor(store.db, "Get up", time(9), range(7))
        service.add_anchor(store.db, "Chore", time(11), range(5))
        service.add_anchor(store.db, "Sunday tea", time(16), [6])
        service.tick(store.db, wake.id, DAY, time(9, 25))
        routine_plans.add_plan(store.db, DAY, "walk to the river", "Being outside")
    finally:
        store.close()
    return data


def test_routine_lists_the_days_anchors_and_what_is_done(tmp_path):
    data = _folder(tmp_path)
    out = run_ippo("routine", "--data-dir", str(data), "--date", DAY.isoformat())
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "Anchors for Monday, 2026-11-23:"
    assert lines[1] == "  [x] 09:00  Get up  (done at 09:25)"
    assert lines[2] == "  [ ] 11:00  Chore"
    assert "Sunday tea" not in out.stdout  # planned for Sundays only
    assert "  [ ] walk to the river  (Being outside)" in lines


def test_routine_json_and_another_day(tmp_path):
    data = _folder(tmp_path)
    out = run_ippo("routine", "--data-dir", str(data), "--date", "2026-11-29", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["date"] == "2026-11-29"
    assert [(a["name"], a["done"]) for a in doc["anchors"]] == [("Get up", False),
                                                                 ("Sunday tea", False)]
    assert doc["plans"] == []


def test_routine_bad_date_and_missing_folder_say_so(tmp_path):
    out = run_ippo("routine", "--data-dir", str(_folder(tmp_path)), "--date", "2026-13-01")
    assert out.returncode == 2 and "year-month-day" in out.stderr
    out = run_ippo("routine", "--data-dir", str(tmp_path / "none"))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert not (tmp_path / "none").exists()


def test_routine_in_japanese(tmp_path):
    out = run_ippo("routine", "--data-dir", str(_folder(tmp_path)), "--date",
                   DAY.isoformat(), "--lang", "ja")
    assert out.returncode == 0, out.stderr
    assert "2026年11月23日" in out.stdout and "9:25" in out.stdout
