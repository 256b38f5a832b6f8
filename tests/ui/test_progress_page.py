"""The Progress page: charts after the page shows, a period picker, and fresh data."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app import clock
from app.progress import periods


def _open(qtbot, window):
    page = window.show_page("progress")
    with qtbot.waitSignal(page.charts_drawn, timeout=20000):
        pass
    return page


def _note_mood(db, days_ago, mood):
    from app.diary import service
    from app.diary.models import DiaryEntry

    service.save_entry(db, DiaryEntry(day=clock.today() - timedelta(days=days_ago), mood=mood))


def test_charts_are_built_after_the_page_shows(qtbot, window, context):
    _note_mood(context.db, 1, 6)
    page = window.show_page("progress")
    # Nothing is drawn while the page is being shown; the first chart comes a turn later.
    assert all(chart.canvas is None for _card, chart in page._cards.values())
    with qtbot.waitSignal(page.charts_drawn, timeout=20000):
        pass
    drawn = [k for k, (_card, chart) in page._cards.items() if chart.canvas is not None]
    assert "mood" in drawn
    mood_fig = page._cards["mood"][1].figure
    assert mood_fig.axes and any(line.get_gid() == "mood-weekly" for line in mood_fig.axes[0].lines)
    page.draw_all()
    assert page.pending_charts() == []
    assert "What you noted" in page.info.text()


def test_choosing_a_period_with_the_keyboard(qtbot, window, context):
    _note_mood(context.db, 150, 3)
    page = _open(qtbot, window)
    assert page.overview(page.picker.period()).entries == ()  # 150 days ago is not in 4 weeks
    page.picker.combo.setFocus()
    with qtbot.waitSignal(page.charts_drawn, timeout=20000):
        qtbot.keyClick(page.picker.combo, Qt.Key.Key_Down)  # 3 months
        qtbot.keyClick(page.picker.combo, Qt.Key.Key_Down)  # 6 months
    assert page.picker.period().key == "6m"
    assert [e.mood for e in page.overview(page.picker.period()).entries] == [3]


def test_custom_dates_show_and_are_used(qtbot, window, context):
    page = _open(qtbot, window)
    page.picker.combo.setCurrentIndex(page.picker.combo.findData("custom"))
    assert page.picker.start_edit.isVisible() and page.picker.end_edit.isVisible()
    assert page.picker.period().key == "custom"
    assert page.picker.period().days == 28  # starts from what was shown


def test_new_data_from_another_page_shows_on_return(qtbot, window, context):
    page = _open(qtbot, window)
    assert page.overview(page.picker.period()).entries == ()
    assert "Nothing was noted" in page.info.text()
    window.show_page("today")
    _note_mood(context.db, 0, 8)
    context.notify("diary")
    with qtbot.waitSignal(page.charts_drawn, timeout=20000):
        window.show_page("progress")
    assert [e.mood for e in page.overview(page.picker.period()).entries] == [8]
    assert "What you noted" in page.info.text()


def test_reopening_without_changes_does_no_work(qtbot, window, context, monkeypatch):
    page = _open(qtbot, window)
    window.show_page("today")
    calls = []
    monkeypatch.setattr(page, "_rebuild", lambda: calls.append(1))
    window.show_page("progress")
    qtbot.wait(50)
    assert calls == []


def test_period_presets():
    today = clock.today()
    assert periods.preset("1y", today).days == 365


def test_charts_below_the_fold_are_drawn_when_scrolled_to(qtbot, window, context):
    _note_mood(context.db, 1, 5)
    page = _open(qtbot, window)
    waiting = page.pending_charts()
    assert waiting  # not drawn before anyone looks at them
    bar = page.scroll.verticalScrollBar()
    with qtbot.waitSignal(page.charts_drawn, timeout=20000):
        bar.setValue(bar.maximum())
    assert waiting[-1] not in page.pending_charts()
    assert page._cards[waiting[-1]][1].canvas is not None


def test_charts_follow_a_dark_theme(qtbot, window, context):
    page = _open(qtbot, window)
    light = page._cards["mood"][1].figure.get_facecolor()
    with qtbot.waitSignal(page.charts_drawn, timeout=20000):
        context.update_settings(theme="dark")
    dark = page._cards["mood"][1].figure.get_facecolor()
    assert sum(dark[:3]) < sum(light[:3])
    context.update_settings(theme="light")


def test_the_period_data_is_gathered_off_the_ui_thread(qtbot, window, context, monkeypatch):
    import threading
    import time

    from PySide6.QtCore import QTimer

    from app.progress import overview

    _note_mood(context.db, 1, 6)
    real_load, threads = overview.load, []

    def slow_load(db, period):
        threads.append(threading.get_ident())
        time.sleep(0.3)
        return real_load(db, period)

    monkeypatch.setattr(overview, "load", slow_load)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    page = window.show_page("progress")
    with qtbot.waitSignal(page.charts_drawn, timeout=20000):
        pass
    timer.stop()
    assert threads and threading.get_ident() not in threads
    assert len(ticks) >= 8  # the window went on handling events while the data was read
    assert [e.mood for e in page.overview(page.picker.period()).entries] == [6]
