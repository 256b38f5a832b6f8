"""200 % text in the default 1100×760 window: button rows wrap instead of cutting their
words, no page scrolls sideways, dialogs open tall enough for their paragraphs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app import demo
from tests.ui.diary_pump import pump
from tests.ui.label_checks import clipped_labels
from tests.ui.look_checks import narrow_buttons, settled, sideways_scrolling
from ui.widgets.flow_layout import ButtonRow

WORDS = ["Log an attempt…", "Work on this step now", "Move up to the next step",
         "Repeat this step", "Skip this step", "Go back a step"]


def test_a_button_row_wraps_when_narrow(qtbot):
    holder = QWidget()
    col = QVBoxLayout(holder)
    row = ButtonRow(holder)
    buttons = [QPushButton(text) for text in WORDS]
    row.add(*buttons)
    col.addWidget(row)
    col.addStretch(1)
    qtbot.addWidget(holder)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSizeHint().width() == widest  # one button a line at the narrowest
    holder.resize(widest + 40, 600)
    holder.show()
    qtbot.waitExposed(holder)
    pump(20)
    assert narrow_buttons(holder) == []
    tops = {b.geometry().top() for b in buttons}
    assert len(tops) == len(buttons)  # each on its own line
    assert row.heightForWidth(widest) > row.heightForWidth(sum(b.sizeHint().width()
                                                                for b in buttons) + 60)
    holder.resize(2000, 600)
    pump(20)
    assert len({b.geometry().top() for b in buttons}) == 1  # all on one line when there is room


@pytest.fixture
def large_window(qtbot, qapp, context):
    from ui.shell import theme, translations
    from ui.shell.shell import Shell

    demo.generate(context.db, 14)
    shell = Shell(qapp, context)
    window = shell.window  # deleted at the end here, so not handed to qtbot
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    context.update_settings(text_scale=200)
    window.resize(1100, 760)
    yield window
    window.close()
    window.deleteLater()
    shell.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    translations.install("en")
    theme.apply(qapp, "light", 100)


@pytest.mark.filterwarnings("ignore:constrained_layout not applied")
@pytest.mark.parametrize(("page", "language"), [("ladder", "en"), ("diary", "en"), ("plan", "en"),
                                                ("settings", "en"), ("settings", "ja")])
def test_no_page_is_cut_or_scrolls_sideways_at_200_percent(large_window, context, page,
                                                          language):
    context.update_settings(language=language)
    large_window.resize(1100, 760)
    large_window.show_page(page)
    pump(50)
    assert settled(lambda: narrow_buttons(large_window)
                   + sideways_scrolling(large_window)) == []
    assert settled(lambda: clipped_labels(large_window)) == []
    assert large_window.width() == 1100


def test_the_diary_heading_is_shown_whole(large_window):
    page = large_window.show_page("diary")
    pump(50)
    heading = page.editor.heading
    assert heading.text()
    assert settled(lambda: clipped_labels(heading.parentWidget())) == []
    viewport = heading.parentWidget().parentWidget()
    assert heading.geometry().right() <= viewport.width()  # inside the visible part


def test_a_dialog_opens_tall_enough_for_its_paragraphs(large_window):
    from ui.shell.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(large_window)
    dialog.show()
    pump(50)
    try:
        assert settled(lambda: clipped_labels(dialog)) == []
    finally:
        dialog.close()
        dialog.deleteLater()


def test_your_data_buttons_wrap_rather_than_widen_settings(qtbot, qapp, context):
    """The "Your data" row is no wider than its widest button needs: at 200 % text in
    a narrow window its three buttons take two lines instead of scrolling sideways."""
    from ui.privacy.data_section import DataSection
    from ui.shell import theme

    theme.apply(qapp, "light", 200)
    try:
        section = DataSection(context)
        qtbot.addWidget(section)
        buttons = [section.export_button, section.csv_button, section.import_button]
        widest = max(b.sizeHint().width() for b in buttons)
        together = sum(b.sizeHint().width() for b in buttons)
        assert section.minimumSizeHint().width() < together
        section.resize(widest + 80, 800)
        section.show()
        qtbot.waitExposed(section)
        pump(20)
        assert narrow_buttons(section) == []
        assert settled(lambda: clipped_labels(section)) == []
    finally:
        theme.apply(qapp, "light", 100)


@pytest.mark.filterwarnings("ignore:constrained_layout not applied")
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_practice_panel_fits_at_200_percent(large_window, context, language):
    context.update_settings(language=language)
    large_window.resize(1100, 760)
    page = large_window.show_page("practice")
    found = []
    for key in page.keys():
        page.show_panel(key)
        pump(30)
        found += [f"{key}: {p}" for p in settled(lambda: narrow_buttons(large_window)
                                                 + sideways_scrolling(large_window)
                                                 + clipped_labels(large_window))]
    assert found == [], "\n".join(found)
    assert large_window.width() == 1100
