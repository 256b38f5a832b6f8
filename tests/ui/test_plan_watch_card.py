"""Switch a watcher on, feed data through the services, see Today's card, set it aside."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app import clock
from app.plan import service, signals
from app.plan.models import NO_OUTSIDE, DaySignal
from ui.plan.watch_card import WatchCard
from ui.plan.watchers_panel import WatchersPanel

T0 = datetime(2026, 6, 10, 9, 0).astimezone()


@pytest.fixture
def fake_now(monkeypatch):
    class Now:
        value = T0

    monkeypatch.setattr(clock, "now", lambda: Now.value)
    return Now


def _quiet_days_through_the_diary(db, monkeypatch):
    """Ten diary days, none outside; through the diary service when it exists."""
    days = [T0.date() - timedelta(days=i) for i in range(10)]
    try:
        from app.diary import service as diary
        from app.diary.models import DiaryEntry
    except ModuleNotFoundError:
        data = [DaySignal(d, minutes_outside=0, went_outside=False) for d in days]
        monkeypatch.setattr(signals, "load", lambda _db, s, e: (data, []))
        return
    for d in days:
        diary.save_entry(db, DiaryEntry(day=d, mood=5, minutes_outside=0, went_outside=False))


def _switch_on_outside_watcher(window, qtbot, days: str) -> None:
    page = window.show_page("plan")
    panel = page.findChild(WatchersPanel)
    row = panel.rows[NO_OUTSIDE]
    row.check.setChecked(True)
    row.fields["days"].clear()
    qtbot.keyClicks(row.fields["days"], days)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)


def test_card_appears_is_set_aside_for_the_chosen_time_and_comes_back(window, context, qtbot,
                                                                       fake_now, monkeypatch):
    _quiet_days_through_the_diary(context.db, monkeypatch)
    today = window.show_page("today")
    card = today.card(WatchCard)
    assert card is not None and not card.isVisible()  # nothing switched on yet
    # ...and its controls are not built: the first drop-down costs Today's first
    # frame some 40 ms, on the many days no sign shows.
    assert card.findChildren(QComboBox) == []

    _switch_on_outside_watcher(window, qtbot, "4")
    assert service.watcher(context.db, NO_OUTSIDE).enabled
    window.show_page("today")
    assert card.isVisible()
    assert any("outside" in m for m in card.messages())
    # Where a slip is most likely felt: a lapse is not a relapse.
    assert card.lapse.isVisible() and "not a return to where you started" in card.lapse.text()

    # "Open what helps" goes to the plan, at its what-helps part.
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "plan"
    window.show_page("today")

    card.period.setCurrentIndex(card.period.findData(3))
    qtbot.mouseClick(card.aside_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert NO_OUTSIDE in service.snoozed(context.db)

    fake_now.value = T0 + timedelta(days=3) - timedelta(minutes=1)
    window.show_page("today")
    assert not card.isVisible()
    fake_now.value = T0 + timedelta(days=3, minutes=1)
    window.show_page("today")
    assert card.isVisible()


def test_a_threshold_that_makes_no_sense_shows_a_message_and_saves_nothing(window, context,
                                                                           qtbot):
    _switch_on_outside_watcher(window, qtbot, "-3")
    panel = window.page("plan").findChild(WatchersPanel)
    note = panel.rows[NO_OUTSIDE].notes["days"]
    assert note.isVisible() and note.text()
    assert not service.watcher(context.db, NO_OUTSIDE).enabled

    from app.plan.models import LATE_SLEEP

    row = panel.rows[LATE_SLEEP]
    row.check.setChecked(True)
    row.fields["later_than"].clear()
    qtbot.keyClicks(row.fields["later_than"], "late-ish")
    panel.rows[NO_OUTSIDE].fields["days"].setText("4")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert row.notes["later_than"].isVisible()
    assert not panel.rows[NO_OUTSIDE].notes["days"].isVisible()
    # One bad field: nothing at all was saved, not even the good watcher.
    assert not service.watcher(context.db, NO_OUTSIDE).enabled
    assert not service.watcher(context.db, LATE_SLEEP).enabled
