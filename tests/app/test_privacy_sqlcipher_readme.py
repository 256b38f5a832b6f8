"""The README's steps for opening the encrypted data with SQLCipher 4 work as written.

The shell line and the SQL statements are read from README.md and run as they
are, from the recovery key as Ippo prints it, with the `sqlcipher3` library's
own SQLCipher build (the same engine as the stock `sqlcipher` tool).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from app.backup import list_backups, make_backup
from app.diary import service as diary
from app.diary.models import DiaryEntry
from app.privacy import passphrase as pp

README = Path(__file__).resolve().parents[2] / "README.md"
CANARY = "walked to the corner shop, canary 5c1e"


def _steps() -> tuple[str, list[str]]:
    text = README.read_text("utf-8")
    section = text[text.index("### Opening the encrypted data without Ippo"):]
    shell = re.search(r"```sh\n(.*?)```", section, re.S)
    sql = re.search(r"```sql\n(.*?)```", section, re.S)
    assert shell and sql
    statements = [line.strip() for line in sql.group(1).splitlines() if line.strip()]
    return shell.group(1).strip(), statements


def _hex_from(recovery: str, shell_line: str) -> str:
    assert "'ABCD-EFGH-...'" in shell_line
    line = shell_line.replace("'ABCD-EFGH-...'", "'" + recovery + "'")
    out = subprocess.run(["sh", "-c", line], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def _run(path: Path, hex_key: str, statements: list[str]) -> list[list[tuple]]:
    conn = sqlcipher3.connect(str(path))
    try:
        return [conn.execute(s.replace("HEXKEY", hex_key)).fetchall() for s in statements]
    finally:
        conn.close()


@pytest.mark.skipif(not (shutil.which("base32") and shutil.which("od")),
                    reason="needs coreutils base32 and od")
def test_the_readme_steps_open_the_database_and_a_backup(store, data_paths, tmp_path):
    diary.save_entry(store.db, DiaryEntry(day=date(2026, 3, 1), mood=6, note=CANARY))
    protected, recovery = pp.set_passphrase(store, "a good long passphrase")
    try:
        make_backup(protected, "manual")
    finally:
        protected.close()
    shell_line, statements = _steps()
    hex_key = _hex_from(recovery, shell_line)
    assert re.fullmatch(r"[0-9a-f]{64}", hex_key)

    copy = tmp_path / "copy"
    shutil.copytree(data_paths.root, copy)  # the README says: work on a copy
    backup = list_backups(copy / "backups")[0].path
    for path in (copy / data_paths.database.name, backup):
        results = _run(path, hex_key, statements)
        assert results[-1] == [("2026-03-01", 6, CANARY)], path.name
        assert results[-2][0][0] > 5  # the tables are there

    wrong = "0" * 64
    with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
        _run(copy / data_paths.database.name, wrong, statements)
