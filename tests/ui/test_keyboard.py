"""Keyboard only: Enter presses a focused button on any page, Ctrl+1 puts the focus into
Today, the check-in's link shows where the focus is, and mnemonics do not clash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.diary_pump import pump_until

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(window, widget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    pump_until(lambda: window.focusWidget() is widget)


def test_enter_and_return_press_a_focused_button_on_several_pages(window, qtbot):
    for key in ("today", "ladder", "diary", "thoughts", "plan", "practice", "progress", "settings"):
        page = window.show_page(key)
        buttons = [b for b in page.findChildren(QPushButton)
                   if b.isVisible() and b.isEnabled() and not b.autoDefault()
                   and b.focusPolicy() & Qt.FocusPolicy.TabFocus]
        assert buttons, key
        button = buttons[0]
        button.clicked.disconnect()  # only count the clicks: no dialog opens
        seen: list[bool] = []
        button.clicked.connect(lambda *_a, seen=seen: seen.append(True))
        _focus(window, button)
        qtbot.keyClick(button, Qt.Key.Key_Return)
        qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        assert seen == [True, True], (key, button.text())


def test_enter_on_the_open_link_opens_the_diary_rather_than_saving(window, qtbot):
    from ui.diary.check_in_card import CheckInCard

    card = window.page("today").card(CheckInCard)
    _focus(window, card.open_button)
    qtbot.keyClick(card.open_button, Qt.Key.Key_Return)
    assert window.current_key() == "diary"


def test_the_open_link_shows_a_focus_ring(window, qtbot):
    from ui.diary.check_in_card import CheckInCard

    card = window.page("today").card(CheckInCard)
    button = card.open_button
    _focus(window, card.save_button)
    without = button.grab().toImage()
    qtbot.keyClick(card.save_button, Qt.Key.Key_Tab)  # as a keyboard user arrives
    pump_until(lambda: window.focusWidget() is button)
    with_focus = button.grab().toImage()
    assert without != with_focus  # something on screen says "the focus is here"


def test_the_focus_ring_lets_every_click_through(window, qtbot):
    """The ring sits just outside the focused control; a click on it reaches what is
    under it (a QFocusFrame is transparent for the mouse by itself)."""
    from ui.widgets import focus_ring

    ring = focus_ring.ring()
    assert ring.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_ctrl_1_puts_the_focus_into_todays_check_in(window, qtbot):
    from ui.diary.check_in_card import CheckInCard

    window.show_page("settings")
    _focus(window, window.sidebar)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.current_key() == "today"
    card = window.page("today").card(CheckInCard)
    pump_until(lambda: QApplication.focusWidget() is not None)
    assert card.isAncestorOf(window.focusWidget())
    qtbot.keyClicks(window.focusWidget(), "7")  # "type a number" now works
    assert card.mood.optional_value() == 7


def test_ctrl_number_moves_the_focus_into_other_pages_too(window, qtbot):
    _focus(window, window.sidebar)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.current_key() == "diary"
    assert window.page("diary").isAncestorOf(window.focusWidget())


def test_alt_n_on_step_8_of_a_guided_record_goes_to_next(window, qtbot):
    page = window.show_page("thoughts")
    window.activateWindow()
    page.records.guided_button.click()
    editor = page.editor
    assert editor is not None
    ids = [s.id for s in editor.guide]
    editor.pages.setCurrentIndex(ids.index("rerate"))
    pump_until(lambda: editor.next_button.isVisible())
    _focus(window, editor.fields.hot_after)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)  # a mnemonic "animates" the click for 100 ms
    assert ids[editor.pages.currentIndex()] == "action", "Alt+N went to a field, not Next"
