"""The diary page: typing is autosaved, leaving a day saves it, bad input is named, symptoms."""

from __future__ import annotations

import time as time_mod
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.diary import service
from app.diary.models import DiaryEntry
from tests.ui.diary_pump import pump, pump_until

DAY = date(2026, 2, 10)


@pytest.fixture
def page(qtbot, context):
    from ui.diary.diary_page import DiaryPage

    p = DiaryPage(context)
    qtbot.addWidget(p)
    p.resize(1000, 800)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()  # best effort: key events go to the widgets directly anyway
    p.open_item(DAY)
    return p


def type_into(qtbot, widget, text):
    """Focus a field as Tab would, then type into it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    pump(5)
    focused = widget.window().focusWidget()
    assert focused is widget or widget.isAncestorOf(focused)
    qtbot.keyClicks(focused, text)


def test_typing_is_kept_as_a_draft_within_two_seconds(qtbot, page, context):
    type_into(qtbot, page.editor.note, "a calm evening")
    # QTest types ASCII only; other scripts arrive as an input method commits them.
    page.editor.note.insertPlainText(" שלום 日本語 🙂")
    text = "a calm evening שלום 日本語 🙂"
    typed_at = time_mod.monotonic()
    pump_until(lambda: service.draft_for(context.db, DAY) is not None, timeout=2.5)
    assert time_mod.monotonic() - typed_at < 2.2
    assert service.draft_for(context.db, DAY)["note"] == text
    assert service.get_entry(context.db, DAY) is None  # a draft, not yet an entry


def test_leaving_the_day_saves_it_and_the_calendar_shows_it(qtbot, page, context):
    type_into(qtbot, page.editor.mood, "7")
    type_into(qtbot, page.editor.note, "went to the shop")
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next day, keyboard only
    assert page.editor.day == DAY + timedelta(days=1)
    saved = service.get_entry(context.db, DAY)
    assert (saved.mood, saved.note) == (7, "went to the shop")
    assert service.draft_for(context.db, DAY) is None
    fmt = page.calendar.dateTextFormat(page.calendar.selectedDate().addDays(-1))
    assert fmt.fontWeight() > 400  # the day with an entry is marked, quietly
    empty = page.calendar.dateTextFormat(page.calendar.selectedDate().addDays(3))
    assert empty.fontWeight() <= 400  # and a day without one is plain


def test_browsing_days_does_not_create_empty_entries(page, context):
    for offset in range(1, 4):
        page.open_item(DAY + timedelta(days=offset))
    assert service.days_with_entries(context.db, DAY, DAY + timedelta(days=5)) == set()


def test_an_impossible_night_is_named_at_the_field_and_nothing_is_lost(qtbot, page, context):
    type_into(qtbot, page.editor.bedtime, "08:00")
    type_into(qtbot, page.editor.waketime, "08:00")
    type_into(qtbot, page.editor.note, "keep me")
    qtbot.keyClick(page.editor.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert service.get_entry(context.db, DAY) is None
    note = page.editor.notes["waketime"]
    assert note.isVisible() and "same time" in note.text()
    assert service.draft_for(context.db, DAY)["note"] == "keep me"
    page.editor.waketime.clear()
    type_into(qtbot, page.editor.waketime, "7")  # 08:00 -> 07:00 is 23 hours
    page.editor.save_button.click()
    assert "23 hours" in note.text()
    page.editor.waketime.clear()
    type_into(qtbot, page.editor.waketime, "15:30")
    page.editor.save_button.click()
    assert not note.isVisible()
    entry = service.get_entry(context.db, DAY)
    assert entry.sleep_hours == 7.5 and entry.note == "keep me"
    assert "7.5 hours" in page.editor.sleep_line.text()


def test_a_time_it_cannot_read_is_named_and_kept(qtbot, page, context):
    type_into(qtbot, page.editor.bedtime, "late-ish")
    page.flush()  # leaving the page
    assert service.get_entry(context.db, DAY) is None
    assert service.draft_for(context.db, DAY)["bedtime"] == "late-ish"
    assert "23:30" in page.editor.notes["bedtime"].text()


def test_flush_commits_and_reopening_shows_a_newer_draft(qtbot, page, context):
    type_into(qtbot, page.editor.energy, "4")
    page.flush()
    assert service.get_entry(context.db, DAY).energy == 4
    form = page.editor.form()
    form["note"] = "from before the crash"
    service.keep_draft(context.db, DAY, form)
    page.open_item(DAY + timedelta(days=1))
    page.open_item(DAY)
    assert page.editor.note.toPlainText() == "from before the crash"
    assert page.editor.dirty and "not saved yet" in page.editor.status.text()


def test_symptoms_added_renamed_and_retired_from_the_keyboard(qtbot, page, context):
    panel = page.symptoms
    page.tabs.setCurrentWidget(panel)
    type_into(qtbot, panel.new_name, "Headache")
    qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
    type_into(qtbot, panel.new_name, "Tired")
    qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
    type_into(qtbot, panel.new_name, "headache")
    qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
    assert "already" in panel.note.text() and panel.new_name.text() == "headache"
    assert [s.name for s in service.symptoms(context.db)] == ["Headache", "Tired"]
    ids = {s.name: s.id for s in service.symptoms(context.db)}
    page.tabs.setCurrentIndex(0)
    spin = page.editor.symptom_spins[str(ids["Tired"])]
    type_into(qtbot, spin, "2")
    page.flush()
    assert service.get_entry(context.db, DAY).rating_for(ids["Tired"]) == 2
    panel.active.setCurrentRow(1)
    panel.retire_button.click()
    assert [s.name for s in service.symptoms(context.db)] == ["Headache"]
    assert service.get_entry(context.db, DAY).rating_for(ids["Tired"]) == 2  # history kept
    assert str(ids["Tired"]) in page.editor.symptom_spins  # shown: this day has a rating
    page.open_item(DAY + timedelta(days=1))
    assert list(page.editor.symptom_spins) == [str(ids["Headache"])]


def test_activities_with_ratings(qtbot, page, context):
    page.editor.activities.add_button.click()
    table = page.editor.activities.table
    qtbot.keyClicks(page.focusWidget() or table, "walk")
    qtbot.keyClick(page.focusWidget() or table, Qt.Key.Key_Return)
    pump_until(lambda: table.item(0, 0).text() == "walk")  # the delegate commits queued
    table.setCurrentCell(0, 1)
    qtbot.keyClicks(table, "8")  # typing on a cell starts editing it
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    pump_until(lambda: table.item(0, 1).text() == "8")
    page.flush()
    entry = service.get_entry(context.db, DAY)
    assert [(a.tag, a.enjoyment, a.achievement) for a in entry.activities] == [("walk", 8, None)]


def test_the_page_refreshes_when_the_check_in_saves(qtbot, page, context):
    service.quick_check_in(context.db, DAY, 9, None, None)
    context.notify("diary")
    assert page.editor.mood.value() == 9


def test_saved_entry_is_shown(qtbot, context):
    from ui.diary.diary_page import DiaryPage

    service.save_entry(context.db, DiaryEntry(day=DAY, mood=3, note="مرحبا 🌧️"))
    p = DiaryPage(context)
    qtbot.addWidget(p)
    p.open_item(DAY)
    assert p.editor.mood.value() == 3 and p.editor.note.toPlainText() == "مرحبا 🌧️"
    assert not p.editor.dirty


def test_charts_tab_draws_the_stored_diary(qtbot, page, context, monkeypatch):
    from app import clock

    monkeypatch.setattr(clock, "today", lambda: DAY)
    for offset in range(10):
        service.quick_check_in(context.db, DAY - timedelta(days=offset), offset % 10, 3, None)
    page.tabs.setCurrentWidget(page.charts)
    pump_until(lambda: page.charts.mood.figure is not None, timeout=20)
    dots = [a for a in page.charts.mood.figure.axes[0].lines if a.get_gid() == "mood-daily"]
    assert sorted(dots[0].get_ydata()) == list(range(10))
    page.charts.period.setCurrentIndex(0)  # last 4 weeks
    assert page.charts.range() == (DAY - timedelta(days=27), DAY)
    assert page.charts.sleep.figure.axes[0].texts  # no sleep noted: a kind sentence
    chart = page.charts.mood  # the redrawn figure fills its canvas instead of being clipped

    page.resize(1300, 800)
    pump(50)
    page.charts.period.setCurrentIndex(2)

    def fitted():
        fig, canvas = chart.figure, chart.canvas
        width, height = fig.get_size_inches() * fig.dpi
        ratio = canvas.device_pixel_ratio
        return (abs(width - canvas.width() * ratio) < 2
                and abs(height - canvas.height() * ratio) < 2)
    pump_until(fitted, timeout=20)


def test_a_check_in_made_while_the_day_is_open_is_not_overwritten(qtbot, page, context):
    service.save_entry(context.db, DiaryEntry(day=DAY, mood=2, anxiety=8))
    page.open_item(DAY)
    type_into(qtbot, page.editor.note, "evening walk")  # the user edits only the note
    service.quick_check_in(context.db, DAY, 6, 3, True)  # meanwhile, on Today
    page.flush()
    entry = service.get_entry(context.db, DAY)
    assert (entry.mood, entry.anxiety, entry.went_outside, entry.note) == (6, 3, True,
                                                                          "evening walk")
    assert page.editor.mood.value() == 6  # the editor shows the merged day


def test_an_edited_field_wins_over_the_stored_one(qtbot, page, context):
    service.save_entry(context.db, DiaryEntry(day=DAY, mood=2))
    page.open_item(DAY)
    page.editor.mood.setValue(9)
    service.quick_check_in(context.db, DAY, 4, None, None)
    page.flush()
    assert service.get_entry(context.db, DAY).mood == 9


def test_leaving_the_page_in_the_window_saves_the_day(qtbot, window, context):
    page = window.show_page("diary", DAY)
    page.editor.mood.setValue(5)
    page.editor.note.insertPlainText("before switching pages")
    window.show_page("today")  # the window calls flush() on the page it leaves
    entry = service.get_entry(context.db, DAY)
    assert (entry.mood, entry.note) == (5, "before switching pages")


def test_renaming_a_symptom_in_the_list(qtbot, page, context):
    sid = service.add_symptom(context.db, "Headake").id
    page.tabs.setCurrentWidget(page.symptoms)
    page.symptoms.refresh()
    lst = page.symptoms.active
    lst.setCurrentRow(0)
    page.symptoms.rename_button.click()
    editor = page.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Headache")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    pump_until(lambda: service.symptoms(context.db)[0].name == "Headache")
    assert service.symptoms(context.db)[0].id == sid


def test_a_bedtime_error_is_shown_under_went_to_bed_not_under_got_up(qtbot, page):
    type_into(qtbot, page.editor.bedtime, "late-ish")
    page.flush()
    note = page.editor.notes["bedtime"]
    pump_until(lambda: note.isVisible())
    pump(5)

    def top(w):
        return w.mapTo(page.editor, w.rect().topLeft()).y()

    assert top(page.editor.bedtime) < top(note) < top(page.editor.waketime)


def test_save_is_one_service_call(qtbot, page, context, monkeypatch):
    """The editor does not sequence the save itself: one call merges, saves and drops
    the draft in one transaction (no reads, saves or draft removals of its own)."""
    type_into(qtbot, page.editor.mood, "6")
    page.editor.keep_now()
    calls: list[str] = []
    depth = [0]

    def counted(name, real):
        def call(*args, **kwargs):
            if depth[0] == 0:  # the service's own calls inside it do not count
                calls.append(name)
            depth[0] += 1
            try:
                return real(*args, **kwargs)
            finally:
                depth[0] -= 1
        return call
    for name in ("get_entry", "save_entry", "save_from_form", "discard_draft", "keep_draft",
                 "draft_for", "validate"):
        monkeypatch.setattr(service, name, counted(name, getattr(service, name)))
    page.editor.entry_saved.connect(lambda _day: calls.append("saved signal"))
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert calls[:2] == ["save_from_form", "saved signal"]
    assert service.get_entry(context.db, DAY).mood == 6
    assert service.days_with_drafts(context.db) == set()


def test_the_editor_has_a_field_for_every_declared_field(page):
    """Every field DiaryEntry declares has its widget (named like the field) and its note,
    and what the form holds comes back out of the widgets unchanged."""
    from datetime import time

    from app.diary.form import form_from_entry
    from app.diary.models import CHOICE, CLOCK, DAY_FIELDS, FLOAT, INT

    values = {INT: lambda f: int(f.high), FLOAT: lambda f: f.high - 0.5,
              CHOICE: lambda f: False, CLOCK: lambda f: time(6, 45)}
    entry = DiaryEntry(day=DAY, **{f.name: values[f.kind](f) for f in DAY_FIELDS})
    for f in DAY_FIELDS:
        assert hasattr(page.editor, f.name) and f.name in page.editor.notes
    form = form_from_entry(entry)
    page.editor.set_form(form)
    assert page.editor.form() == form
