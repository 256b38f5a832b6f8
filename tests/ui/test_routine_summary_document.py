"""The printed summary shows the routine figures the summary model counted."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from app import clock
from app.diary import service as diary
from app.diary.models import Activity, DiaryEntry
from app.progress import summary
from app.progress.periods import custom
from app.routine import plans as routine_plans

END = date(2026, 11, 29)
PERIOD = custom(END - timedelta(days=27), END)


def test_planned_against_done_and_waking_are_printed_as_counted(qapp, db, monkeypatch):
    from ui.report.page_setup import page_layout
    from ui.report.summary_document import SummaryDocument

    monkeypatch.setattr(clock, "now", lambda: datetime.combine(END, time(22)).astimezone())
    for back, wake in ((1, time(9, 0)), (2, time(9, 40)), (3, time(8, 30)), (4, time(12, 0))):
        diary.save_entry(db, DiaryEntry(day=END - timedelta(days=back), waketime=wake,
                                        activities=(Activity("walk"),) if back < 3 else ()))
    for back in (1, 2, 3):
        routine_plans.add_plan(db, END - timedelta(days=back), "walk")
    s = summary.compose(db, PERIOD, sections=["routine"])
    text = SummaryDocument(s, page_layout("A4")).toPlainText()
    assert "2 of 3 planned activities happened" in text
    assert "Usually about 09:00; on 3 of 4 days noted, within an hour of it" in text
    none = SummaryDocument(summary.compose(db, PERIOD, sections=["mood"]),
                           page_layout("A4")).toPlainText()
    assert "planned activities" not in none
