"""Today's anchors, the My days week view and the planning flow, checked through the services."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from app import clock
from app.diary import service as diary
from app.routine import plans as routine_plans
from app.routine import service
from app.routine.models import DONE, NOT_DONE
from ui.ladder.confirm import Confirm
from ui.routine.anchors_card import AnchorsCard
from ui.routine.rate_dialog import RateDialog
from ui.routine.routine_page import DONE_MARK, OPEN_MARK

DAY = date(2026, 11, 25)  # a Wednesday
NOW = datetime.combine(DAY, time(10, 7, 40)).astimezone()


@pytest.fixture
def fake_now(monkeypatch):
    class Now:
        value = NOW

    monkeypatch.setattr(clock, "now", lambda: Now.value)
    return Now


def test_today_card_ticks_and_unticks_through_the_service(window, context, qtbot, fake_now):
    wake = service.add_anchor(context.db, "Get up", time(9), range(7))
    service.add_anchor(context.db, "Weekend tea", time(16), [5, 6])
    today = window.show_page("today")
    card = today.card(AnchorsCard)
    assert card is not None
    card.refresh()
    assert list(card.boxes) == [wake.id]  # the weekend anchor is not planned today
    box = card.boxes[wake.id]
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    (done,) = service.day_anchors(context.db, DAY)
    assert done.done and done.done_at == time(10, 7)
    assert card.boxes[wake.id].isChecked()
    assert "10:07" in card.boxes[wake.id].accessibleDescription()
    card.boxes[wake.id].setChecked(False)
    assert not service.day_anchors(context.db, DAY)[0].done
    # no anchors at all: a way to choose some
    service.remove_anchor(context.db, wake.id)
    card.refresh()
    assert card.boxes == {} and card.open_button.isEnabled()


def test_today_card_ticks_the_day_the_clock_says_now(window, context, fake_now):
    wake = service.add_anchor(context.db, "Get up", time(9), range(7))
    card = window.show_page("today").card(AnchorsCard)
    card.refresh()
    fake_now.value = NOW - timedelta(days=1)  # the clock moved back after the card was built
    card.set_done(wake.id, True)
    week_ago = DAY - timedelta(days=3)
    assert service.kept_days(context.db, wake.id, week_ago, DAY) == [DAY - timedelta(days=1)]


def test_week_view_shows_plan_against_what_happened_and_toggles(window, context, fake_now):
    wake = service.add_anchor(context.db, "Get up", time(9), range(7))
    chore = service.add_anchor(context.db, "Chore", time(11), range(5))
    monday = DAY - timedelta(days=2)
    service.tick(context.db, wake.id, monday, time(9, 40))
    page = window.show_page("routine")
    page.refresh()
    assert page.grid.rowCount() == 2 and page.grid.columnCount() == 7
    assert page.cell_at(wake.id, monday) == f"{DONE_MARK} 09:40"  # 24-hour, as app.dates writes it
    assert page.cell_at(chore.id, monday) == OPEN_MARK
    assert page.cell_at(chore.id, DAY + timedelta(days=3)) == ""  # Saturday: not planned
    # back-fill Tuesday from the grid, then take it back
    page._on_cell_activated(1, 1)  # Chore, Tuesday
    assert service.kept_days(context.db, chore.id, monday, DAY) == [monday + timedelta(days=1)]
    assert page.cell_at(chore.id, monday + timedelta(days=1)) == DONE_MARK
    page._on_cell_activated(1, 1)
    assert service.kept_days(context.db, chore.id, monday, DAY) == []
    # a day ahead is refused with words, nothing stored
    page._on_cell_activated(1, 4)  # Friday
    assert not page.week_status.isHidden() and "clock" in page.week_status.text()
    assert service.kept_days(context.db, chore.id, monday, monday + timedelta(days=6)) == []
    page.show_week(-7)
    assert page.week is not None and page.week.start == monday - timedelta(days=7)
    page.show_week(0)
    assert page.week.start == monday


def test_anchor_dialog_refuses_kindly_then_saves_and_examples_add(window, context, qtbot,
                                                                  fake_now, monkeypatch):
    page = window.show_page("routine")
    dialog = page.add_anchor()
    assert not dialog.save()  # no name yet
    assert "name" in dialog.message.text()
    qtbot.keyClicks(dialog.name, "Breakfast")
    for box in dialog.days[5:]:
        box.setChecked(False)
    assert dialog.save()
    (anchor,) = service.list_anchors(context.db)
    assert anchor.name == "Breakfast" and anchor.weekdays == frozenset(range(5))
    assert anchor.at == time(9)
    # an example at the same time is allowed, and the page says so
    page.template_box.setCurrentIndex(page.template_box.findData("wake"))
    page.add_template()
    assert [a.name for a in service.list_anchors(context.db)] == ["Breakfast", "Get up"]
    assert "Breakfast" in page.anchor_status.text()
    # pause, then remove after the question
    page.select_anchor(anchor.id)
    page.toggle_pause()
    assert service.get_anchor(context.db, anchor.id).active is False
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: True))
    page.select_anchor(anchor.id)
    page.remove_selected()
    assert [a.name for a in service.list_anchors(context.db)] == ["Get up"]


def test_planning_flow_plans_notes_and_rates_into_the_diary(window, context, qtbot, fake_now,
                                                            monkeypatch):
    page = window.show_page("routine")
    assert page.plan_date() == DAY
    qtbot.keyClicks(page.plan_what, "walk to the river")
    page.plan_area.setCurrentText("Being outside")
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    (plan,) = routine_plans.plans_for(context.db, DAY)
    assert (plan.what, plan.area) == ("walk to the river", "Being outside")
    assert page.plan_what.text() == ""
    qtbot.keyClicks(page.plan_what, "call grandmother")
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(RateDialog, "ask", classmethod(lambda cls, parent, what: (7, None)))
    page.plan_list.setCurrentRow(0)
    page.note_happened()
    page.plan_list.setCurrentRow(1)
    page.note_not_done()
    walk, call = routine_plans.plans_for(context.db, DAY)
    assert (walk.status, walk.enjoyment, walk.achievement) == (DONE, 7, None)
    assert call.status == NOT_DONE
    entry = diary.get_entry(context.db, DAY)
    assert entry is not None and [a.tag for a in entry.activities] == ["walk to the river"]
    assert page.plan_list.item(0).text() == (
        "walk to the river · Being outside — it happened (enjoyment 7)")
    # an empty plan is refused with words, nothing stored
    page.add_plan()
    assert not page.plan_status.isHidden()
    assert len(routine_plans.plans_for(context.db, DAY)) == 2


def test_what_i_have_done_lists_a_kept_week(window, context, fake_now):
    page = window.show_page("routine")
    page.refresh()
    assert page.milestones == [] and "first time" in page.done_list.text()
    wake = service.add_anchor(context.db, "Get up", time(9), range(7))
    last_week = DAY - timedelta(days=DAY.weekday() + 7)
    for i in range(7):
        service.tick(context.db, wake.id, last_week + timedelta(days=i), time(9, 5))
    page.refresh()
    assert [m.kind for m in page.milestones] == ["anchor_week"]
    assert "Get up" in page.done_list.text()


def test_long_anchor_names_wrap_in_the_week_grid_at_200_percent(window, context, qapp,
                                                                   fake_now):
    """The anchors' column is narrow on purpose; at 200 % text a name runs on to more
    lines rather than being cut off at the column's edge."""
    from PySide6.QtWidgets import QStyle

    from ui.shell import theme

    name = "Something to eat in the morning, sitting down"
    service.add_anchor(context.db, name, time(9, 30), range(7))
    theme.apply(qapp, "light", 200)
    try:
        window.resize(1280, 900)
        window.show()
        page = window.show_page("routine")
        page.refresh()
        header = page.grid.verticalHeader()
        label = page.grid.verticalHeaderItem(0).text()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        widest = max(header.fontMetrics().horizontalAdvance(line) for line in label.split("\n"))
        assert widest + margin <= header.width()
        assert " ".join(label.split()) == f"09:30 {name}"  # every word is still there
    finally:
        theme.apply(qapp, "light", 100)
