"""Ladder charts: the data plotted is the data stored, and it reads in greyscale."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

from app.ladder import charts
from app.ladder import service as sv
from app.ladder.inputs import AttemptInput, StepInput
from app.ladder.progress import highest_step_history, minutes_per_week

T0 = datetime(2026, 4, 6, 16, 0, tzinfo=UTC)


def _stored(db):
    ladder = sv.create_ladder(db, "Outside", [StepInput("Door", 1, 30), StepInput("Gate", 3, 50)])
    step = sv.steps(db, ladder.id)[0]
    for i, (b, p, a) in enumerate([(40, 70, 30), (35, None, 20), (20, 35, 10)]):
        sv.log_attempt(db, step.id, AttemptInput(T0 + timedelta(days=3 * i), suds_before=b,
                                                 suds_peak=p, suds_after=a,
                                                 actual_minutes=5 + i))
    return ladder, step


def test_suds_chart_plots_the_stored_attempts(db):
    _ladder, step = _stored(db)
    stored = sv.attempts_for_step(db, step.id)
    fig = charts.suds_chart(stored)
    lines = fig.axes[0].get_lines()
    assert len(lines) == 3
    for line, name in zip(lines, ("suds_before", "suds_peak", "suds_after"), strict=True):
        ys = [None if math.isnan(y) else int(y) for y in line.get_ydata()]
        assert ys == [getattr(a, name) for a in stored]
        assert list(line.get_xdata()) == [1, 2, 3]
    # Greyscale: every series differs by marker and by line style, not colour alone.
    assert len({ln.get_marker() for ln in lines}) == 3
    assert len({str(ln.get_linestyle()) for ln in lines}) == 3
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == [
        "Before", "Peak", "After"]


def test_empty_charts_say_so_kindly():
    for fig in (charts.suds_chart([]), charts.highest_step_chart([], 5),
                charts.minutes_chart([]), charts.expectancy_chart([])):
        assert fig.axes[0].texts and fig.axes[0].texts[0].get_text()


def test_highest_step_chart_follows_the_steps_practised(db):
    ladder, _ = _stored(db)
    gate = sv.move_current(db, ladder.id, +1)
    sv.log_attempt(db, gate.id, AttemptInput(T0 + timedelta(days=9), actual_minutes=3))
    reached = [(s.reached_at, s.position) for s in sv.steps(db, ladder.id) if s.reached_at]
    history = highest_step_history(reached)
    fig = charts.highest_step_chart(history, 2)
    line = fig.axes[0].get_lines()[0]
    assert list(line.get_ydata()) == [p + 1 for _, p in history] == [1, 2]
    assert line.get_drawstyle() == "steps-post" and line.get_marker() == "o"


def test_minutes_chart_is_one_path_with_the_weekly_totals(db):
    _stored(db)
    attempts = sv.attempts_between(db, date(2026, 4, 1), date(2026, 4, 30))
    weeks = minutes_per_week(attempts, date(2026, 4, 1), date(2026, 4, 30))
    fig = charts.minutes_chart(weeks)
    ax = fig.axes[0]
    assert len(ax.patches) == 1  # one stair path, not a bar per week
    heights = list(ax.patches[0].get_data().values)
    assert heights == [m for _, m in weeks] and sum(heights) == 5 + 6 + 7
    assert ax.patches[0].get_hatch() == "//"


def test_expectancy_chart_plots_likelihood_before_and_after(db):
    ladder, step = _stored(db)
    first = sv.attempts_for_step(db, step.id)[0]
    sv.update_attempt(db, first.id, AttemptInput(first.started_at, feared_likelihood_before=80,
                                                 likelihood_after=30))
    sv.log_attempt(db, step.id, AttemptInput(T0 + timedelta(days=12),
                                             feared_likelihood_before=60, note="Went half way"))
    stored = sv.attempts_for_step(db, step.id)
    fig = charts.expectancy_chart(stored)
    ax = fig.axes[0]
    named = {ln.get_label(): ln for ln in ax.get_lines() if not ln.get_label().startswith("_")}
    assert set(named) == {"Before", "Afterwards"}

    def ys(line):
        return [None if math.isnan(y) else int(y) for y in line.get_ydata()]
    assert ys(named["Before"]) == [a.feared_likelihood_before for a in stored] == [
        80, None, None, 60]
    assert ys(named["Afterwards"]) == [a.likelihood_after for a in stored] == [
        30, None, None, None]
    # One joining segment, for the one attempt rated both before and after.
    joins = [ln for ln in ax.get_lines() if ln.get_label().startswith("_")]
    assert [list(j.get_ydata()) for j in joins] == [[80.0, 30.0]]
    assert named["Before"].get_marker() != named["Afterwards"].get_marker()
    assert str(named["Before"].get_linestyle()) != str(named["Afterwards"].get_linestyle())
    assert ax.get_ylim() == (0, 100) and "likely" in ax.get_ylabel()
    # Attempts with no likelihood at all get the kind note instead of an empty chart.
    assert charts.expectancy_chart(stored[1:3]).axes[0].texts
