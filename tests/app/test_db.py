"""The database: pragmas, migrations, refusals that leave files byte-identical."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from app import migrations
from app.backup import list_backups, verify
from app.db import StoreProblem, open_store

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURES = sorted(DATA.glob("ippo-m*.sqlite3"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_on_every_connection(store):
    q = lambda p: store.db.execute(f"PRAGMA {p}").fetchone()[0]  # noqa: E731
    assert q("journal_mode") == "wal"
    assert q("synchronous") == 2  # FULL
    assert q("foreign_keys") == 1
    assert q("temp_store") == 2  # MEMORY
    assert q("secure_delete") == 1


def test_unencrypted_file_is_plain_sqlite(store, data_paths):
    store.db["meta"].insert({"key": "hello", "value": "world"})
    store.close()
    if shutil.which("sqlite3"):
        out = subprocess.run(["sqlite3", str(data_paths.database), "select value from meta"],
                             capture_output=True, text=True)
        assert "world" in out.stdout
    with sqlite3.connect(data_paths.database) as conn:
        assert conn.execute("select value from meta").fetchone() == ("world",)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_upgrade_from_every_released_schema(fixture, data_paths):
    data_paths.root.mkdir(parents=True)
    shutil.copy(fixture, data_paths.database)
    store = open_store(data_paths)
    try:
        assert migrations.pending(store.db) == []
        assert store.db["meta"].get("canary")["value"] == "ippo-fixture-canary"
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        store.close()


def test_the_applied_migrations_are_read_from_sqlite_utils_own_table(store):
    """app.migrations reads what sqlite-utils recorded without loading it; this
    fails if sqlite-utils ever records its migrations somewhere else."""
    assert Migrations.migrations_table == migrations.APPLIED_TABLE
    assert migrations.applied(store.conn) == migrations.known()
    assert [m.name for m in migrations.build().applied(store.db)] == migrations.known()
    assert migrations.pending(store.conn) == []


def test_there_is_a_fixture_for_the_first_schema():
    assert any("m001" in p.name for p in FIXTURES)


def ship_migration(monkeypatch, name, migrate):
    """One more migration module in app/migrations, as a newer Ippo would ship it."""
    module = types.ModuleType(f"app.migrations.{name}")
    module.migrate = migrate
    monkeypatch.setitem(sys.modules, module.__name__, module)
    shipped = migrations.known()
    monkeypatch.setattr(migrations, "known", lambda: [*shipped, name])


@pytest.fixture
def extra_migration(monkeypatch):
    calls: list[str] = []

    def m999_test(db):
        calls.append("ran")
        db["later"].create({"id": int}, pk="id")

    ship_migration(monkeypatch, "m999_test", m999_test)
    return calls


def test_backup_is_taken_and_verified_before_migrating(store, data_paths, extra_migration):
    store.db["meta"].insert({"key": "canary", "value": "before"})
    # Forget the extra migration, as if the file came from the older Ippo.
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm999_test'")
    if store.db["later"].exists():
        store.db["later"].drop()
    store.close()
    reopened = open_store(data_paths)
    reopened.close()
    backups = list_backups(data_paths.backups)
    assert [b.reason for b in backups] == ["migrate"]
    assert verify(backups[0].path, None)
    with sqlite3.connect(backups[0].path) as conn:
        names = {r[0] for r in conn.execute("select name from _sqlite_migrations")}
        assert "m999_test" not in names
        assert conn.execute("select value from meta where key='canary'").fetchone() == ("before",)


def test_failed_migration_leaves_the_old_version(store, data_paths, monkeypatch):
    def m998_boom(db):
        db["half"].create({"id": int}, pk="id")
        raise RuntimeError("boom")

    store.close()
    with monkeypatch.context() as patch:
        ship_migration(patch, "m998_boom", m998_boom)
        with pytest.raises(RuntimeError):
            open_store(data_paths)
    s = open_store(data_paths)
    try:
        assert not s.db["half"].exists()
        assert "m998_boom" not in migrations.applied(s.db)
    finally:
        s.close()


def test_newer_schema_is_refused_byte_identical(store, data_paths):
    store.db["_sqlite_migrations"].insert(
        {"migration_set": "ippo", "name": "m900_from_the_future", "applied_at": "2030"})
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    before = digest(data_paths.database)
    with pytest.raises(StoreProblem) as err:
        open_store(data_paths)
    assert err.value.kind == StoreProblem.NEWER
    assert "newer version" in err.value.user_message()
    assert digest(data_paths.database) == before


@pytest.mark.parametrize("content", [b"hello, this is a text file\n", b"\x00" * 4096 + b"x",
                                     b"SQLite format 3\x00" + b"\xff" * 5000])
def test_foreign_or_corrupt_file_is_never_written(data_paths, content):
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_bytes(content)
    with pytest.raises(StoreProblem) as err:
        open_store(data_paths)
    assert err.value.kind in (StoreProblem.NOT_A_DATABASE, StoreProblem.CORRUPT)
    assert data_paths.database.read_bytes() == content
    assert sorted(p.name for p in data_paths.root.iterdir()) == ["ippo.sqlite3"]


def test_truncated_database_is_detected_and_kept(store, data_paths):
    for i in range(300):
        store.db["meta"].insert({"key": f"k{i}", "value": "x" * 500})
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    raw = data_paths.database.read_bytes()
    data_paths.database.write_bytes(raw[: len(raw) // 2])
    cut = data_paths.database.read_bytes()
    with pytest.raises(StoreProblem) as err:
        open_store(data_paths)
    assert err.value.kind == StoreProblem.CORRUPT
    assert data_paths.database.read_bytes() == cut


def test_missing_folder_without_create(data_paths):
    with pytest.raises(StoreProblem) as err:
        open_store(data_paths, create=False)
    assert err.value.kind == StoreProblem.MISSING
    assert not data_paths.root.exists()


def test_quotable_drops_a_final_full_stop():
    from app.text import quotable

    assert quotable("I did not answer.") == "I did not answer"
    assert quotable("誰にも会わなかった。") == "誰にも会わなかった"
    assert quotable("Wait...") == "Wait..."
    assert quotable("Why me?") == "Why me?"
