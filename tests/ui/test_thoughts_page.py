"""Thoughts page: bad input at the field, list search/filter/duplicate/delete, traps, links."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.thoughts import service
from app.thoughts import traps as trap_service
from app.thoughts.models import Mood, Thought, ThoughtRecord
from ui.thoughts.add_trap_dialog import AddTrapDialog
from ui.thoughts.confirm_delete_dialog import ConfirmDeleteDialog


def _finished(db, situation, traps=("mind_reading",), day=date(2026, 3, 4)):
    return service.save(db, ThoughtRecord(day=day, situation=situation,
                                          moods=(Mood("Anxious", 70, 40),),
                                          thoughts=(Thought("They will stare", 80, True, traps),)),
                        finish=True)


def test_empty_form_cannot_finish_and_says_so_at_the_field(window, context, qtbot):
    page = window.show_page("thoughts")
    qtbot.mouseClick(page.records.form_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.mouseClick(editor.finish_button, Qt.MouseButton.LeftButton)
    assert editor.notes["situation"].isVisible()
    assert "draft" in editor.notes["situation"].text()
    assert editor.notes["moods"].isVisible() and editor.notes["thoughts"].isVisible()
    assert page.editor is editor and service.list_records(context.db) == []


def test_too_long_text_is_refused_kindly_and_kept_in_the_editor(window, context, qtbot):
    page = window.show_page("thoughts")
    editor = page.new_record("form")
    huge = ("x" * 79 + "\n") * 12_501  # over a million characters, in short lines
    editor.fields.evidence_for.setPlainText(huge)
    assert editor.flush() is False
    assert editor.notes["evidence_for"].isVisible()
    assert editor.fields.evidence_for.toPlainText() == huge  # nothing lost
    editor.fields.evidence_for.setPlainText("short 😊 \u202eRTL\u202c")
    assert editor.flush() is True
    assert service.drafts_of(context.db)[0].evidence_for == "short 😊 \u202eRTL\u202c"


def test_list_search_filter_duplicate_and_delete(window, context, qtbot, monkeypatch):
    a = _finished(context.db, "Clinic phoned me", ("fortune_telling",))
    b = _finished(context.db, "Neighbour said hello", day=date(2026, 5, 1))
    page = window.show_page("thoughts")
    rows = page.records.list
    assert rows.count() == 2 and page.records.count.text() == "2 records"
    qtbot.keyClicks(page.records.search, "clinic")
    assert rows.count() == 1 and "Clinic" in rows.item(0).text()
    assert page.records.count.text() == "1 record"
    page.records.search.clear()
    page.records.trap.setCurrentIndex(page.records.trap.findData("mind_reading"))
    page.records.trap.activated.emit(page.records.trap.currentIndex())
    assert [rows.item(i).data(Qt.ItemDataRole.UserRole) for i in range(rows.count())] == [b.id]
    page.records.trap.setCurrentIndex(0)
    page.records.start.setDate(page.records.start.date().fromString("2026-04-01", "yyyy-MM-dd"))
    assert rows.count() == 1 and rows.item(0).data(Qt.ItemDataRole.UserRole) == b.id
    page.records.start.setDate(page.records.start.minimumDate())
    assert rows.count() == 2

    page.records.select(a.id)
    qtbot.mouseClick(page.records.duplicate_button, Qt.MouseButton.LeftButton)
    copies = [r for r in service.list_records(context.db) if r.id not in (a.id, b.id)]
    assert len(copies) == 1 and copies[0].is_draft and copies[0].situation == a.situation

    asked = []
    monkeypatch.setattr(ConfirmDeleteDialog, "ask",
                        classmethod(lambda cls, summary, parent=None: asked.append(summary)
                                    or False))
    page.records.select(b.id)
    qtbot.mouseClick(page.records.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Neighbour said hello"] and service.get(context.db, b.id) is not None
    monkeypatch.setattr(ConfirmDeleteDialog, "ask",
                        classmethod(lambda cls, summary, parent=None: True))
    qtbot.mouseClick(page.records.delete_button, Qt.MouseButton.LeftButton)
    assert service.get(context.db, b.id) is None and rows.count() == 2


def test_editing_a_finished_record_keeps_changes_apart_until_finished(window, context, qtbot):
    rec = _finished(context.db, "Clinic phoned me")
    page = window.show_page("thoughts", rec.id)
    editor = page.editor
    assert editor.mode == "form" and editor.fields.situation.toPlainText() == "Clinic phoned me"
    editor.fields.notes.setPlainText("I managed the call")
    qtbot.waitUntil(lambda: service.pending_edit(context.db, rec.id) is not None, timeout=2500)
    stored = service.get(context.db, rec.id)
    assert stored.notes == "" and stored.status == "done"
    page.flush()
    window.show_page("today")
    page = window.show_page("thoughts", rec.id)  # reopening restores the unsaved change
    assert page.editor.fields.notes.toPlainText() == "I managed the call"
    page.editor.finish()
    assert service.get(context.db, rec.id).notes == "I managed the call"
    assert service.pending_edit(context.db, rec.id) is None


def test_traps_can_be_hidden_and_added(window, context, qtbot, monkeypatch):
    page = window.show_page("thoughts")
    page.tabs.setCurrentWidget(page.trap_view)
    view = page.trap_view
    labels = [view.list.item(i).text() for i in range(view.list.count())]
    item = view.list.item(labels.index("Labelling"))
    item.setCheckState(Qt.CheckState.Unchecked)
    assert "labelling" in trap_service.hidden_ids(context.db)
    assert "labelling" not in [t.id for t in trap_service.traps(context.db)]
    answers = iter([("", ""), ("Comparing myself", "Measuring my day by others' best days")])
    seen = []

    def fake_ask(cls, parent=None, label="", explanation="", message=""):
        seen.append(message)
        return next(answers)

    monkeypatch.setattr(AddTrapDialog, "ask", classmethod(fake_ask))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert seen[0] == "" and seen[1]  # the empty name came back with a kind message
    mine = [t for t in trap_service.traps(context.db) if not t.builtin]
    assert [t.label for t in mine] == ["Comparing myself"]
    editor = page.new_record("guided")
    picker_labels = [editor.fields.traps.list.item(i).text()
                     for i in range(editor.fields.traps.list.count())]
    assert "Comparing myself" in picker_labels and "Labelling" not in picker_labels


def test_new_record_from_a_ladder_step_is_linked(window, context, qtbot):
    from app.ladder import service as ladder
    from app.ladder.inputs import StepInput

    ladder.create_ladder(context.db, "Visit the shop", [StepInput("Walk to the corner", 5, 40)])
    step_id = service.step_choices(context.db)[0][0]
    window.show_page("thoughts", {"new": True, "step_id": step_id})
    editor = window.page("thoughts").editor
    assert editor.fields.link.link() == (step_id, None)
    editor.fields.situation.setPlainText("At the corner a dog barked")
    editor.fields.moods.rows[0][0].setText("Scared")
    editor.fields.moods.rows[0][1].setValue(75)
    editor.fields.thoughts.rows[0].text.setText("I cannot do this")
    editor.finish()
    rec = service.list_records(context.db)[0]
    assert rec.step_id == step_id and rec.status == "done"


def test_charts_tab_draws_the_stored_data(window, context, qtbot):
    from app import clock

    _finished(context.db, "one", day=clock.today())
    page = window.show_page("thoughts")
    page.tabs.setCurrentWidget(page.charts)
    fig = page.charts.mood_chart.figure
    assert list(fig.axes[0].lines[0].get_ydata()) == [70.0]
    assert list(fig.axes[0].lines[1].get_ydata()) == [40.0]
    bars = page.charts.trap_chart.figure.axes[0].patches
    assert [b.get_width() for b in bars] == [1]


def test_rows_are_renumbered_for_screen_readers_after_a_removal(qtbot):
    from ui.thoughts.mood_rows import MoodRows
    from ui.thoughts.thought_rows import ThoughtRows

    moods = MoodRows()
    qtbot.addWidget(moods)
    for _ in range(2):
        moods.add_button.click()
    moods.rows[0][2].click()  # remove the first feeling
    assert [r[0].accessibleName() for r in moods.rows] == ["Feeling 1", "Feeling 2"]
    assert moods.rows[1][1].accessibleName() == "How strong feeling 2 was"
    assert moods.rows[1][2].accessibleName() == "Remove feeling 2"

    thoughts = ThoughtRows()
    qtbot.addWidget(thoughts)
    thoughts.add_button.click()
    thoughts.rows[0].remove.click()
    only = thoughts.rows[0]
    assert (only.text.accessibleName(), only.hot.accessibleName()) == (
        "Thought 1", "Thought 1 is the hot thought")
