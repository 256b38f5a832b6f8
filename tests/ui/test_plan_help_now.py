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
