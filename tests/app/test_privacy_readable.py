"""The spreadsheet a person can open: one row per diary day, per practice, per thought
record, headers in the chosen language; read back through LibreOffice."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest

from app.privacy import readable
from app.privacy.readable import export_readable
from tests.conftest import run_ippo

STAMP = "2026-03-02T01:00:00+00:00"
LOCAL = datetime.fromisoformat(STAMP).astimezone()


def _fill(db) -> None:
    db["diary_entries"].insert_all([
        {"day": "2026-03-02", "mood": 6, "anxiety": 3, "bedtime": "23:30",
         "waketime": "07:15", "minutes_outside": 40, "face_contacts": 1, "online_contacts": 2,
         "note": "散歩した。風が気持ちよかった", "updated_at": STAMP},
        {"day": "2026-03-03", "mood": 4, "note": "=1+1 is not a formula", "updated_at": STAMP},
    ])
    db["diary_symptoms"].insert({"id": 1, "name": "頭痛", "position": 0, "retired": 0,
                                 "created_at": STAMP})
    db["diary_symptom_ratings"].insert({"day": "2026-03-02", "symptom_id": 1, "rating": 2})
    db["diary_activities"].insert_all([
        {"day": "2026-03-02", "position": 0, "tag": "walk"},
        {"day": "2026-03-02", "position": 1, "tag": "読書"}])
    db["ladders"].insert({"id": 1, "goal": "Go to the shop", "created_at": STAMP})
    db["ladder_steps"].insert({"id": 1, "ladder_id": 1, "position": 0,
                               "title": "Stand at the door"})
    db["ladder_attempts"].insert({"id": 1, "step_id": 1, "started_at": STAMP,
                                  "actual_minutes": 5, "suds_before": 60, "suds_peak": 70,
                                  "suds_after": 30, "feared_outcome": "People stare",
                                  "outcome_happened": "no", "learned": "It passed"})
    db["thought_records"].insert({
        "id": 1, "status": "done", "mode": "free", "guided_step": 0, "day": "2026-03-04",
        "situation": "母に昼ごはんのことを聞かれた", "evidence_for": "She sighed",
        "evidence_against": "She made soup", "alternative": "She cares",
        "alternative_belief": 65, "created_at": STAMP, "updated_at": STAMP})
    db["thought_moods"].insert({"id": 1, "record_id": 1, "position": 0, "name": "Anxious",
                                "before": 80, "after": 40})
    db["thought_thoughts"].insert({"id": 1, "record_id": 1, "position": 0,
                                   "text": "She is disappointed", "belief": 90, "is_hot": 1})
    db["thought_trap_tags"].insert({"thought_id": 1, "trap_id": "mind_reading"})


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # BOM, CRLF
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_readable_files_in_human_terms(store, tmp_path):
    _fill(store.db)
    folder = export_readable(store.db, tmp_path / "sheets")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [readable.DIARY, readable.LADDER, readable.THOUGHTS])
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700
        assert all(p.stat().st_mode & 0o777 == 0o600 for p in folder.iterdir())
    diary = _read(folder / readable.DIARY)
    assert diary[0][:3] == ["Date", "Mood (0–10)", "Anxiety (0–10)"]
    assert diary[1] == ["2026-03-02", "6", "3", "23:30", "07:15", "40", "1", "2", "頭痛: 2",
                        "walk; 読書", "散歩した。風が気持ちよかった"]
    assert diary[2][0] == "2026-03-03" and diary[2][-1] == "'=1+1 is not a formula"
    ladder = _read(folder / readable.LADDER)
    assert ladder[1] == [LOCAL.strftime("%Y-%m-%d"), LOCAL.strftime("%H:%M"), "Go to the shop",
                         "Stand at the door", "5", "60", "70", "30", "People stare", "no",
                         "It passed", ""]
    thoughts = _read(folder / readable.THOUGHTS)
    assert thoughts[1][:6] == ["2026-03-04", "yes", "母に昼ごはんのことを聞かれた",
                               "Anxious 80 → 40", "She is disappointed (90)", "Mind reading"]
    assert thoughts[1][6:10] == ["She sighed", "She made soup", "She cares", "65"]


def _xlsx_rows(path: Path) -> list[list[object]]:
    """Cells of the first sheet: strings as str, numbers as float (no openpyxl here)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter(f"{{{ns['m']}}}row"):
        cells: list[object] = []
        for c in row.findall("m:c", ns):
            col = re.match(r"[A-Z]+", c.get("r", "A"))
            index = sum((ord(ch) - 64) * 26**i for i, ch in enumerate(reversed(col.group())))
            cells.extend([""] * (index - 1 - len(cells)))
            v = c.find("m:v", ns)
            inline = c.find("m:is", ns)
            if c.get("t") == "s" and v is not None:
                cells.append(shared[int(v.text or 0)])
            elif c.get("t") in ("str", "inlineStr"):
                cells.append("".join(t.text or "" for t in (inline if inline is not None
                                                            else c).iter(f"{{{ns['m']}}}t"))
                             or (v.text if v is not None else ""))
            else:
                cells.append(float(v.text) if v is not None and v.text else "")
        rows.append(cells)
    return rows


def _serial(day: str) -> float:
    return float((date.fromisoformat(day) - date(1899, 12, 30)).days)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_japanese_spreadsheet_opens_in_libreoffice(store, tmp_path):
    _fill(store.db)
    store.close()
    out = tmp_path / "シート"
    done = run_ippo("export", "--readable", "--lang", "ja", "--data-dir", str(store.paths.root),
                    "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert _read(out / readable.DIARY)[0][:2] == ["日付", "気分（0〜10）"]
    converted = tmp_path / "xlsx"
    profile = (tmp_path / "lo-profile").as_uri()
    # Headless LibreOffice has no import dialog, so it is told the character set
    # (76 = UTF-8) the dialog offers; the BOM must then not end up in the first cell.
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(converted),
                    *(str(out / n) for n in (readable.DIARY, readable.LADDER,
                                             readable.THOUGHTS))],
                   check=True, capture_output=True, timeout=240)
    diary = _xlsx_rows(converted / "diary.xlsx")
    assert diary[0][:4] == ["日付", "気分（0〜10）", "不安（0〜10）", "寝た時刻"]
    # The date is a real date to the spreadsheet (a number), mood and minutes numbers,
    # Japanese text intact (the byte-order mark is honoured).
    assert diary[1][0] == _serial("2026-03-02")
    assert diary[1][1] == 6.0 and diary[1][5] == 40.0
    assert diary[1][8] == "頭痛: 2" and diary[1][9] == "walk; 読書"
    assert diary[1][10] == "散歩した。風が気持ちよかった"
    assert diary[2][10] == "'=1+1 is not a formula"  # shown as text, never run
    ladder = _xlsx_rows(converted / "ladder-practice.xlsx")
    assert ladder[0][2:4] == ["ステップ表", "段"]
    assert ladder[1][0] == _serial(LOCAL.strftime("%Y-%m-%d"))
    assert ladder[1][2:8] == ["Go to the shop", "Stand at the door", 5.0, 60.0, 70.0, 30.0]
    assert ladder[1][9] == "いいえ"
    thoughts = _xlsx_rows(converted / "thought-records.xlsx")
    assert thoughts[1][0] == _serial("2026-03-04")
    assert thoughts[1][2] == "母に昼ごはんのことを聞かれた"
    assert thoughts[1][3] == "Anxious 80 → 40" and thoughts[1][9] == 65.0
    assert diary[1][0] == _serial("2026-03-01") + 1  # sanity of the date arithmetic
