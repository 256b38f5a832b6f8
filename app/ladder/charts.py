"""Ladder charts as pure Figure builders: distress across the attempts of a step,
how likely the feared outcome felt before and after each attempt, the highest
step practised over time, and minutes outside per week."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app import dates
from app.charts import (
    LIGHT,
    ChartTheme,
    count_axis,
    date_axis,
    empty_note,
    new_figure,
    pt,
    series,
    style_axes,
)
from app.i18n import translate
from app.ladder.models import Attempt

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator


def suds_chart(attempts: Sequence[Attempt], theme: ChartTheme = LIGHT) -> Figure:
    """SUDS before, at peak and after for each attempt of one step (oldest first).
    x is the attempt number; a missing rating leaves a gap in its line."""
    fig = new_figure(6.4, 3.0, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    _title(ax, translate("LadderCharts", "Distress in each attempt of this step"))
    if not attempts:
        empty_note(ax, translate("LadderCharts", "Your attempts of this step will show here."),
                   theme)
        return fig
    xs = list(range(1, len(attempts) + 1))
    labels = [(translate("LadderCharts", "Before"), "suds_before"),
              (translate("LadderCharts", "Peak"), "suds_peak"),
              (translate("LadderCharts", "After"), "suds_after")]
    nan = float("nan")
    for i, (label, name) in enumerate(labels):
        ys = [nan if getattr(a, name) is None else float(getattr(a, name)) for a in attempts]
        ax.plot(xs, ys, label=label, markersize=6, linewidth=1.6, **series(i))
    _per_attempt_axes(ax, xs, attempts, translate("LadderCharts", "Distress (SUDS)"), ncols=3)
    return fig


def expectancy_chart(attempts: Sequence[Attempt], theme: ChartTheme = LIGHT) -> Figure:
    """How likely the feared outcome felt before each attempt and afterwards (0-100 %),
    oldest first, with a thin line joining the two ratings of one attempt, so a fall
    (or a rise) within an attempt and the trend across attempts both show.
    A missing rating leaves a gap; no rating at all gives a kind note instead."""
    fig = new_figure(6.4, 3.0, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    _title(ax, translate("LadderCharts", "How likely the feared outcome felt"))
    rated = [a for a in attempts
             if a.feared_likelihood_before is not None or a.likelihood_after is not None]
    if not rated:
        empty_note(ax, translate(
            "LadderCharts", "How likely your feared outcome felt, before and after each "
            "attempt, will show here."), theme)
        return fig
    xs = list(range(1, len(attempts) + 1))
    nan = float("nan")
    before = [nan if a.feared_likelihood_before is None else float(a.feared_likelihood_before)
              for a in attempts]
    after = [nan if a.likelihood_after is None else float(a.likelihood_after) for a in attempts]
    for x, b, f in zip(xs, before, after, strict=True):
        if b == b and f == f:  # both rated (nan is not equal to itself)
            ax.plot([x, x], [b, f], color=theme.muted, linewidth=1.0, linestyle="-",
                    marker="")
    ax.plot(xs, before, label=translate("LadderCharts", "Before"), markersize=6,
            linewidth=1.4, **series(0))
    ax.plot(xs, after, label=translate("LadderCharts", "Afterwards"), markersize=6,
            linewidth=1.4, **series(1))
    _per_attempt_axes(ax, xs, attempts, translate("LadderCharts", "How likely it felt (%)"),
                      ncols=2)
    return fig


def _per_attempt_axes(ax: Axes, xs: list[int], attempts: Sequence[Attempt], ylabel: str,
                      ncols: int) -> None:
    """A 0-100 scale over attempts in order: dates under up to 12 of them, numbers beyond."""
    ax.set_ylim(0, 100)
    ax.set_xlim(0.5, len(xs) + 0.5)
    ax.set_xticks(xs, [dates.day_month(a.started_at.date()) for a in attempts]
                  if len(xs) <= 12 else [str(x) for x in xs])
    if len(xs) > 12:
        ax.xaxis.set_major_locator(_max_n_locator())
    ax.set_ylabel(ylabel)
    ax.set_xlabel(translate("LadderCharts", "Attempts, oldest first"))
    ax.legend(loc="upper right", ncols=ncols, fontsize=pt(8))


LEAST_DAYS = 28  # a time axis shows four weeks at least, so one point is not a whole year


def _time_span(ax: Axes, first: date, last: date) -> None:
    from matplotlib.dates import date2num  # lazy: matplotlib loads at the first draw

    first = min(first, last - timedelta(days=LEAST_DAYS - 1))
    ax.set_xlim(float(date2num(first)) - 0.5, float(date2num(last)) + 0.5)


def _title(ax: Axes, text: str) -> None:
    ax.set_title(text, fontsize=pt(9), loc="left")


def _max_n_locator() -> MaxNLocator:
    from matplotlib.ticker import MaxNLocator  # lazy: matplotlib loads at the first draw

    return MaxNLocator(nbins=10, integer=True)


def highest_step_chart(history: Sequence[tuple[date, int]], step_count: int,
                       end: date | None = None, theme: ChartTheme = LIGHT) -> Figure:
    """Highest step practised (1 = first step) as a staircase over time.
    `history` is (date, 0-based position) at each rise, from progress.highest_step_history."""
    from matplotlib.dates import date2num  # lazy: matplotlib loads at the first draw

    fig = new_figure(6.4, 3.0, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    _title(ax, translate("LadderCharts", "Highest step practised over time"))
    if not history:
        empty_note(ax, translate("LadderCharts", "The steps you practise will show here."),
                   theme)
        return fig
    days = [d for d, _ in history]
    levels = [p + 1 for _, p in history]
    if end is not None and end > days[-1]:
        days, levels = [*days, end], [*levels, levels[-1]]
    ax.plot([date2num(d) for d in days], levels, drawstyle="steps-post",
            markevery=list(range(len(history))), linewidth=1.8, markersize=6, **series(0))
    date_axis(ax)
    ax.set_ylim(0.5, max(step_count, max(levels)) + 0.5)
    ax.yaxis.set_major_locator(_max_n_locator())
    ax.set_ylabel(translate("LadderCharts", "Highest step practised"))
    _time_span(ax, days[0], days[-1])
    return fig


def minutes_chart(weeks: Sequence[tuple[date, int]], theme: ChartTheme = LIGHT) -> Figure:
    """Minutes outside per week (from attempts) as one stair path, so ten years
    of weeks stay a single artist."""
    from matplotlib.dates import date2num  # lazy: matplotlib loads at the first draw

    fig = new_figure(6.4, 3.0, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    _title(ax, translate("LadderCharts", "Minutes outside per week, from your attempts"))
    if not weeks or not any(m for _, m in weeks):
        empty_note(ax, translate("LadderCharts", "Minutes from your attempts will show here."),
                   theme)
        return fig
    edges = [date2num(d) for d, _ in weeks] + [date2num(weeks[-1][0] + timedelta(days=7))]
    style = series(0)
    ax.stairs([m for _, m in weeks], edges, fill=True, color=style["color"], alpha=0.35,
              hatch="//", edgecolor=style["color"])
    date_axis(ax)
    ax.set_ylim(bottom=0)
    count_axis(ax, "y", 30)
    ax.set_ylabel(translate("LadderCharts", "Minutes outside per week"))
    _time_span(ax, weeks[0][0], weeks[-1][0] + timedelta(days=6))
    return fig
