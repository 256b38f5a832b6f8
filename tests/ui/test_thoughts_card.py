"""The Today card offers an unfinished record, or a way to start one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.thoughts import service
from app.thoughts.models import ThoughtRecord
from ui.thoughts.thoughts_card import ThoughtsCard


def test_card_starts_a_record_then_offers_the_draft(window, context, qtbot):
    today = window.show_page("today")
    card = today.card(ThoughtsCard)
    assert card is not None and not card.continue_button.isVisible()
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "thoughts" and window.page("thoughts").editor is not None
    draft = service.save(context.db, ThoughtRecord(situation="The phone rang"), finish=False)
    window.page("thoughts").show_list()
    window.show_page("today")
    assert card.continue_button.isVisible() and "The phone rang" in card.text.text()
    qtbot.mouseClick(card.continue_button, Qt.MouseButton.LeftButton)
    editor = window.page("thoughts").editor
    assert editor is not None and editor.base.id == draft.id


def test_a_draft_ending_in_a_full_stop_is_quoted_without_a_second_one(window, context):
    service.save(context.db, ThoughtRecord(situation="I did not answer."), finish=False)
    card = window.show_page("today").card(ThoughtsCard)
    card.refresh()
    assert "answer”." in card.text.text() and ".”." not in card.text.text()
