"""On the ladder page at 100 % text in the default 1100×760 window, "Edit attempt…"
and "Delete attempt…" are in view without scrolling past the timer and charts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from app import demo
from tests.ui.diary_pump import pump


@pytest.mark.filterwarnings("ignore:constrained_layout not applied")
def test_edit_attempt_is_in_view_without_scrolling(window, context):
    demo.generate(context.db, 30)
    window.resize(1100, 760)
    window.show_page("ladder")
    page = window.page("ladder")
    page.refresh()
    row = next(r for r in range(page.step_list.count())
               if (page.step_list.setCurrentRow(r), pump(20), page.panel.attempt_list.count())[2])
    assert page.panel.attempt_list.count(), row
    pump(100)
    view = page.scroll.viewport()
    assert page.scroll.verticalScrollBar().value() == 0
    shown = QRect(QPoint(0, 0), view.size())
    for button in (page.panel.edit_attempt_button, page.panel.delete_attempt_button,
                   page.panel.log_button):
        where = QRect(button.mapTo(view, QPoint(0, 0)), button.size())
        assert shown.contains(where), (button.text(), where, shown)
