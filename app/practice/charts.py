"""Practice by week as a pure Figure builder: minutes practised, one bar per week.

A week with no practice has no bar (a gap), never a zero drawn as if it were a record."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from app.charts import LIGHT, ChartTheme, count_axis, empty_note, new_figure, pt, series, style_axes
from app.i18n import translate
from app.practice.models import WeekPractice

if TYPE_CHECKING:
    from matplotlib.figure import Figure

LEAST_DAYS = 28


def title() -> str:
    return translate("PracticeCharts", "Minutes of practice per week")


def practice_week_figure(weeks: Sequence[WeekPractice], theme: ChartTheme = LIGHT) -> Figure:
    """One hatched bar per week that has practice; the others stay empty."""
    from matplotlib.dates import date2num  # lazy: matplotlib loads at the first draw

    fig = new_figure(6.4, 3.0, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    ax.set_title(title(), fontsize=pt(9), loc="left")
    done = [w for w in weeks if w.minutes is not None]
    if not done:
        empty_note(ax, translate("PracticeCharts",
                                 "The exercises you note on the Practice page will show here."),
                   theme)
        return fig
    style = series(2)
    ax.bar([date2num(w.start) + w.days / 2 for w in done], [w.minutes or 0 for w in done],
           width=[w.days - 0.8 for w in done],
           color=style["color"], alpha=0.4, hatch="..", edgecolor=style["color"],
           label=translate("PracticeCharts", "Minutes"))
    ax.xaxis_date()
    ax.set_ylim(bottom=0)
    count_axis(ax, "y", 10)
    ax.set_ylabel(translate("PracticeCharts", "Minutes per week"))
    first, last = weeks[0].start, weeks[-1].start + timedelta(days=weeks[-1].days)
    first = min(first, last - timedelta(days=LEAST_DAYS))
    ax.set_xlim(float(date2num(first)), float(date2num(last)))
    fig.autofmt_xdate()
    return fig
