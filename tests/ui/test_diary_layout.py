"""The diary form shows every caption whole, in English and Japanese, at 100 % and 200 %."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from datetime import time as clock_time

import pytest
from PySide6.QtWidgets import QLabel

from app.diary import service
from app.diary.models import DiaryEntry
from tests.ui.diary_pump import pump
from tests.ui.label_checks import clipped_labels

DAY = date(2026, 2, 10)


@pytest.fixture
def restore_look(qapp):
    yield
    from ui.shell import theme, translations

    translations.install("en")
    theme.apply(qapp, "light", 100)


def open_page(qtbot, qapp, context, language: str, scale: int, width: int):
    """The diary page on a day with sleep times, two symptoms (one long) and a note."""
    from ui.diary.diary_page import DiaryPage
    from ui.shell import theme, translations

    translations.install(language)
    theme.apply(qapp, "light", scale)
    for name in ("Headache", "A heavy feeling in my chest when I wake up"):
        service.add_symptom(context.db, name)
    service.save_entry(context.db, DiaryEntry(day=DAY, mood=4, bedtime=clock_time(1, 30),
                                              waketime=clock_time(10, 0), note="a walk"))
    page = DiaryPage(context)
    qtbot.addWidget(page)
    page.resize(width, 800)
    page.show()
    qtbot.waitExposed(page)
    page.open_item(DAY)
    pump(50)
    return page


def settled(check: Callable[[], list[str]], timeout: float = 3.0) -> list[str]:
    """What `check` finds once the layout has had time to settle.

    On a loaded machine a wrapped caption's second layout pass (height for the width it
    finally got) can come later than a fixed wait; a caption that stays cut off is still
    reported, after `timeout` seconds.
    """
    end = time.monotonic() + timeout
    found = check()
    while found and time.monotonic() < end:
        pump(20)
        found = check()
    return found


def captions(page) -> list[QLabel]:
    """The labels beside fields (they name a buddy for their shortcut)."""
    return [lab for lab in page.editor.findChildren(QLabel)
            if lab.buddy() is not None and lab.isVisibleTo(page)]


# A narrow chart warns that matplotlib had no room for its margins; the charts are not
# what this test looks at.
@pytest.mark.filterwarnings("ignore:constrained_layout not applied")
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("width", [1000, 620])
def test_no_diary_label_is_cut_off(qtbot, qapp, context, restore_look, language, scale,
                                   width):
    page = open_page(qtbot, qapp, context, language, scale, width)
    assert len(captions(page)) >= 15  # the form is there: 13 fields and 2 symptoms
    assert settled(lambda: clipped_labels(page.editor)) == []
    page.tabs.setCurrentWidget(page.charts)
    pump(50)
    assert settled(lambda: clipped_labels(page.charts)) == []


def test_captions_stay_on_one_line_when_there_is_room(qtbot, qapp, context, restore_look):
    page = open_page(qtbot, qapp, context, "en", 100, 1200)
    one_line = page.editor.fontMetrics().lineSpacing()
    tall = [lab.text() for lab in captions(page) if lab.heightForWidth(lab.width()) > one_line]
    assert tall == []


def test_a_narrow_form_wraps_a_long_caption_beside_its_field(qtbot, qapp, context,
                                                             restore_look):
    page = open_page(qtbot, qapp, context, "ja", 200, 620)
    assert settled(lambda: clipped_labels(page.editor)) == []
    one_line = page.editor.fontMetrics().lineSpacing()
    wrapped = [lab for lab in captions(page) if lab.heightForWidth(lab.width()) > one_line]
    assert wrapped  # the page is narrow enough that some caption needs two lines
    for lab in wrapped:
        field = lab.buddy()
        assert field.geometry().left() > lab.geometry().right()  # still beside it
    assert settled(lambda: clipped_labels(page.editor)) == []
