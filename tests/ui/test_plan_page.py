"""The Plan page: type lines, reorder by keyboard, save versions, guide, earlier versions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import clock
from app.plan import service
from app.plan.guide import load_guide
from app.plan.models import SECTION_KEYS, WHAT_HELPS, PlanItem
from ui.plan.guide_dialog import GuideDialog
from ui.plan.versions_dialog import VersionsDialog


def _type_line(qtbot, editor, text: str) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor_widget = QApplication.focusWidget()
    qtbot.keyClicks(editor_widget, text)
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)


def test_every_section_is_on_the_page_in_safety_plan_order(window):
    page = window.show_page("plan")
    assert list(page.editors) == list(SECTION_KEYS)
    assert page.editors["contacts"].table.columnCount() == 2
    assert page.guide_card.isVisibleTo(page)  # an empty plan offers the guide


def test_type_reorder_with_keyboard_and_save_as_a_version(window, context, qtbot):
    page = window.show_page("plan")
    signs = page.editors["warning_signs"]
    _type_line(qtbot, signs, "Sleeping past noon")
    _type_line(qtbot, signs, "Skipping my walk")
    _type_line(qtbot, signs, "   ")  # a blank line is left out
    signs.table.setCurrentCell(1, 0)
    qtbot.keyClick(signs.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert service.warning_signs(context.db) == ["Skipping my walk", "Sleeping past noon"]
    assert signs.table.rowCount() == 2
    assert not page.guide_card.isVisibleTo(page)

    contacts = page.editors["contacts"]
    contacts.add_item("Aya", "message")
    signs.table.setCurrentCell(0, 0)
    qtbot.keyClick(signs.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(service.versions(context.db)) == 2
    plan = service.current_plan(context.db)
    assert plan.items("contacts") == [PlanItem("Aya", "message")]
    assert [i.text for i in plan.items("warning_signs")] == ["Sleeping past noon",
                                                             "Skipping my walk"]


def test_a_contact_without_a_name_gets_a_note_and_nothing_is_saved(window, context, qtbot):
    page = window.show_page("plan")
    page.editors["alone"].add_item("Tea")
    page.editors["contacts"].add_item("", "0000")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.editors["contacts"].note.isVisible()
    assert service.versions(context.db) == []


def test_unsaved_edits_survive_leaving_the_page(window, context):
    page = window.show_page("plan")
    page.editors["reasons"].add_item("My cat")
    window.show_page("today")  # flush() keeps a draft
    assert service.current_plan(context.db) is None
    from ui.plan.plan_page import PlanPage

    again = PlanPage(context)
    assert again.editors["reasons"].items() == [PlanItem("My cat")]
    again.save()
    assert service.current_plan(context.db).items("reasons") == [PlanItem("My cat")]
    again.deleteLater()


def test_guide_fills_an_empty_plan_from_examples(window, context, qtbot, monkeypatch):
    guide = load_guide("en")
    # Closing it at the end leaves without a question (asking is tested below).
    monkeypatch.setattr(GuideDialog, "confirm_leave", classmethod(lambda cls, parent: True))
    dialog = GuideDialog(guide)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.step_count() == len(SECTION_KEYS) + 1
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    first_example = next(b for b in dialog.stack.currentWidget().findChildren(
        type(dialog.next_button)) if b.accessibleName().startswith("Add the example"))
    qtbot.mouseClick(first_example, Qt.MouseButton.LeftButton)
    written = dialog.sections()
    assert written["warning_signs"] == [PlanItem(guide.steps[0].examples[0])]

    monkeypatch.setattr(GuideDialog, "ask", classmethod(lambda cls, g, parent=None: written))
    page = window.show_page("plan")
    qtbot.mouseClick(page.guide_button, Qt.MouseButton.LeftButton)
    assert service.warning_signs(context.db) == [guide.steps[0].examples[0]]


def test_earlier_versions_can_be_viewed_read_only(context, qtbot, monkeypatch):
    t0 = datetime(2026, 2, 1, 20, 0).astimezone()
    monkeypatch.setattr(clock, "now", lambda: t0)
    service.save_plan(context.db, {"reasons": ["First reason"]})
    monkeypatch.setattr(clock, "now", lambda: t0 + timedelta(days=9))
    service.save_plan(context.db, {"reasons": ["Second reason"]})
    dialog = VersionsDialog(context.db)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "Second reason" in dialog.view.toPlainText()
    dialog.list.setCurrentRow(1)
    assert "First reason" in dialog.view.toPlainText()
    assert dialog.view.isReadOnly()
    assert "2026" in dialog.list.item(1).text()


def test_open_item_what_helps_focuses_the_first_what_helps_list(window, context):
    service.save_plan(context.db, {"alone": ["Walk to the window"]})
    page = window.show_page("plan", "what_helps")
    assert page.editors[WHAT_HELPS[0]].table.hasFocus()
    assert page.verticalScrollBar().value() > 0


def test_escape_in_the_guide_asks_before_dropping_what_was_chosen(qtbot, monkeypatch):
    guide = load_guide("en")
    dialog = GuideDialog(guide)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[bool] = []
    monkeypatch.setattr(GuideDialog, "confirm_leave",
                        classmethod(lambda cls, parent: asked.append(True) or False),
                        raising=False)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    example = next(b for b in dialog.stack.currentWidget().findChildren(
        type(dialog.next_button)) if b.accessibleName().startswith("Add the example"))
    qtbot.mouseClick(example, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    monkeypatch.setattr(GuideDialog, "confirm_leave", classmethod(lambda cls, parent: True),
                        raising=False)
    assert asked == [True]  # one Escape asks first …
    assert dialog.isVisible()
    assert dialog.sections()["warning_signs"] == [PlanItem(guide.steps[0].examples[0])]
    # … and leaving only when the person says so.
    monkeypatch.setattr(GuideDialog, "confirm_leave", classmethod(lambda cls, parent: True),
                        raising=False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_in_an_untouched_guide_closes_without_a_question(qtbot, monkeypatch):
    dialog = GuideDialog(load_guide("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(GuideDialog, "confirm_leave",
                        classmethod(lambda cls, parent: pytest.fail("asked for nothing")),
                        raising=False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
