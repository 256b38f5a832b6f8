"""Activities against mood: the weekly figures equal a recount of the diary rows, and the
chart draws exactly those figures."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.diary.models import Activity, DiaryEntry
from app.progress.diary_figures import week_bounds
from app.progress.periods import custom
from app.routine.charts import activities_mood_figure, activity_weeks

END = date(2026, 11, 29)

days = st.lists(
    st.tuples(st.integers(0, 62), st.one_of(st.none(), st.integers(0, 10)),
              st.integers(0, 4)),
    max_size=50, unique_by=lambda t: t[0])


def _entries(raw):
    return [DiaryEntry(day=END - timedelta(days=back), mood=mood,
                       activities=tuple(Activity(f"a{i}") for i in range(n)))
            for back, mood, n in raw]


def _recount(raw, start, end):
    """Independently: walk every day of the week and look it up in the raw rows."""
    by_day = {END - timedelta(days=back): (mood, n) for back, mood, n in raw}
    noted, acts, moods = 0, 0, []
    d = start
    while d <= end:
        if d in by_day:
            noted += 1
            acts += by_day[d][1]
            if by_day[d][0] is not None:
                moods.append(by_day[d][0])
        d += timedelta(days=1)
    return noted, (acts if noted else None), moods


@settings(max_examples=60, deadline=None)
@given(days)
def test_weekly_figures_equal_a_recount(raw):
    period = custom(END - timedelta(days=55), END)
    weeks = activity_weeks(_entries(raw), week_bounds(period))
    assert len(weeks) == 8 and weeks[-1].end == END
    for w in weeks:
        noted, acts, moods = _recount(raw, w.start, w.end)
        assert w.days_noted == noted
        assert w.activities == acts
        assert w.mood_days == len(moods)
        assert (w.mood is None) == (not moods)
        if moods:
            assert abs(w.mood - sum(moods) / len(moods)) < 1e-9


@settings(max_examples=15, deadline=None)
@given(days)
def test_the_chart_draws_exactly_the_counted_weeks(raw):
    period = custom(END - timedelta(days=55), END)
    weeks = activity_weeks(_entries(raw), week_bounds(period))
    fig = activities_mood_figure(weeks)
    ax = fig.axes[0]
    heights = [round(p.get_height()) for p in ax.patches]
    if not any(w.activities for w in weeks):
        assert heights == []
        return
    assert heights == [w.activities for w in weeks if w.activities is not None]
    (line,) = fig.axes[1].get_lines()
    assert list(line.get_ydata()) == [w.mood for w in weeks if w.mood is not None]
