"""The page contract (ui/shell/page.py): every page in the side bar has all of it, and
the lock closes what was opened from a page, so nothing outlives the store it used."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.ladder import service as sv
from app.ladder.inputs import StepInput
from ui.ladder.attempt_dialog import AttemptDialog
from ui.privacy.guard import install
from ui.shell.main_window import PAGES
from ui.shell.page import Page

CANARY = "canary: I waved at the neighbour"


@pytest.mark.parametrize("spec", PAGES, ids=[s.key for s in PAGES])
def test_every_page_keeps_the_contract(spec, window, context, qtbot):
    page = spec.build(context, window.stack)
    assert isinstance(page, Page) and isinstance(page, QWidget)
    qtbot.addWidget(page)
    page.refresh()
    page.open_item(None)
    page.open_item("something no page knows")
    assert page.holds_unsaved_text() is False
    start = page.focus_start()
    assert start is None or isinstance(start, QWidget)
    page.flush()
    qtbot.wait(10)  # work a page deferred (a redraw) runs without raising


def test_the_window_holds_its_pages_by_the_contract(window):
    for spec in PAGES:
        window.show_page(spec.key)
    assert all(isinstance(p, Page) for p in window.built())
    assert len(window.built()) == len(PAGES)


def _widgets_holding(*objects: object) -> list[str]:
    """Live widgets with one of `objects` among their Python attributes."""
    held = []
    for w in QApplication.allWidgets():
        if not shiboken6.isValid(w):
            continue
        values = vars(w).values() if hasattr(w, "__dict__") else ()
        if any(v is o for v in values for o in objects):
            held.append(type(w).__name__)
    return held


def test_the_lock_closes_a_dialog_opened_from_a_page(window, context, qtbot):
    guard = install(window, context, backup=False)
    ladder = sv.create_ladder(context.db, "Outside", [StepInput("Door", 1, 30)])
    page = window.show_page("ladder")
    page.refresh()
    step = sv.steps(context.db, ladder.id)[0]
    old_store, old_db = context.store, context.db
    seen: dict[str, object] = {}

    def inside_the_dialog() -> None:  # runs in the dialog's own event loop
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, AttemptDialog) and w.isVisible())
        seen["dialog"] = dialog
        dialog.note.setPlainText(CANARY)  # typed, not yet kept as a draft
        guard.lock()
        seen["locked"] = True

    QTimer.singleShot(200, inside_the_dialog)
    QTimer.singleShot(0, page.panel.log_button.click)
    qtbot.waitUntil(lambda: "locked" in seen, timeout=10000)
    qtbot.wait(50)  # the dialog's exec() returns, deferred deletes run
    gc.collect()
    assert not shiboken6.isValid(seen["dialog"])  # closed and deleted by Qt
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, AttemptDialog) and shiboken6.isValid(w)]
    assert context.store is None
    assert _widgets_holding(old_store, old_db) == []
    # What was typed was kept as a draft before the store closed.
    window.centralWidget().form.open_button.click()
    assert not guard.is_locked()
    kept = sv.attempt_draft(context.db, sv.new_attempt_ref(step.id))
    assert kept is not None and kept["note"] == CANARY


def test_a_window_not_opened_from_a_page_is_covered_not_closed(window, context, qtbot):
    from PySide6.QtWidgets import QDialog

    guard = install(window, context, backup=False)
    window.show_page("ladder")
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    guard.lock()
    assert dialog.isVisible() and not dialog.isEnabled()
    guard.screen.form.open_button.click()
    assert dialog.isVisible() and dialog.isEnabled()
