"""Encrypted exports: the sealed format, the round trip into a new folder, and every
bad file (cut short, changed, wrong passphrase, newer format) refused with the live
data folder byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import struct
from pathlib import Path

import pytest

from app import demo
from app.paths import resolve
from app.privacy import sealed, transfer
from app.privacy.tables import row_hashes
from app.privacy.transfer import ImportProblem, export_json, import_json
from tests.conftest import run_ippo

PASS = "a long walk to the river"


@pytest.fixture
def filled(store):
    demo.generate(store.db, 30, seed=5)
    store.db["meta"].insert({"key": "odd", "value": "日本語のメモ 🌱"})
    return store


@pytest.fixture
def sealed_export(filled, tmp_path):
    return export_json(filled.db, tmp_path / "ippo.ippo", PASS)


def folder_hashes(root: Path) -> dict[str, str]:
    """Every file of a data folder (the -shm index aside, which readers may touch)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.endswith("-shm")}


def test_seal_header_and_round_trip():
    data = sealed.seal("日本語 {}".encode(), "pw")
    assert data.startswith(sealed.MAGIC) and b"\xe6\x97\xa5" not in data
    assert sealed.unseal(data, "pw") == "日本語 {}".encode()
    version, params, salt, nonce, end = sealed.read_header(data)
    assert version == sealed.VERSION == 1 and params == sealed.DEFAULT
    assert params.kdf == sealed.KDF_ARGON2ID and params.a >= 19 * 1024
    assert len(salt) == 16 and len(nonce) == 12
    assert sealed.seal(b"x", "pw")[end - 12:end] != sealed.seal(b"x", "pw")[end - 12:end]


def test_export_is_encrypted_private_and_atomic(sealed_export):
    raw = sealed_export.read_bytes()
    assert sealed.is_sealed(raw) and transfer.is_encrypted(sealed_export)
    assert "日本語のメモ".encode() not in raw and b"ippo-export" not in raw
    if os.name == "posix":
        assert sealed_export.stat().st_mode & 0o777 == 0o600
    assert not list(sealed_export.parent.glob(".*.partial"))


def test_round_trip_into_a_new_folder_gives_an_equal_export(filled, sealed_export, tmp_path):
    from app.db import open_store

    other = open_store(resolve(tmp_path / "new-pc"))
    try:
        import_json(other, sealed_export, "replace", PASS)
        assert row_hashes(other.db) == row_hashes(filled.db)
        again = transfer.export_document(other.db)["tables"]
        assert again == transfer.export_document(filled.db)["tables"]
    finally:
        other.close()


def _tampered(path: Path, tmp_path: Path) -> dict[str, Path]:
    raw = path.read_bytes()
    header_end = sealed.read_header(raw)[4]
    files = {}

    def write(name: str, data: bytes) -> None:
        files[name] = tmp_path / name
        files[name].write_bytes(data)

    write("cut", raw[: len(raw) - 100])
    write("cut-header", raw[:20])
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 0x01
    write("body", bytes(flipped))
    salt = bytearray(raw)
    salt[header_end - 20] ^= 0x80  # a byte of the salt: header is authenticated too
    write("salt", bytes(salt))
    tag = bytearray(raw)
    tag[-1] ^= 0xFF
    write("tag", bytes(tag))
    newer = bytearray(raw)
    struct.pack_into(">H", newer, len(sealed.MAGIC), sealed.VERSION + 1)
    write("newer", bytes(newer))
    return files


@pytest.mark.parametrize("passphrase", [PASS, "wrong passphrase", None])
def test_bad_files_are_refused_and_the_folder_is_unchanged(filled, sealed_export, tmp_path,
                                                           passphrase):
    files = _tampered(sealed_export, tmp_path)
    filled.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = folder_hashes(filled.paths.root)
    expected = {
        "cut": ImportProblem.UNREADABLE, "cut-header": ImportProblem.UNREADABLE,
        "body": ImportProblem.WRONG_PASSPHRASE, "salt": ImportProblem.WRONG_PASSPHRASE,
        "tag": ImportProblem.WRONG_PASSPHRASE, "newer": ImportProblem.NEWER}
    if passphrase is None:  # asked for first, before anything is tried
        expected.update(body=ImportProblem.NEEDS_PASSPHRASE,
                        salt=ImportProblem.NEEDS_PASSPHRASE, tag=ImportProblem.NEEDS_PASSPHRASE)
    for name, path in files.items():
        for mode in ("merge", "replace"):
            with pytest.raises(ImportProblem) as err:
                import_json(filled, path, mode, passphrase)
            assert err.value.kind == expected[name], name
            assert "Nothing was changed" in err.value.user_message()
    wrong = tmp_path / "wrong-pass"
    wrong.write_bytes(sealed_export.read_bytes())
    if passphrase != PASS:
        with pytest.raises(ImportProblem) as err:
            import_json(filled, wrong, "replace", passphrase)
        assert err.value.kind in (ImportProblem.WRONG_PASSPHRASE, ImportProblem.NEEDS_PASSPHRASE)
    assert folder_hashes(filled.paths.root) == before


def test_crafted_kdf_parameters_are_refused_without_running_them(sealed_export):
    raw = bytearray(sealed_export.read_bytes())
    struct.pack_into(">I", raw, len(sealed.MAGIC) + 4, 2**31)  # 2 TiB of memory
    with pytest.raises(sealed.SealProblem) as err:
        sealed.unseal(bytes(raw), PASS)
    assert err.value.kind == sealed.SealProblem.DAMAGED


def test_plain_export_still_imports_and_format_is_documented(filled, tmp_path):
    plain = export_json(filled.db, tmp_path / "plain.json")
    assert json.loads(plain.read_text("utf-8"))["format"] == "ippo-export"
    assert not transfer.is_encrypted(plain)
    import_json(filled, plain, "merge", "an unused passphrase")
    fmt = (Path(transfer.__file__).parent / "FORMAT.md").read_text("utf-8")
    assert "IPPOSEAL" in fmt and "Argon2id" in fmt and "Encrypted export, version 1" in fmt


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_cli_restores_into_a_missing_and_an_empty_folder(filled, sealed_export, tmp_path):
    pw = _write(tmp_path / "pw.txt", PASS)
    missing = tmp_path / "missing" / "ippo"
    asked = run_ippo("import", str(sealed_export), "--data-dir", str(missing))
    assert asked.returncode == 2 and "encrypted" in asked.stderr, asked.stderr
    assert not missing.exists()  # nothing made before the file is known to be good
    out = run_ippo("import", str(sealed_export), "--data-dir", str(missing),
                   "--file-passphrase-file", str(pw))
    assert out.returncode == 0, out.stderr
    assert "Records added" in out.stdout and "There is no Ippo data" not in out.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    plain = export_json(filled.db, tmp_path / "plain.json")
    out = run_ippo("import", str(plain), "--data-dir", str(empty))
    assert out.returncode == 0, out.stderr
    from app.db import open_store

    for folder in (missing, empty):
        restored = open_store(resolve(folder), create=False)
        try:
            assert row_hashes(restored.db) == row_hashes(filled.db)
        finally:
            restored.close()


def test_cli_refuses_a_bad_file_without_making_a_folder(sealed_export, tmp_path):
    pw = _write(tmp_path / "pw.txt", "not it")
    missing = tmp_path / "missing"
    out = run_ippo("import", str(sealed_export), "--data-dir", str(missing),
                   "--file-passphrase-file", str(pw))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "passphrase does not open" in out.stderr and "Nothing was changed" in out.stderr
    assert not missing.exists()


def test_a_backup_file_restores_into_a_new_folder(filled, tmp_path):
    """Plain backups directly; encrypted ones with the recovery key, or with the
    passphrase while the backup sits in its data folder beside the key file."""
    import shutil

    from app.backup import make_backup
    from app.db import open_store
    from app.privacy import passphrase as pp

    plain = tmp_path / "plain" / "backup.sqlite3"  # setting a passphrase rekeys backups
    plain.parent.mkdir()
    shutil.copy(make_backup(filled, "manual").path, plain)
    assert transfer.secret_needed(plain) is None
    assert sum(transfer.check_alone(plain).values()) > 50
    filled_rows = row_hashes(filled.db)
    protected, recovery = pp.set_passphrase(filled, PASS)
    try:
        locked = make_backup(protected, "manual").path
        assert transfer.secret_needed(locked) == transfer.RECOVERY_KEY
        alone = tmp_path / "copied" / locked.name  # only the file, on a USB stick
        alone.parent.mkdir()
        shutil.copy(locked, alone)
        for path, secret, kind in ((alone, None, ImportProblem.NEEDS_KEY),
                                   (alone, PASS, ImportProblem.WRONG_KEY),
                                   (locked, "wrong words", ImportProblem.WRONG_KEY)):
            with pytest.raises(ImportProblem) as err:
                transfer.check_alone(path, secret)
            assert err.value.kind == kind
        for path, secret in ((plain, None), (alone, recovery), (locked, PASS)):
            target = open_store(resolve(tmp_path / f"new-{path.parent.name}-{bool(secret)}"))
            try:
                import_json(target, path, "replace", secret)
                assert row_hashes(target.db) == filled_rows
            finally:
                target.close()
    finally:
        protected.close()
