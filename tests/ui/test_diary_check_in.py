"""The Today check-in, with the keyboard alone, then checked through the service."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from app import clock
from app.diary import service
from app.diary.models import DiaryEntry
from tests.ui.diary_pump import pump, pump_until

DAY = date(2026, 5, 2)


@pytest.fixture
def fixed_day(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(DAY, time(22, 15)).astimezone())
    return DAY


_ROOT: list = []


def _focused():
    """The focus widget of the window under test; its own record, so a window another
    test left active elsewhere does not matter."""
    return _ROOT[-1].window().focusWidget()


def _key(qtbot, key, text=None):
    if text is not None:
        qtbot.keyClicks(_focused(), text)
    else:
        qtbot.keyClick(_focused(), key)


def test_check_in_with_keys_only_merges_into_the_day(qtbot, context, fixed_day):
    from ui.diary.check_in_card import CheckInCard

    service.save_entry(context.db, DiaryEntry(day=DAY, note="written earlier", meals=2))
    card = CheckInCard(context)
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    _ROOT.append(card)
    card.mood.setFocus(Qt.FocusReason.TabFocusReason)  # as if tabbed into from the page
    pump_until(lambda: _focused() is card.mood)
    pump(10)
    _key(qtbot, None, "6")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is card.anxiety
    pump(10)
    _key(qtbot, None, "3")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is card.outside
    _key(qtbot, Qt.Key.Key_Space)
    changed = []
    context.data_changed.connect(changed.append)
    _key(qtbot, Qt.Key.Key_Return)
    assert changed == ["diary"]
    entry = service.get_entry(context.db, DAY)
    assert (entry.mood, entry.anxiety, entry.went_outside) == (6, 3, True)
    assert entry.note == "written earlier" and entry.meals == 2  # nothing wiped
    assert "Thank you" in card.status.text()


def test_arrow_keys_and_an_untouched_box_leave_outside_unknown(qtbot, context, fixed_day):
    from ui.diary.check_in_card import CheckInCard

    card = CheckInCard(context)
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    _ROOT.append(card)
    card.anxiety.setFocus(Qt.FocusReason.TabFocusReason)
    pump_until(lambda: _focused() is card.anxiety)
    for _ in range(5):  # "—" then 0, 1, 2, 3, 4
        _key(qtbot, Qt.Key.Key_Up)
    _key(qtbot, Qt.Key.Key_Enter)
    entry = service.get_entry(context.db, DAY)
    assert (entry.mood, entry.anxiety, entry.went_outside) == (None, 4, None)


def test_the_link_opens_todays_full_entry(qtbot, fixed_day, window, context):
    from ui.diary.check_in_card import CheckInCard

    card = window.page("today").card(CheckInCard)
    assert card is not None and card.day == DAY
    _ROOT.append(window)
    card.open_button.setFocus(Qt.FocusReason.TabFocusReason)
    pump_until(lambda: _focused() is card.open_button)
    _key(qtbot, Qt.Key.Key_Space)
    assert window.current_key() == "diary"
    assert window.page("diary").editor.day == DAY


def test_today_shows_what_the_diary_saved_even_after_the_focus_was_in_the_check_in(
        qtbot, fixed_day, window, context):
    from ui.diary.check_in_card import CheckInCard

    card = window.show_page("today").card(CheckInCard)
    _ROOT.append(window)
    window.activateWindow()
    card.mood.setFocus(Qt.FocusReason.TabFocusReason)  # the person was about to answer …
    pump_until(lambda: _focused() is card.mood)
    window.show_page("diary")  # … then wrote the day in the diary instead
    service.save_entry(context.db, DiaryEntry(day=DAY, mood=7, anxiety=5, minutes_outside=20))
    context.notify("diary")
    window.show_page("today")
    assert (card.mood.optional_value(), card.anxiety.optional_value()) == (7, 5)
    assert card.outside.isChecked()


def test_saving_the_check_in_never_overwrites_what_it_did_not_change(qtbot, fixed_day, context):
    from ui.diary.check_in_card import CheckInCard

    service.save_entry(context.db, DiaryEntry(day=DAY, mood=3))
    card = CheckInCard(context)
    qtbot.addWidget(card)
    card.show()
    assert card.mood.optional_value() == 3
    # Meanwhile the diary stores newer answers (the card has not been told yet).
    service.save_entry(context.db, DiaryEntry(day=DAY, mood=8, anxiety=6, went_outside=True))
    card.anxiety.set_text_value("2")  # the person changes only anxiety
    card.save()
    entry = service.get_entry(context.db, DAY)
    assert (entry.mood, entry.anxiety, entry.went_outside) == (8, 2, True)
