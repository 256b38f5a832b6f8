"""The plan page's crisis part: the person's own numbers and an opt-in card, saved
outside the database with a plain word that they are readable without the passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.plan import crisis_card, service
from app.plan.models import PlanItem
from ui.plan.help_now_dialog import HelpNowDialog


def test_people_to_ask_and_professionals_have_a_column_for_how_to_reach_them(window):
    page = window.show_page("plan")
    for key in ("ask_help", "professionals", "contacts"):
        assert page.editors[key].table.columnCount() == 2, key


def test_numbers_and_card_are_saved_outside_the_database_and_shown_by_help(
        window, context, qtbot):
    service.save_plan(context.db, {
        "alone": ["Slow breathing"],
        "ask_help": [PlanItem("Rei", "by message")],
        "warning_signs": ["Not on the card"],
    })
    page = window.show_page("plan")
    editor = page.crisis_card
    assert "without your passphrase" in editor.readable.text()
    assert editor.readable.isVisibleTo(page)
    qtbot.keyClicks(editor.emergency, "112 (test)")
    qtbot.keyClicks(editor.crisis_text, "Chat C")
    assert not editor.card_text.isEnabled()  # the card is off until chosen
    editor.show_locked.setChecked(True)
    qtbot.mouseClick(editor.from_plan_button, Qt.MouseButton.LeftButton)
    assert editor.card_text.toPlainText() == "Slow breathing\nRei — by message"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = crisis_card.load(context.paths.crisis_card)
    assert saved.emergency_number == "112 (test)" and saved.crisis_text == "Chat C"
    assert saved.show_when_locked and saved.locked_card() == "Slow breathing\nRei — by message"
    dialog = HelpNowDialog.ask(context, window)
    assert "112 (test)" in dialog.text() and "Chat C" in dialog.text()
    dialog.close()


def test_a_card_switched_off_keeps_no_words_outside_the_database(window, context, qtbot):
    page = window.show_page("plan")
    editor = page.crisis_card
    editor.show_locked.setChecked(True)
    editor.card_text.setPlainText("Private words")
    editor.show_locked.setChecked(False)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not context.paths.crisis_card.exists()  # nothing at all to keep
    qtbot.keyClicks(editor.emergency, "112")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Private words" not in context.paths.crisis_card.read_text(encoding="utf-8")


def test_add_my_numbers_in_help_goes_to_the_crisis_part_of_the_plan(window, context, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, HelpNowDialog) and w.isVisible())
    qtbot.mouseClick(dialog.numbers_button, Qt.MouseButton.LeftButton)
    page = window.page("plan")
    assert window.current_key() == "plan"
    qtbot.waitUntil(lambda: page.verticalScrollBar().value() > 0)  # scrolled to it
    dialog.close()
