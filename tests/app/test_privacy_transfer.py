"""Export and import: identical round trip, merge and replace, and every bad file refused
with the live database unchanged."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import demo
from app.backup import list_backups
from app.privacy import transfer
from app.privacy.files import WriteProblem
from app.privacy.spreadsheet import export_csv
from app.privacy.tables import counts, row_hashes, user_tables
from app.privacy.transfer import ImportProblem, export_json, import_json


@pytest.fixture
def filled(store):
    demo.generate(store.db, 60, seed=3)
    store.db["meta"].insert({"key": "odd", "value": "emoji 🌱, 日本語, \"quotes\"\nnew line"})
    return store


@pytest.fixture
def exported(filled, tmp_path):
    (tmp_path / "out").mkdir()
    return export_json(filled.db, tmp_path / "out" / "ippo.json")


def test_round_trip_gives_identical_data(filled, exported, tmp_path):
    from app.db import open_store
    from app.paths import resolve

    other = open_store(resolve(tmp_path / "other"))
    try:
        import_json(other, exported, "replace")
        assert row_hashes(other.db) == row_hashes(filled.db)
        assert sum(counts(other.db).values()) > 100
    finally:
        other.close()


def test_export_format_is_documented_and_versioned(exported, filled):
    doc = json.loads(exported.read_text("utf-8"))
    assert doc["format"] == "ippo-export" and doc["version"] == transfer.FORMAT_VERSION
    assert "_sqlite_migrations" not in doc["tables"]
    assert set(doc["tables"]) == {t.name for t in user_tables(filled.db)}
    fmt = (Path(transfer.__file__).parent / "FORMAT.md").read_text("utf-8")
    assert f"version {transfer.FORMAT_VERSION}" in fmt.lower()


def test_replace_restores_ids_and_merge_keeps_what_is_here(filled, exported):
    before = row_hashes(filled.db)
    filled.db["meta"].upsert({"key": "odd", "value": "changed"}, pk="key")
    filled.db["meta"].insert({"key": "only-here", "value": "kept by merge"})
    import_json(filled, exported, "merge")
    assert filled.db["meta"].get("odd")["value"] == "changed"  # what is here stays
    assert filled.db["meta"].get("only-here")["value"] == "kept by merge"
    import_json(filled, exported, "replace")
    assert row_hashes(filled.db) == before
    reasons = [b.reason for b in list_backups(filled.paths.backups)]
    assert reasons.count("import") >= 1  # a backup was taken first


def _refused(store, path: Path) -> ImportProblem:
    before = row_hashes(store.db)
    with pytest.raises(ImportProblem) as err:
        import_json(store, path, "replace")
    assert row_hashes(store.db) == before
    assert "Nothing was changed" in err.value.user_message()
    return err.value


def test_truncated_files_are_refused(filled, exported, tmp_path):
    raw = exported.read_bytes()
    for cut in (0, 1, len(raw) // 3, len(raw) // 2, len(raw) - 2):
        bad = tmp_path / f"cut{cut}.json"
        bad.write_bytes(raw[:cut])
        assert _refused(filled, bad).kind == ImportProblem.UNREADABLE


def test_newer_format_and_newer_schema_are_refused(filled, exported, tmp_path):
    doc = json.loads(exported.read_text("utf-8"))
    for change in ({"version": transfer.FORMAT_VERSION + 1},
                   {"migrations": doc["migrations"] + ["m999_future"]}):
        bad = tmp_path / "newer.json"
        bad.write_text(json.dumps({**doc, **change}), "utf-8")
        problem = _refused(filled, bad)
        assert problem.kind == ImportProblem.NEWER
        assert "newer version" in problem.user_message()


def test_hand_edited_files_are_refused(filled, exported, tmp_path):
    doc = json.loads(exported.read_text("utf-8"))
    table = next(n for n, t in doc["tables"].items() if t["rows"])
    edits = {
        ImportProblem.UNKNOWN_TABLE: lambda d: d["tables"].update({"secret_table": {"rows": []}}),
        ImportProblem.UNKNOWN_COLUMN: lambda d: d["tables"][table]["rows"][0].update(x=1),
        ImportProblem.BAD_VALUE: lambda d: d["tables"]["meta"]["rows"].append(
            {"key": "k", "value": 12}),
        ImportProblem.NOT_IPPO: lambda d: d.update(format="something-else"),
    }
    for kind, edit in edits.items():
        d = json.loads(json.dumps(doc))
        edit(d)
        bad = tmp_path / "edited.json"
        bad.write_text(json.dumps(d), "utf-8")
        assert _refused(filled, bad).kind == kind
    # A broken reference is only seen by the database: the whole import rolls back.
    d = json.loads(json.dumps(doc))
    d["tables"]["meta"]["rows"].append({"key": "fresh", "value": "would be imported"})
    d["tables"]["meta"]["rows"].append({"key": "no-value", "value": None})
    d["tables"]["drafts"]["rows"].append({"kind": "k", "ref": "r", "payload": None,
                                          "updated_at": None})
    bad = tmp_path / "nulls.json"
    bad.write_text(json.dumps(d), "utf-8")
    assert _refused(filled, bad).kind == ImportProblem.CONFLICT
    assert filled.db["meta"].count_where("key = 'fresh'") == 0


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=20,
)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutation=st.tuples(st.sampled_from(["meta", "drafts", "diary_entries", "tables", "top"]),
                          json_values, st.integers(0, 5)))
def test_fuzzed_documents_are_refused_or_fit(filled, exported, tmp_path, mutation):
    where, value, index = mutation
    doc = json.loads(exported.read_text("utf-8"))
    if where == "top":
        doc = value
    elif where == "tables":
        doc["tables"] = value
    elif where in doc["tables"]:
        rows = doc["tables"][where]["rows"]
        if rows:
            row = rows[index % len(rows)]
            row[next(iter(row))] = value
    bad = tmp_path / "fuzz.json"
    bad.write_text(json.dumps(doc), "utf-8")
    before = row_hashes(filled.db)
    try:
        import_json(filled, bad, "replace")
    except ImportProblem:
        assert row_hashes(filled.db) == before


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=400))
def test_fuzzed_bytes_are_refused(filled, tmp_path, data):
    bad = tmp_path / "bytes.json"
    bad.write_bytes(data)
    _refused(filled, bad)


def _enospc(*_a, **_k):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_export_on_a_full_disk_leaves_no_file(filled, tmp_path, monkeypatch):
    target = tmp_path / "full" / "ippo.json"
    target.parent.mkdir()
    monkeypatch.setattr(os, "replace", _enospc)
    with pytest.raises(WriteProblem) as err:
        export_json(filled.db, target)
    assert err.value.kind == WriteProblem.DISK_FULL
    assert "disk is full" in err.value.user_message()
    assert list(target.parent.iterdir()) == []


def test_export_into_a_read_only_folder_leaves_no_file(filled, tmp_path, monkeypatch):
    target = tmp_path / "ro" / "ippo.json"
    target.parent.mkdir()
    real_open = os.open

    def refuse(path, flags, *a):
        if str(path).startswith(str(target.parent)) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *a)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(WriteProblem) as err:
        export_json(filled.db, target)
    assert err.value.kind == WriteProblem.NOT_WRITABLE
    assert list(target.parent.iterdir()) == []


def test_an_existing_export_survives_a_failed_rewrite(filled, exported, monkeypatch):
    before = exported.read_bytes()
    monkeypatch.setattr(os, "replace", _enospc)
    with pytest.raises(WriteProblem):
        export_json(filled.db, exported)
    assert exported.read_bytes() == before
    assert sorted(p.name for p in exported.parent.iterdir()) == [exported.name]


def test_csv_has_one_file_per_table_and_reads_back(filled, tmp_path):
    import csv

    folder = export_csv(filled.db, tmp_path / "sheets")
    names = sorted(p.stem for p in folder.glob("*.csv"))
    assert names == sorted(t.name for t in user_tables(filled.db))
    with open(folder / "meta.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["key"]: r["value"] for r in rows}["odd"].startswith("emoji 🌱, 日本語")
    assert not list(tmp_path.glob(".*partial*"))


def test_csv_on_a_full_disk_leaves_no_folder(filled, tmp_path, monkeypatch):
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(os, "replace", _enospc)
    with pytest.raises(WriteProblem):
        export_csv(filled.db, out / "sheets")
    assert list(out.iterdir()) == []
