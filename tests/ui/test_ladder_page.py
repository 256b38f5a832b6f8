"""The Ladder page driven like a user: templates, keyboard, suggestion, timer, Today card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.ladder import service as sv
from app.ladder.inputs import StepInput
from ui.ladder.attempt_dialog import AttemptDialog
from ui.ladder.confirm import Confirm
from ui.ladder.new_ladder_dialog import NewLadderDialog


@pytest.fixture
def page(window):
    return window.show_page("ladder")


def _drive_new_ladder(monkeypatch, qtbot, steps):
    """Replace NewLadderDialog.ask with one that runs `steps(dialog)` on a real dialog."""
    def ask(cls, parent, templates, save):
        dialog = cls(templates, save, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        steps(dialog)
        return dialog.result() == dialog.DialogCode.Accepted
    monkeypatch.setattr(NewLadderDialog, "ask", classmethod(ask))


def test_build_a_ladder_from_the_shop_template(page, qtbot, monkeypatch, context):
    def steps(dialog):
        dialog.template.setFocus()
        index = dialog.template.findText("To the shop")
        for _ in range(index):
            qtbot.keyClick(dialog.template, Qt.Key.Key_Down)
        assert dialog.goal.text() == "Walk to the shop and buy something"
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    _drive_new_ladder(monkeypatch, qtbot, steps)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    ladder = sv.current_ladder(context.db)
    assert ladder.template == "to_the_shop"
    titles = [s.title for s in sv.steps(context.db, ladder.id)]
    assert titles[0] == "Open the front door" and titles[-1] == "Say one sentence to the cashier"
    assert page.step_list.count() == 6


def test_time_template_with_own_minutes_and_a_bad_value(page, qtbot, monkeypatch, context):
    def steps(dialog):
        dialog.template.setCurrentIndex(dialog.template.findData("step_outside"))
        dialog.last.clear()
        qtbot.keyClicks(dialog.last, "2")  # fewer minutes than steps: explained, not saved
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.notes.notes["last"].text()
        dialog.last.clear()
        qtbot.keyClicks(dialog.last, "45")
        dialog.count.clear()
        qtbot.keyClicks(dialog.count, "6")
        assert dialog.preview.count() == 6
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    _drive_new_ladder(monkeypatch, qtbot, steps)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    ladder = sv.current_ladder(context.db)
    minutes = [s.target_minutes for s in sv.steps(context.db, ladder.id)]
    assert minutes[0] == 1 and minutes[-1] == 45 and len(minutes) == 6
    assert minutes == sorted(set(minutes))


def _ladder(context, page):
    ladder = sv.create_ladder(context.db, "Outside", [StepInput("Door", 1, 30),
                                                      StepInput("Gate", 3, 50),
                                                      StepInput("Corner", 5, 60)])
    page.refresh()
    return ladder


def _keyboard_attempt(monkeypatch, qtbot, typed, check=None):
    """AttemptDialog.ask fills the real dialog with the keyboard and presses Enter."""
    def ask(cls, parent, title, initial, save, keep=None, draft=None):
        dialog = cls(title, initial, save, parent, keep, draft)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.fields["suds_before"].setFocus()
        for text in typed:
            if text:
                qtbot.keyClicks(dialog.focusWidget(), text)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        dialog.learned.setFocus()
        qtbot.keyClick(dialog.learned, Qt.Key.Key_Return)
        if check:
            check(dialog)
        return dialog.result() == dialog.DialogCode.Accepted
    monkeypatch.setattr(AttemptDialog, "ask", classmethod(ask))


def test_log_attempts_with_the_keyboard_and_see_the_suggestion_change(
        page, qtbot, monkeypatch, context):
    ladder = _ladder(context, page)
    door = sv.steps(context.db, ladder.id)[0]
    # Tab order: before, feared, likely, actual, peak, after, (happened)
    _keyboard_attempt(monkeypatch, qtbot, ["50", "They will stare", "80", "2", "70", "30"])
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    first = sv.attempts_for_step(context.db, door.id)
    assert [(a.suds_before, a.feared_outcome, a.feared_likelihood_before, a.actual_minutes,
             a.suds_peak, a.suds_after) for a in first] == [(50, "They will stare", 80, 2, 70, 30)]
    assert first[0].planned_minutes == 1  # the step's target, filled in for the user
    assert "repeat" in page.panel.suggestion.text()
    _keyboard_attempt(monkeypatch, qtbot, ["30", "", "", "", "35", "10"])
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    assert "repeat" in page.panel.suggestion.text()  # one good peak so far
    _keyboard_attempt(monkeypatch, qtbot, ["25", "", "", "", "30", "5"])
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    # Calmer peaks alone never make a step ready; what was feared and found out does.
    assert "repeat" in page.panel.suggestion.text()
    assert "whether it happened" in page.panel.suggestion.text()
    # ... before, feared, likely, actual, peak, after, (did it happen), likely now
    _keyboard_attempt(monkeypatch, qtbot, ["20", "They will stare", "80", "", "30", "5", "",
                                           "30"])
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    assert sv.attempts_for_step(context.db, door.id)[-1].likelihood_after == 30
    assert "ready for the next step" in page.panel.suggestion.text()
    assert page.panel.attempt_list.count() == 4


def test_bad_numbers_are_explained_at_the_field_and_nothing_is_lost(
        page, qtbot, monkeypatch, context):
    ladder = _ladder(context, page)
    seen = {}

    def check(dialog):
        seen["open"] = dialog.isVisible()
        seen["peak_note"] = dialog.notes.notes["suds_peak"].text()
        seen["before_note"] = dialog.notes.notes["suds_before"].text()
        seen["kept"] = (dialog.fields["suds_peak"].text(), dialog.feared.text())
        dialog.reject()
    _keyboard_attempt(monkeypatch, qtbot, ["abc", "Panic", "", "", "120"], check)
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    assert seen["open"]
    assert "whole number" in seen["before_note"]
    assert seen["kept"] == ("120", "Panic")
    assert sv.attempts_for_step(context.db, sv.steps(context.db, ladder.id)[0].id) == []


def test_timer_fills_in_the_minutes_with_a_fake_clock(page, qtbot, monkeypatch, context):
    ladder = _ladder(context, page)
    now = [datetime(2026, 6, 1, 21, 0, tzinfo=UTC)]
    monkeypatch.setattr("app.clock.now", lambda: now[0])
    got = {}

    def ask(cls, parent, title, initial, save, keep=None, draft=None):
        got["initial"] = initial
        save(initial)
        return True
    monkeypatch.setattr(AttemptDialog, "ask", classmethod(ask))
    timer = page.panel.timer
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert timer.running() and timer.display.text() == "00:00"
    now[0] += timedelta(minutes=12, seconds=20)
    timer.update_display()
    assert timer.display.text() == "12:20"
    qtbot.mouseClick(timer.stop_button, Qt.MouseButton.LeftButton)
    assert not timer.running()
    stored = sv.attempts_for_step(context.db, sv.steps(context.db, ladder.id)[0].id)
    assert [(a.actual_minutes, a.started_at) for a in stored] == [
        (12, datetime(2026, 6, 1, 21, 0, tzinfo=UTC))]


def test_reorder_with_alt_arrows_and_buttons(page, qtbot, context):
    ladder = _ladder(context, page)
    page.step_list.setFocus()
    page.step_list.setCurrentRow(0)
    qtbot.keyClick(page.step_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.title for s in sv.steps(context.db, ladder.id)] == ["Gate", "Door", "Corner"]
    page.step_list.setCurrentRow(2)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in sv.steps(context.db, ladder.id)] == ["Gate", "Corner", "Door"]


def test_move_up_names_the_next_step_and_back_and_skip_are_quiet(page, qtbot, context):
    ladder = _ladder(context, page)
    qtbot.mouseClick(page.panel.accept_button, Qt.MouseButton.LeftButton)
    assert sv.current_step(context.db, ladder.id).title == "Gate"
    assert page.banner.isVisible() and "Gate" in page.banner.text()
    assert "courage" not in page.banner.text()  # not practised yet
    qtbot.mouseClick(page.panel.back_button, Qt.MouseButton.LeftButton)
    assert sv.current_step(context.db, ladder.id).title == "Door"
    assert not page.banner.isVisible()
    qtbot.mouseClick(page.panel.skip_button, Qt.MouseButton.LeftButton)
    assert sv.current_step(context.db, ladder.id).title == "Gate"
    assert not page.banner.isVisible()


def test_delete_ladder_asks_first(page, qtbot, monkeypatch, context):
    _ladder(context, page)
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: False))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(sv.list_ladders(context.db)) == 1
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: True))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert sv.list_ladders(context.db) == []


def test_today_card_opens_the_dialog_and_the_timer(window, qtbot, monkeypatch, context):
    from ui.ladder.ladder_card import LadderCard

    sv.create_ladder(context.db, "Outside", [StepInput("Door", 1, 30)])
    today = window.show_page("today")
    card = today.card(LadderCard)
    assert "Door" in card.step.text()
    asked = []
    monkeypatch.setattr(AttemptDialog, "ask", classmethod(
        lambda cls, parent, title, initial, save, **kw: asked.append(title)))
    qtbot.mouseClick(card.log_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "ladder" and asked == ["Door"]
    window.show_page("today")
    qtbot.mouseClick(card.timer_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "ladder" and window.page("ladder").panel.timer.running()


def test_a_drag_saves_the_new_order(page, context):
    from PySide6.QtCore import QModelIndex

    ladder = _ladder(context, page)
    # An internal drag in a QListWidget ends in the model's moveRow; do the same.
    assert page.step_list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert [s.title for s in sv.steps(context.db, ladder.id)] == ["Gate", "Corner", "Door"]


def test_edit_and_delete_an_attempt(page, qtbot, monkeypatch, context):
    ladder = _ladder(context, page)
    door = sv.steps(context.db, ladder.id)[0]
    from app.ladder.inputs import AttemptInput

    sv.log_attempt(context.db, door.id, AttemptInput(datetime(2026, 1, 5, 20, 0).astimezone(),
                                                     suds_peak=60, feared_outcome="Stares"))
    page.refresh()
    assert page.panel.attempt_list.count() == 1

    def ask(cls, parent, title, initial, save, keep=None, draft=None):
        assert initial.feared_outcome == "Stares" and initial.suds_peak == 60
        dialog = cls(title, initial, save, parent, keep, draft)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.fields["suds_peak"].setFocus()
        dialog.fields["suds_peak"].selectAll()
        qtbot.keyClicks(dialog.fields["suds_peak"], "45")
        qtbot.keyClick(dialog.fields["suds_peak"], Qt.Key.Key_Return)
        return dialog.result() == dialog.DialogCode.Accepted
    monkeypatch.setattr(AttemptDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.panel.edit_attempt_button, Qt.MouseButton.LeftButton)
    assert [a.suds_peak for a in sv.attempts_for_step(context.db, door.id)] == [45]
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a: True))
    qtbot.mouseClick(page.panel.delete_attempt_button, Qt.MouseButton.LeftButton)
    assert sv.attempts_for_step(context.db, door.id) == []


def test_typing_is_kept_as_a_draft_and_offered_again(page, qtbot, monkeypatch, context):
    ladder = _ladder(context, page)
    door = sv.steps(context.db, ladder.id)[0]
    seen = {}

    def crash(cls, parent, title, initial, save, keep=None, draft=None):
        dialog = cls(title, initial, save, parent, keep, draft)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.feared.setFocus()
        qtbot.keyClicks(dialog.feared, "Someone talks to me")
        qtbot.waitUntil(lambda: sv.attempt_draft(context.db, sv.new_attempt_ref(door.id))
                        is not None, timeout=4000)
        seen["kept"] = sv.attempt_draft(context.db, sv.new_attempt_ref(door.id))
        raise KeyboardInterrupt  # the app "dies" with the dialog open
    monkeypatch.setattr(AttemptDialog, "ask", classmethod(crash))
    with pytest.raises(KeyboardInterrupt):
        page._on_panel_log_requested()
    assert seen["kept"]["feared_outcome"] == "Someone talks to me"

    def reopen(cls, parent, title, initial, save, keep=None, draft=None):
        dialog = cls(title, initial, save, parent, keep, draft)
        qtbot.addWidget(dialog)
        seen["restored"] = dialog.feared.text()
        return False
    monkeypatch.setattr(AttemptDialog, "ask", classmethod(reopen))
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    assert seen["restored"] == "Someone talks to me"
    assert sv.attempt_draft(context.db, sv.new_attempt_ref(door.id)) is None


def test_an_empty_step_title_is_explained_and_the_rest_kept(page, qtbot, monkeypatch, context):
    from ui.ladder.step_dialog import StepDialog

    ladder = _ladder(context, page)
    seen = {}

    def ask(cls, parent, initial, save):
        dialog = cls(initial, save, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.minutes.setFocus()
        qtbot.keyClicks(dialog.minutes, "10")
        qtbot.keyClick(dialog.minutes, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.suds, "65")
        qtbot.keyClick(dialog.suds, Qt.Key.Key_Return)
        seen["note"] = dialog.notes.notes["title"].text()
        seen["open"] = dialog.isVisible() and dialog.minutes.text() == "10"
        assert sv.steps(context.db, ladder.id)[-1].title == "Corner"  # nothing saved yet
        qtbot.keyClicks(dialog.title, "Shop entrance")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
        return dialog.result() == dialog.DialogCode.Accepted
    monkeypatch.setattr(StepDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.add_step_button, Qt.MouseButton.LeftButton)
    assert seen["open"] and seen["note"] == "Please write a few words here."
    last = sv.steps(context.db, ladder.id)[-1]
    assert (last.title, last.target_minutes, last.predicted_suds) == ("Shop entrance", 10, 65)
    assert page.step_list.count() == 4


def test_a_new_step_is_placed_by_its_predicted_distress(page, monkeypatch, context, qtbot):
    from app.ladder.inputs import StepInput
    from ui.ladder.step_dialog import StepDialog

    ladder = _ladder(context, page)
    before = [s.predicted_suds for s in sv.steps(context.db, ladder.id)]
    easier = min(p for p in before if p is not None) + 1

    def ask(cls, parent, initial, save):
        save(StepInput("In between", 5, easier))
        return True
    monkeypatch.setattr(StepDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.add_step_button, Qt.MouseButton.LeftButton)
    suds = [s.predicted_suds for s in sv.steps(context.db, ladder.id)]
    assert suds == sorted(suds) and sv.steps(context.db, ladder.id)[1].title == "In between"


def test_number_fields_read_full_width_digits(qtbot):
    from ui.ladder.number_field import NumberField

    field = NumberField()
    qtbot.addWidget(field)
    for typed, value in (("\u3000３０\u3000", 30), ("1２", 12), ("", None), ("－５", -5)):
        field.setText(typed)
        assert field.value() == value
    field.setText("３．５")
    with pytest.raises(ValueError):
        field.value()
