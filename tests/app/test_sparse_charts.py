"""The first weeks: with a few days of data every chart shows the chosen period, counts
on whole-number axes, a title, and a kind line where there is too little to draw."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app import clock
from app.charts import LIGHT, rc
from app.progress import overview, page_charts, periods

EPOCH = date(1970, 1, 1).toordinal()


def _num(day: date) -> float:
    return float(day.toordinal() - EPOCH)


def _diary(db, day, **kw):
    from app.diary import service
    from app.diary.models import DiaryEntry

    fields = dict(mood=5, anxiety=4, bedtime=time(23, 0), waketime=time(7, 0),
                  minutes_outside=20, face_contacts=0)
    fields.update(kw)
    service.save_entry(db, DiaryEntry(day=day, **fields))


def _attempt(db, day):
    from app.ladder import service as ladder
    from app.ladder.inputs import AttemptInput, StepInput

    lad = ladder.create_ladder(db, "Go out", [StepInput(f"Step {i + 1}", 1, 10 * (i + 1))
                                              for i in range(4)])
    step = ladder.steps(db, lad.id)[0]
    ladder.log_attempt(db, step.id, AttemptInput(datetime.combine(day, time(15)).astimezone(),
                                                 suds_peak=40))


def _record(db, day):
    from app.thoughts import service as thoughts
    from app.thoughts.models import Mood, Thought, ThoughtRecord

    thoughts.save(db, ThoughtRecord(day=day, situation="s", moods=(Mood("Anxious", 80, 40),),
                                    thoughts=(Thought("t", 70, True, ("labelling",)),)),
                  finish=True)


def _first_days(db, days=3):
    today = clock.today()
    for i in range(days):
        _diary(db, today - timedelta(days=i))
    _attempt(db, today)
    _record(db, today - timedelta(days=1))


def _titles(fig):
    return [t for ax in fig.axes for t in (ax.get_title(loc="left"), ax.get_title()) if t]


def _kind_notes(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == "kind-note"]


def _int_ticks(ax, axis="y"):
    lo, hi = ax.get_ylim() if axis == "y" else ax.get_xlim()
    ticks = ax.get_yticks() if axis == "y" else ax.get_xticks()
    shown = [t for t in ticks if min(lo, hi) <= t <= max(lo, hi)]
    return shown and all(float(t).is_integer() for t in shown)


def _xlim_is(ax, period):
    return ax.get_xlim() == pytest.approx((_num(period.start) - 0.5, _num(period.end) + 0.5))


def test_progress_charts_with_three_days_and_one_attempt(db):
    _first_days(db)
    period = periods.preset("4w")
    figs = {s.key: s.build(LIGHT) for s in page_charts.specs(overview.load(db, period))}
    assert set(figs) == {"mood", "sleep", "outside", "ladder", "activities", "thought_moods",
                         "traps"}
    for key, fig in figs.items():
        assert _titles(fig), key
    # One week of diary is no weekly line yet: a kind line instead of a lone dot.
    for key in ("mood", "sleep", "outside"):
        assert _kind_notes(figs[key]) == [
            "A good start. A line appears here once a second week has something noted."], key
    # The one attempt and the one record sit in the whole four weeks, not a range of their own.
    for ax in figs["ladder"].axes:
        assert _xlim_is(ax, period)
    step_ax = figs["ladder"].axes[0]
    assert _int_ticks(step_ax) and step_ax.get_ylim()[1] >= 4
    assert _xlim_is(figs["thought_moods"].axes[0], period)
    traps = figs["traps"].axes[0]
    assert _int_ticks(traps, "x") and traps.get_xlim()[1] >= 3


def test_progress_charts_with_two_weeks_use_the_period(db):
    today = clock.today()
    for i in (0, 1, 9):
        _diary(db, today - timedelta(days=i), face_contacts=1)
    period = periods.preset("4w")
    figs = {s.key: s.build(LIGHT) for s in page_charts.specs(overview.load(db, period))}
    for key in ("mood", "sleep", "outside"):
        assert not _kind_notes(figs[key]), key
        assert _xlim_is(figs[key].axes[0], period), key
        assert _titles(figs[key]), key


def test_diary_panel_charts_use_the_span_and_whole_counts(db):
    from app.diary import charts, service

    _first_days(db)
    period = periods.preset("4w")
    span = (period.start, period.end)
    entries = service.entries_between(db, period.start, period.end)
    for build in (charts.mood_chart, charts.sleep_chart, charts.outside_chart):
        fig = build(entries, LIGHT, span)
        assert _titles(fig), build.__name__
        assert _xlim_is(fig.axes[-1], period), build.__name__
    minutes, people = charts.outside_chart(entries, LIGHT, span).axes
    for ax in (minutes, people):
        assert _int_ticks(ax), ax.get_title(loc="left")
    assert people.get_ylim()[1] >= 3  # no noted meetings: 0 to 3, never 0.00 to 0.04


def test_the_diary_mood_chart_counts_down_to_its_line(db):
    from app.diary import charts, service

    today = clock.today()
    period = periods.preset("4w")
    span = (period.start, period.end)
    assert "Mood and anxiety" in _titles(charts.mood_chart([], LIGHT, span))
    _diary(db, today)
    entries = service.entries_between(db, period.start, period.end)
    assert _kind_notes(charts.mood_chart(entries, LIGHT, span)) == [
        "Two more days and a line appears."]
    _diary(db, today - timedelta(days=1))
    entries = service.entries_between(db, period.start, period.end)
    assert _kind_notes(charts.mood_chart(entries, LIGHT, span)) == [
        "One more day and a line appears."]
    _diary(db, today - timedelta(days=2))
    entries = service.entries_between(db, period.start, period.end)
    fig = charts.mood_chart(entries, LIGHT, span)
    assert not _kind_notes(fig)
    assert any(line.get_gid() == "mood-mean" for line in fig.axes[0].lines)
    for build in (charts.sleep_chart, charts.outside_chart):
        assert _titles(build([], LIGHT, span)), build.__name__


def test_ladder_charts_of_one_day_keep_a_few_weeks_and_a_title():
    from app.ladder import charts

    day = date(2026, 11, 30)
    fig = charts.highest_step_chart([(day, 0)], 4, day)
    ax = fig.axes[0]
    assert _titles(fig)
    lo, hi = ax.get_xlim()
    assert 27 <= hi - lo <= 40  # about four weeks, not 2025 to 2029
    assert _int_ticks(ax)
    fig = charts.minutes_chart([(day - timedelta(days=day.weekday()), 20)])
    ax = fig.axes[0]
    assert _titles(fig)
    lo, hi = ax.get_xlim()
    assert 27 <= hi - lo <= 40
    assert _int_ticks(ax) and ax.get_ylim()[1] >= 30


def _sizes(fig):
    title = [ax.title if ax.get_title() else ax._left_title for ax in fig.axes
             if ax.get_title() or ax.get_title(loc="left")][0].get_fontsize()
    legends = [t.get_fontsize() for ax in fig.axes if ax.get_legend()
               for t in ax.get_legend().get_texts()]
    return title, legends


@pytest.mark.parametrize("which", ["diary-mood", "diary-sleep", "ladder-suds", "thoughts",
                                   "progress-ladder"])
def test_chart_titles_and_legends_grow_with_the_text_size(db, which):
    import matplotlib

    from app.diary import charts as diary
    from app.ladder import charts as ladder
    from app.thoughts import charts as thoughts

    _first_days(db)
    period = periods.preset("4w")
    span = (period.start, period.end)

    def build():
        from app.diary import service
        from app.ladder import service as lsv

        entries = service.entries_between(db, period.start, period.end)
        if which == "diary-mood":
            return diary.mood_chart(entries, LIGHT, span)
        if which == "diary-sleep":
            return diary.sleep_chart(entries, LIGHT, span)
        if which == "ladder-suds":
            lad = lsv.current_ladder(db) or lsv.list_ladders(db)[0]
            step = lsv.steps(db, lad.id)[0]
            from app.ladder.attempts import attempts_for_step

            return ladder.suds_chart(attempts_for_step(db, step.id))
        if which == "thoughts":
            return thoughts.mood_change_figure(overview.load(db, period).mood_changes, LIGHT,
                                               span)
        specs = {s.key: s for s in page_charts.specs(overview.load(db, period))}
        return specs["ladder"].build(LIGHT)

    with matplotlib.rc_context(rc(LIGHT, 1.0)):
        title1, legend1 = _sizes(build())
    with matplotlib.rc_context(rc(LIGHT, 2.0)):
        title2, legend2 = _sizes(build())
    assert title2 == pytest.approx(2 * title1)
    assert legend1 and [b for b in legend2] == pytest.approx([2 * a for a in legend1])


@pytest.mark.parametrize("text", [
    "A good start. A line appears here once a second week has something noted.",
    "よいスタートです。2週目にも記録があると、ここに線が表示されます。",
])
@pytest.mark.parametrize("room", [8, 14, 30])
def test_the_kind_line_wraps_in_english_and_japanese(text, room):
    from app.charts import NO_LINE_START, fit_lines

    lines = fit_lines(text, room).split("\n")
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert len(lines) > 1 or len(text) * 0.56 <= room
    for line in lines:
        assert line and line[0] not in NO_LINE_START
        assert not any(w for w in line.split(" ") if w and w not in text.split(" ")
                       and " " in text)  # English breaks only between words
