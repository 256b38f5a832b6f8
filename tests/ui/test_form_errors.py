"""Dialogs and forms show every problem at once, each under its own field, and a
message appearing does not move the fields below it from under the pointer."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.diary_pump import pump

T0 = datetime(2026, 2, 10, 15, 0)


def _where(widget: QWidget) -> QRect:
    """The widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _shown(dialog, qtbot) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pump(30)


def _visible(notes, *names):
    return {n: notes.notes[n].text() for n in names if notes.notes[n].isVisible()}


def test_the_step_dialog_names_both_problems_at_once(qtbot):
    from ui.ladder.step_dialog import StepDialog

    saved = []
    dialog = StepDialog(None, saved.append)
    _shown(dialog, qtbot)
    dialog.suds.setText("lots")  # not a number, and the step has no words
    from ui.ladder.save_buttons import SaveButtons

    dialog.findChild(SaveButtons).accepted.emit()
    shown = _visible(dialog.notes, "title", "predicted_suds")
    assert set(shown) == {"title", "predicted_suds"}, shown
    assert saved == []


def test_the_attempt_dialog_names_every_problem_at_once(qtbot):
    from app.ladder.inputs import AttemptInput
    from ui.ladder.attempt_dialog import AttemptDialog
    from ui.ladder.save_buttons import SaveButtons

    def save(data):
        from app.ladder.service import check_new

        check_new(data).raise_if_any()

    dialog = AttemptDialog("Door", AttemptInput(T0), save)
    _shown(dialog, qtbot)
    dialog.fields["suds_before"].setText("a bit")
    dialog.fields["suds_peak"].setText("150")
    dialog.findChild(SaveButtons).accepted.emit()
    shown = _visible(dialog.notes, "suds_before", "suds_peak")
    assert set(shown) == {"suds_before", "suds_peak"}, shown


def test_the_new_ladder_dialog_names_the_goal_and_the_count_at_once(qtbot):
    from app.ladder.templates import load_templates
    from ui.ladder.new_ladder_dialog import NewLadderDialog

    dialog = NewLadderDialog(load_templates("en"), lambda *_a: None)
    _shown(dialog, qtbot)
    dialog.template.setCurrentIndex(dialog.template.findData("step_outside"))
    dialog.goal.setText("")
    dialog.count.setText("many")
    dialog.create_button.click()
    shown = _visible(dialog.notes, "goal", "count")
    assert set(shown) == {"goal", "count"}, shown


def test_the_diary_names_a_bad_time_and_a_mismatch_at_once(qtbot, context):
    from app.diary import service
    from ui.diary.diary_page import DiaryPage

    page = DiaryPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    day = date(2026, 2, 10)
    page.open_item(day)
    editor = page.editor
    editor.bedtime.setText("late")
    editor.went_outside.setCurrentIndex(editor.went_outside.findData("no"))
    editor.minutes_outside.setValue(76)
    editor.save_button.click()
    shown = {n for n in ("bedtime", "went_outside") if editor.notes[n].isVisible()}
    assert shown == {"bedtime", "went_outside"}
    assert service.get_entry(context.db, day) is None


@pytest.mark.parametrize("which", ["step", "attempt", "unlock"])
def test_a_message_does_not_move_the_fields_below(qtbot, context, which):
    from app.ladder.inputs import AttemptInput
    from ui.ladder.attempt_dialog import AttemptDialog
    from ui.ladder.step_dialog import StepDialog
    from ui.privacy.unlock_dialog import UnlockDialog

    if which == "step":
        dialog = StepDialog(None, lambda _s: None)
        note, below = dialog.notes.notes["title"], [dialog.minutes, dialog.suds, dialog.note]
    elif which == "attempt":
        dialog = AttemptDialog("Door", AttemptInput(T0), lambda _d: None)
        note = dialog.notes.notes["suds_before"]
        below = [dialog.feared, dialog.fields["actual_minutes"], dialog.fields["suds_peak"]]
    else:
        dialog = UnlockDialog(context.paths)
        note, below = dialog.form.note, []
    _shown(dialog, qtbot)
    if which == "unlock":  # everything that can take focus below the note
        below = [w for w in dialog.findChildren(QWidget)
                 if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                 and _where(w).top() > _where(note).top()]
        assert below
    dialog.resize(dialog.size())
    before = [_where(w) for w in below]
    size = dialog.size()
    note.show_message("Please choose a number from 0 to 100.")
    pump(50)
    assert note.isVisible()
    assert [_where(w) for w in below] == before
    assert dialog.size() == size


def test_a_diary_message_does_not_move_the_fields_below(qtbot, context):
    from ui.diary.diary_page import DiaryPage

    page = DiaryPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.open_item(date(2026, 2, 10))
    editor = page.editor
    below = [editor.waketime, editor.went_outside, editor.minutes_outside, editor.note]
    before: list[QRect] = []
    for _ in range(40):  # until the first layout has settled
        pump(25)
        if before == (before := [_where(w) for w in below]):
            break
    editor.notes["bedtime"].show_message("Please write a time like 23:30.")
    pump(50)
    assert [_where(w) for w in below] == before
