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
    _note_mood(context.db, 9, 5)  # two weeks: enough for a weekly line
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


def test_first_days_show_the_whole_period_titles_and_kind_lines(qtbot, window, context, qapp):
    """Three diary days and one attempt, "Last 4 weeks", at 100 % and 200 % text."""
    from datetime import datetime, time

    from app.diary import service
    from app.diary.models import DiaryEntry
    from app.ladder import service as ladder
    from app.ladder.inputs import AttemptInput, StepInput
    from ui.shell import theme

    today = clock.today()
    for i in range(3):
        service.save_entry(context.db, DiaryEntry(
            day=today - timedelta(days=i), mood=5, anxiety=4, bedtime=time(23, 0),
            waketime=time(7, 0), minutes_outside=20, face_contacts=0))
    lad = ladder.create_ladder(context.db, "Go out", [StepInput("First", 1, 20),
                                                      StepInput("Second", 1, 40)])
    ladder.log_attempt(context.db, ladder.steps(context.db, lad.id)[0].id,
                       AttemptInput(datetime.combine(today, time(15)).astimezone(), suds_peak=30))
    from app.thoughts import service as thoughts
    from app.thoughts.models import Mood, Thought, ThoughtRecord

    thoughts.save(context.db, ThoughtRecord(
        day=today, situation="s", moods=(Mood("Anxious", 80, 40),),
        thoughts=(Thought("t", 70, True, ("labelling",)),)), finish=True)
    page = _open(qtbot, window)
    period = page.picker.period()
    assert period.key == "4w"
    low = period.start.toordinal() - 719163 - 0.5  # matplotlib's day number, less half a day
    high = period.end.toordinal() - 719163 + 0.5
    sizes = {}
    for scale in (100, 200):
        theme.apply(qapp, "light", scale)
        try:
            page.draw_all()
            for _card, chart in page._cards.values():
                chart.redraw()
            figs = {k: chart.figure for k, (_card, chart) in page._cards.items()}
            for key, fig in figs.items():
                assert any(ax.get_title(loc="left") for ax in fig.axes), key
            for key in ("mood", "sleep", "outside"):
                notes = [t.get_text().replace("\n", " ") for t in figs[key].axes[0].texts
                         if t.get_gid() == "kind-note"]
                assert notes and "second week" in notes[0], key
            for ax in figs["ladder"].axes + [figs["thought_moods"].axes[0]]:
                assert abs(ax.get_xlim()[0] - low) + abs(ax.get_xlim()[1] - high) < 1e-6
            sizes[scale] = figs["ladder"].axes[0]._left_title.get_fontsize()
        finally:
            theme.apply(qapp, "light", 100)
    assert abs(sizes[200] - 2 * sizes[100]) < 0.6
