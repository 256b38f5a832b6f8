"""Sample files for the importer tests, written here from the formats' public
descriptions (Daylio: full_date,date,weekday,time,mood,activities,note_title,note
with activities split by " | "; Loop: Habits.csv and a Checkmarks.csv with a Date
column and one column per habit, 2 = done)."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date, timedelta
from pathlib import Path

DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note"

# Renamed moods ("sunny", "cloudy", "stormy"), newest first as Daylio writes them,
# two entries on 2024-05-31, a Japanese note, a title and an HTML line break.
DAYLIO = "\n".join([
    DAYLIO_HEADER,
    '2024-05-31,May 31,Friday,9:10 PM,sunny,walk | tea | 散歩,,"Evening, calmer"',
    "2024-05-31,May 31,Friday,8:05 AM,stormy,,Morning,Could not get up<br>tired",
    "2024-05-30,May 30,Thursday,21:00,cloudy,tea,,今日は少しだけ外に出た。",
    "2024-05-29,May 29,Wednesday,10:00 PM,rad,,,",
]) + "\n"
MOODS = {"sunny": 9, "cloudy": 5, "stormy": 2, "rad": 10}


def daylio_days(days: int, per_day: int = 3, end: date = date(2025, 12, 31)) -> str:
    """A Daylio-sized export: `days` days × `per_day` entries, newest first."""
    labels = ("rad", "good", "meh", "bad", "awful")
    lines = [DAYLIO_HEADER]
    for n in range(days):
        d = end - timedelta(days=n)
        for k in range(per_day):
            lines.append(f"{d.isoformat()},{d:%b %d},{d:%A},{8 + 5 * k}:00,"
                         f"{labels[(n + k) % 5]},walk | reading | tea,,note {n}-{k}")
    return "\n".join(lines) + "\n"


LOOP_HABITS = ("Position,Name,Question,Description,NumRepetitions,Interval,Color\n"
               "001,Open the curtains,Did you open the curtains?,,1,1,#FF8F00\n"
               "002,Stretch,,,3,7,#AFB42B\n")
LOOP_CHECKMARKS = ("Date,Open the curtains,Stretch,\n"
                   "2024-05-31,2,0,\n"
                   "2024-05-30,1,2,\n"
                   "2024-05-29,0,3,\n"
                   "2024-05-28,2,2,\n")


def loop_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Habits.csv", LOOP_HABITS)
        zf.writestr("Checkmarks.csv", LOOP_CHECKMARKS)
        zf.writestr("001 Open the curtains/Checkmarks.csv", "2024-05-31,2\n")
    return path


GENERIC = ("日付;気分;不安;就寝;起床;外出（分）;メモ\n"
           "31/05/2024;4;2;23:30;07:15;20;よく眠れた\n"
           "30/05/2024;1;5;01:00;10:00;0;\n"
           "13/05/2024;9;3;;;;out of scale\n")


def data_hash(db_path: Path) -> str:
    """The database file and its WAL, byte for byte."""
    h = hashlib.sha256()
    for p in (db_path, db_path.with_name(db_path.name + "-wal")):
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()
