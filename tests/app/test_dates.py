"""One way to write a day or a time, in English and Japanese (app/dates.py), and no
display code that formats dates on its own (strftime, isoformat, QLocale formats)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

import pytest

from app import dates

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 12, 1)  # a Tuesday
MOMENT = datetime(2026, 12, 1, 0, 10)


def test_english_forms() -> None:
    assert dates.long_date(DAY, "en") == "Tuesday, 1 December 2026"
    assert dates.short_date(DAY, "en") == "1 Dec 2026"
    assert dates.day_month(DAY, "en") == "1 Dec"
    assert dates.month_label(DAY, "en") == "Dec"
    assert dates.month_year(DAY, "en") == "Dec 2026"
    assert dates.time_of_day(time(0, 10), "en") == "00:10"
    assert dates.time_of_day(time(13, 5), "en") == "13:05"
    assert dates.date_time(MOMENT, "en") == "1 Dec 2026, 00:10"
    assert dates.long_date_time(MOMENT, "en") == "Tuesday, 1 December 2026, 00:10"


def test_japanese_forms() -> None:
    assert dates.long_date(DAY, "ja") == "2026年12月1日（火）"
    assert dates.short_date(DAY, "ja") == "2026年12月1日"
    assert dates.day_month(DAY, "ja") == "12月1日"
    assert dates.month_label(DAY, "ja") == "12月"
    assert dates.month_year(DAY, "ja") == "2026年12月"
    assert dates.time_of_day(time(0, 10), "ja") == "0:10"
    assert dates.time_of_day(time(13, 5), "ja") == "13:05"
    assert dates.date_time(MOMENT, "ja") == "2026年12月1日 0:10"
    assert dates.long_date_time(MOMENT, "ja") == "2026年12月1日（火）0:10"
    assert dates.long_date(datetime(2026, 12, 6, 9), "ja").endswith("（日）")


def test_the_language_in_use_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from app import i18n

    monkeypatch.setattr(i18n, "_language", "ja")
    assert dates.short_date(DAY) == "2026年12月1日"
    monkeypatch.setattr(i18n, "_language", "en")
    assert dates.short_date(DAY) == "1 Dec 2026"


def test_axis_labels_follow_the_range() -> None:
    assert dates.axis_label(DAY, 27, first=True, lang="ja") == "12月1日"
    assert dates.axis_label(DAY, 365, first=False, lang="ja") == "12月"
    assert dates.axis_label(DAY, 365, first=True, lang="ja") == "2026年12月"
    assert dates.axis_label(date(2027, 1, 1), 365, first=False, lang="en") == "Jan 2027"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_chart_axes_use_the_helper(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every date axis of every chart is labelled by app.dates: no "Dec" or "2026-12"
    in Japanese, no numeric "12-01" in English."""
    from app import i18n
    from app.diary import charts as diary_charts
    from app.diary.models import DiaryEntry
    from app.ladder import charts as ladder_charts
    from app.thoughts import charts as thought_charts
    from app.thoughts.models import MoodChange

    monkeypatch.setattr(i18n, "_language", lang)
    entries = [DiaryEntry(day=date(2026, 11, 3 + i), mood=5 + i % 3) for i in range(28)]
    figures = {
        "mood": diary_charts.mood_chart(entries, span=(date(2026, 11, 3), DAY)),
        "mood-year": diary_charts.mood_chart(entries, span=(date(2025, 12, 1), DAY)),
        "thoughts": thought_charts.mood_change_figure(
            [MoodChange(1, date(2026, 11, 20), 70.0, 40.0)], span=(date(2026, 11, 3), DAY)),
        "highest": ladder_charts.highest_step_chart([(date(2026, 10, 1), 0), (DAY, 2)], 6),
        "minutes": ladder_charts.minutes_chart([(date(2026, 11, 2), 30), (date(2026, 11, 23), 50)]),
    }
    for name, fig in figures.items():
        fig.canvas.draw()
        labels = [t.get_text() for ax in fig.axes for t in ax.get_xticklabels() if t.get_text()]
        assert labels, name
        for text in labels:
            if lang == "ja":
                assert re.search(r"[A-Za-z]|\d-\d", text) is None, (name, text)
                assert "月" in text, (name, text)
            else:
                assert re.search(r"\d-\d|\d/\d", text) is None, (name, text)


# Where formatting a date by hand is right: storage, file names and the text in an
# editable time field (which the form parses back). Each file is named with how many
# such calls it has, so a new display use fails here.
ALLOWED = {
    "app/backup.py": 1,  # backup file name stamp
    "app/recovery.py": 1,  # recovery file name stamp
    "app/diary/demo.py": 4,  # stored rows
    "app/diary/form.py": 1,  # the editable "HH:MM" text of a time field
    "app/diary/service.py": 14,  # stored rows, draft keys, an import's batch keys, query bounds
    "app/drafts.py": 1,  # stored row
    "app/ladder/attempts.py": 4,  # stored rows and query bounds
    "app/ladder/demo.py": 5,  # stored rows
    "app/ladder/service.py": 1,  # stored row
    "app/plan/service.py": 4,  # stored rows and the JSON of a watcher
    "app/privacy/checks.py": 1,  # checks that stored text is canonical ISO
    "app/privacy/transfer.py": 1,  # export file field
    "app/thoughts/demo.py": 2,  # stored rows
    "app/thoughts/service.py": 7,  # stored rows and query bounds
    "app/thoughts/traps.py": 3,  # stored rows and the counts' query bounds
    "ui/plan/watchers_panel.py": 1,  # the editable "HH:MM" text of a time field
    "ui/ladder/outing_timer.py": 2,  # a stopwatch's minutes:seconds, not a time of day
    "ui/privacy/data_section.py": 1,  # export file name stamp
    "app/importers/cli.py": 2,  # the dry run's ISO day and the --anchor-time default, for scripts
    "app/importers/daylio.py": 1,  # stored "HH:MM" text
    "app/importers/service.py": 4,  # stored rows and query keys
    "app/privacy/readable.py": 1,  # the spreadsheet's ISO cells
    "app/reminders/config.py": 1,  # settings.json "HH:MM"
    "app/reminders/store.py": 2,  # reminders.json days and moments
    "app/routine/cli.py": 5,  # `ippo routine` lines and JSON, for scripts
    "app/routine/demo.py": 9,  # stored rows
    "app/routine/service.py": 12,  # stored rows and query bounds
    "app/routine/plans.py": 4,  # stored rows and query bounds
    "app/practice/service.py": 3,  # stored rows and query bounds
    "app/practice/reasons.py": 1,  # stored row
}
HAND_MADE = re.compile(
    r"\.strftime\(|(?<!from)isoformat\(|QLocale\.FormatType|ConciseDateFormatter|DateFormatter\("
    r"|setDisplayFormat\((?!dates\.)|toString\([^)]*\"[dMyHhm]|:02d\}:\{")


def test_no_display_code_formats_dates_by_hand() -> None:
    found: dict[str, int] = {}
    for folder in ("app", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel == "app/dates.py":
                continue
            hits = [line for line in path.read_text(encoding="utf-8").splitlines()
                    if HAND_MADE.search(line) and not line.lstrip().startswith("#")]
            if len(hits) != ALLOWED.get(rel, 0):
                found[rel] = len(hits)
    assert not found, (
        f"dates formatted outside app/dates.py (file: calls; allowed: {ALLOWED}): {found}")


def test_every_date_field_shows_the_helper_format() -> None:
    """A QDateEdit or QDateTimeEdit left to Qt's locale would show "12/1/26 12:10 AM"."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        made = len(re.findall(r"\bQDate(?:Time)?Edit\(", text))
        formatted = len(re.findall(r"setDisplayFormat\(dates\.edit_(?:time_)?format\(\)\)", text))
        if made and not formatted:  # (one call may format several fields in a loop)
            found.append(f"{path.relative_to(ROOT)}: {made} date fields, {formatted} formatted")
    assert not found, found
