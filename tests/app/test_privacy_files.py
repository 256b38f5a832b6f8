"""Modes on POSIX (0600 files, 0700 folders) and the privacy commands on the CLI."""

from __future__ import annotations

import json
import os
import stat

import pytest

from app.backup import make_backup
from app.privacy import passphrase as pp
from app.privacy.spreadsheet import export_csv
from app.privacy.transfer import export_json
from tests.conftest import run_ippo


def _mode(p) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_data_files_are_0600_and_folders_0700(store, tmp_path):
    store.db["meta"].insert({"key": "k", "value": "v"})
    s, _ = pp.set_passphrase(store, "a good passphrase")
    s.db["meta"].insert({"key": "k2", "value": "v"})
    make_backup(s, "manual")
    out = tmp_path / "exports"
    out.mkdir()
    files = [s.paths.database, *[p for p in s.paths.sidecars() if p.exists()],
             s.paths.root / "ippo-key.json", *s.paths.backups.iterdir(),
             export_json(s.db, out / "e.json")]
    sheets = export_csv(s.db, out / "sheets")
    files += list(sheets.iterdir())
    assert any(p.name.endswith("-wal") for p in files)
    modes = {p.name: _mode(p) for p in files}
    s.close()
    assert len(files) > 6
    assert modes == {p.name: 0o600 for p in files}
    for folder in (s.paths.root, s.paths.backups, sheets):
        assert _mode(folder) == 0o700, folder


def test_cli_passphrase_export_import(tmp_path):
    data = tmp_path / "d"
    first, second = tmp_path / "p1", tmp_path / "p2"
    first.write_text("first passphrase\n")
    second.write_text("second passphrase\n")
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "2").returncode == 0
    key_file = tmp_path / "recovery.txt"
    out = run_ippo("passphrase", "set", "--data-dir", str(data), "--new-passphrase-file",
                   str(first), "--recovery-key-file", str(key_file))
    assert out.returncode == 0, out.stderr
    assert "first passphrase" not in out.stdout + out.stderr
    assert run_ippo("check", "--data-dir", str(data)).returncode == 1
    assert run_ippo("check", "--data-dir", str(data), "--passphrase-file",
                    str(key_file)).returncode == 0  # the recovery key opens it too
    export = tmp_path / "e.json"
    sealed_out = tmp_path / "e.ippo"  # a protected folder's export is encrypted by default
    done = run_ippo("export", "--data-dir", str(data), "--passphrase-file", str(first),
                    "--out", str(sealed_out))
    assert done.returncode == 0 and sealed_out.read_bytes().startswith(b"IPPOSEAL")
    refused = run_ippo("export", "--csv", "--data-dir", str(data), "--passphrase-file",
                       str(first), "--out", str(tmp_path / "sheets"))
    assert refused.returncode == 2 and not (tmp_path / "sheets").exists()
    ok = run_ippo("export", "--data-dir", str(data), "--passphrase-file", str(first),
                  "--out", str(export), "--allow-plaintext")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(export.read_text("utf-8"))["format"] == "ippo-export"
    out = run_ippo("passphrase", "change", "--data-dir", str(data), "--passphrase-file",
                   str(first), "--new-passphrase-file", str(second))
    assert out.returncode == 0, out.stderr
    wrong = run_ippo("import", str(export), "--data-dir", str(data), "--passphrase-file",
                     str(first))
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "passphrase" in wrong.stderr
    ok = run_ippo("import", str(export), "--mode", "replace", "--data-dir", str(data),
                  "--passphrase-file", str(second))
    assert ok.returncode == 0, ok.stderr
    bad = tmp_path / "bad.json"
    bad.write_text(export.read_text("utf-8")[:200])
    out = run_ippo("import", str(bad), "--data-dir", str(data), "--passphrase-file", str(second))
    assert out.returncode == 1 and "Nothing was changed" in out.stderr
    out = run_ippo("passphrase", "remove", "--data-dir", str(data), "--passphrase-file",
                   str(second))
    assert out.returncode == 0, out.stderr
    assert run_ippo("check", "--data-dir", str(data)).returncode == 0
