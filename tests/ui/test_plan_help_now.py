""""Need help now" is one click or F1 away from every page, and shows the user's own plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.plan import service
from app.plan.models import PlanItem
from ui.plan.help_now_dialog import HelpNowDialog
from ui.shell.main_window import PAGES


def _visible_help() -> HelpNowDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, HelpNowDialog) and w.isVisible()), None)


def test_f1_and_the_button_open_help_on_every_page(window, context, qtbot):
    service.save_plan(context.db, {
        "alone": ["Breathe out slowly"],
        "contacts": [PlanItem("Aunt Miyo", "knock twice")],
    })
    for i, spec in enumerate(PAGES):
        page = window.show_page(spec.key)
        page.setFocus()
        if i % 2:
            qtbot.keyClick(page, Qt.Key.Key_F1)
        else:
            qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
        dialog = _visible_help()
        assert dialog is not None, f"no help on {spec.key}"
        text = dialog.text()
        assert "Aunt Miyo" in text and "knock twice" in text and "Breathe out slowly" in text
        assert "emergency number" in text
        dialog.close()
        assert _visible_help() is None


def test_help_is_kind_with_an_empty_plan_and_opens_the_plan(window, context, qtbot):
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    dialog = _visible_help()
    assert dialog is not None
    assert "emergency number" in dialog.text()
    assert "all right" in dialog.text()
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "plan"
    dialog.close()


def test_help_shows_no_phone_numbers_of_its_own(window, context, qtbot):
    import re

    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = _visible_help()
    assert not re.search(r"\d{3}", dialog.text())
    dialog.close()


def test_a_locked_ippo_shows_the_reminder_but_not_the_plan(window, context, qtbot, monkeypatch):
    service.save_plan(context.db, {"contacts": [PlanItem("Secret person", "x")]})
    monkeypatch.setattr(context, "store", None)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = _visible_help()
    assert "emergency number" in dialog.text()
    assert "Secret person" not in dialog.text()
    assert "locked" in dialog.text()
    dialog.close()


# -- the whole crisis view (issue 20) ------------------------------------------------
FULL_PLAN = {
    "warning_signs": ["Sign: sleeping past noon"],
    "triggers": ["Trigger: relatives asking"],  # not a crisis step: not shown
    "alone": ["Alone: slow breathing"],
    "distract": ["Distract: the library corner"],
    "ask_help": [PlanItem("Ask: my cousin Rei", "Rei by message")],
    "contacts": [PlanItem("Contact: Aunt Miyo", "knock twice")],
    "professionals": [PlanItem("Pro: health centre", "weekday mornings")],
    "safe_surroundings": ["Safe: medicine kept by Mum"],
    "reasons": ["Reason: Mochi the cat"],
    "practice": ["Practice: diary"],  # not a crisis step: not shown
}
ORDER = ["Sign:", "Alone:", "Distract:", "Ask:", "Rei by message", "Contact:", "knock twice",
         "Pro:", "weekday mornings", "Safe:", "Reason:"]


def _save_card(context, **fields):
    from app.plan import crisis_card

    crisis_card.save(context.paths.crisis_card, crisis_card.CrisisCard(**fields))


def _positions(text: str, needles: list[str]) -> list[int]:
    found = [text.find(n) for n in needles]
    assert -1 not in found, [n for n, i in zip(needles, found, strict=True) if i < 0]
    return found


def test_the_crisis_view_shows_the_plan_in_the_safety_plan_order(window, context, qtbot):
    service.save_plan(context.db, FULL_PLAN)
    _save_card(context, emergency_number="999 (test)", crisis_line="Line A 0000",
               crisis_text="Chat B on the web")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    text = _visible_help().text()
    found = _positions(text, ["999 (test)", "Line A 0000", "Chat B on the web",
                              "Ippo does not call or message anyone", *ORDER])
    assert found == sorted(found), text  # the emergency line first, then the plan's order
    assert "if calling is too hard" in text.lower()
    assert "Trigger:" not in text and "Practice:" not in text
    for title in ("My warning signs", "Things I can do on my own",
                  "People and places that take my mind off things", "People I can ask for help",
                  "Professionals and crisis services", "Making my surroundings safe",
                  "My reasons for living"):
        assert title in text
    _visible_help().close()


def test_without_numbers_it_names_the_local_emergency_number_and_offers_to_add_them(
        window, context, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = _visible_help()
    assert "call your local emergency number now" in dialog.text()
    assert dialog.numbers_button.isVisible()
    qtbot.mouseClick(dialog.numbers_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "plan"
    dialog.close()


def test_locked_it_shows_only_the_chosen_card_and_the_emergency_line(
        window, context, qtbot, monkeypatch):
    service.save_plan(context.db, FULL_PLAN)
    _save_card(context, emergency_number="999 (test)", show_when_locked=True,
               card_text="Card: breathe out slowly\nCard: Rei by message")
    monkeypatch.setattr(context, "store", None)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = _visible_help()
    text = dialog.text()
    assert "999 (test)" in text
    assert "Card: breathe out slowly" in text and "Card: Rei by message" in text
    for needle in ORDER:
        if needle != "Rei by message":  # on the card too, by the person's choice
            assert needle not in text
    assert not dialog.plan_button.isVisible() and not dialog.numbers_button.isVisible()
    dialog.close()


def test_locked_without_opting_in_it_shows_nothing_but_the_emergency_line(
        window, context, qtbot, monkeypatch):
    import json

    service.save_plan(context.db, FULL_PLAN)
    # A card written but not switched on (as an older or hand-edited file might hold).
    context.paths.crisis_card.write_text(json.dumps({
        "emergency_number": "999 (test)", "show_when_locked": False,
        "card_text": "Card: not chosen for the lock"}), encoding="utf-8")
    monkeypatch.setattr(context, "store", None)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    text = _visible_help().text()
    assert "999 (test)" in text
    assert "Card: not chosen" not in text
    assert not any(needle in text for needle in ORDER)
    assert "locked" in text
    _visible_help().close()


def test_the_lock_screen_reaches_help_and_an_open_help_window_hides_the_plan(
        window, context, qtbot):
    from ui.privacy.guard import install
    from ui.privacy.lock_screen import LockScreen

    guard = install(window, context, backup=False)
    service.save_plan(context.db, FULL_PLAN)
    _save_card(context, crisis_line="Line A 0000", show_when_locked=True,
               card_text="Card: my cat Mochi")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = _visible_help()
    assert "Sign: sleeping past noon" in dialog.text()
    guard.lock()
    # Still open and usable, but now shows only what may be shown while locked.
    assert dialog.isVisible() and dialog.isEnabled()
    assert "Sign: sleeping past noon" not in dialog.text()
    assert "Card: my cat Mochi" in dialog.text() and "Line A 0000" in dialog.text()
    dialog.close()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    qtbot.mouseClick(screen.help_button, Qt.MouseButton.LeftButton)
    again = _visible_help()
    assert again is not None and "Card: my cat Mochi" in again.text()
    assert "Sign:" not in again.text()
    again.close()


def test_the_start_up_unlock_dialog_reaches_help(qtbot, data_paths):
    from app.plan import crisis_card
    from ui.privacy.unlock_dialog import UnlockDialog

    data_paths.root.mkdir(parents=True, exist_ok=True)
    crisis_card.save(data_paths.crisis_card, crisis_card.CrisisCard(
        emergency_number="999 (test)", show_when_locked=True, card_text="Card: Mochi"))
    dialog = UnlockDialog(data_paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.help_button, Qt.MouseButton.LeftButton)
    shown = _visible_help()
    assert shown is not None
    assert "999 (test)" in shown.text() and "Card: Mochi" in shown.text()
    shown.close()
