"""`ippo import-from`, run as a real process: dry run, mapping, duplicates, refusals."""

from __future__ import annotations

from datetime import date

from app.db import open_store
from app.diary import service as diary
from app.paths import resolve
from tests.app.importer_samples import DAYLIO, data_hash, loop_zip
from tests.conftest import run_ippo

MOODS = ["--mood", "sunny=9", "--mood", "cloudy=5", "--mood", "stormy=2"]


def _days(data):
    store = open_store(resolve(data), create=False)
    try:
        return diary.days_with_entries(store.db, date(2000, 1, 1), date(2030, 1, 1))
    finally:
        store.close()


def test_dry_run_shows_the_preview_and_changes_nothing(tmp_path):
    data = tmp_path / "d"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "1").returncode == 0
    before = data_hash(data / "ippo.sqlite3")
    src = tmp_path / "daylio_export.csv"
    src.write_text(DAYLIO, encoding="utf-8")
    out = run_ippo("import-from", "daylio", str(src), "--dry-run", "--data-dir", str(data),
                   *MOODS)
    assert out.returncode == 0, out.stderr
    assert "3 diary days: 3 new" in out.stdout and "Dry run" in out.stdout
    assert "Mood “sunny” → 9" in out.stdout
    assert data_hash(data / "ippo.sqlite3") == before


def test_unmapped_renamed_moods_are_named_and_nothing_is_written(tmp_path):
    data = tmp_path / "d"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "1").returncode == 0
    before = data_hash(data / "ippo.sqlite3")
    src = tmp_path / "daylio_export.csv"
    src.write_text(DAYLIO, encoding="utf-8")
    out = run_ippo("import-from", "auto", str(src), "--data-dir", str(data))
    assert out.returncode == 2
    assert "sunny" in out.stderr and "--mood" in out.stderr and "Traceback" not in out.stderr
    assert data_hash(data / "ippo.sqlite3") == before


def test_import_then_again_keeps_the_days_once(tmp_path):
    data = tmp_path / "d"
    src = tmp_path / "daylio_export.csv"
    src.write_bytes(DAYLIO.encode("utf-16"))
    out = run_ippo("import-from", "auto", str(src), "--data-dir", str(data), *MOODS)
    assert out.returncode == 0, out.stderr
    assert "Days added to your diary: 3." in out.stdout
    assert _days(data) == {date(2024, 5, 29), date(2024, 5, 30), date(2024, 5, 31)}
    again = run_ippo("import-from", "daylio", str(src), "--data-dir", str(data), *MOODS,
                     "--duplicates", "theirs")
    assert again.returncode == 0, again.stderr
    assert "Days added to your diary: 0." in again.stdout
    assert "stayed as they were: 3" in again.stdout


def test_loop_zip_and_a_refused_file(tmp_path):
    data = tmp_path / "d"
    out = run_ippo("import-from", "loop", str(loop_zip(tmp_path / "Loop.zip")),
                   "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    assert len(_days(data)) == 3
    before = data_hash(data / "ippo.sqlite3")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused = run_ippo("import-from", "csv", str(empty), "--data-dir", str(data))
    assert refused.returncode == 1 and "empty" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert data_hash(data / "ippo.sqlite3") == before


def test_loop_as_anchors_dry_run_then_import(tmp_path):
    from app.routine import service as routine

    data = tmp_path / "d"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "1").returncode == 0
    before = data_hash(data / "ippo.sqlite3")
    src = str(loop_zip(tmp_path / "Loop.zip"))
    dry = run_ippo("import-from", "loop", src, "--loop-as", "anchors", "--anchor-time", "08:30",
                   "--dry-run", "--data-dir", str(data))
    assert dry.returncode == 0, dry.stderr
    assert "Habits as routine anchors at 08:30: 2" in dry.stdout
    assert "Days to tick: 4." in dry.stdout and "Dry run" in dry.stdout
    assert data_hash(data / "ippo.sqlite3") == before
    out = run_ippo("import-from", "loop", src, "--loop-as", "anchors", "--anchor-time", "08:30",
                   "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    assert "Routine anchors added: 2." in out.stdout and "ticked on your anchors: 4" in out.stdout
    store = open_store(resolve(data), create=False)
    try:
        names = {a.name: a for a in routine.list_anchors(store.db)}
        assert names["Stretch"].at.strftime("%H:%M") == "08:30"
        assert routine.kept_days(store.db, names["Stretch"].id, date(2024, 1, 1),
                                 date(2025, 1, 1)) == [date(2024, 5, 28), date(2024, 5, 30)]
    finally:
        store.close()
    assert date(2024, 5, 28) not in _days(data)  # habits did not become diary days
