"""Thought-record charts: mood before vs after each record, and the traps used most."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from app.charts import (
    LIGHT,
    ChartTheme,
    count_axis,
    date_axis,
    empty_note,
    new_figure,
    series,
    style_axes,
)
from app.i18n import translate
from app.thoughts.models import MoodChange
from app.thoughts.traps import TrapCount

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_BARS = 12


def mood_change_figure(changes: Sequence[MoodChange], theme: ChartTheme = LIGHT,
                       span: tuple[date, date] | None = None) -> Figure:
    """One pair of markers per finished record (before, after) joined by a thin line.

    With a `span` (first, last day) the x axis is that whole period, however few
    records it holds.

    Before and after differ in marker shape and fill, not only colour, so the
    chart reads in greyscale print.
    """
    from matplotlib.collections import LineCollection  # lazy: matplotlib loads at the first draw
    from matplotlib.dates import date2num  # lazy: matplotlib loads at the first draw

    fig = new_figure(6.4, 3.0, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    ax.set_title(translate("ThoughtCharts", "Feelings before and after each record"), loc="left")
    if not changes:
        empty_note(ax, translate("ThoughtCharts", "Finished thought records will show here."),
                   theme)
        return fig
    xs = [date2num(c.day) for c in changes]
    before_style, after_style = series(1), series(0)
    ax.plot(xs, [c.before for c in changes], linestyle="none", marker=before_style["marker"],
            color=before_style["color"], markerfacecolor="none", markersize=6,
            label=translate("ThoughtCharts", "Before"))
    paired = [(x, c.before, c.after) for x, c in zip(xs, changes, strict=True)
              if c.after is not None]
    ax.plot([x for x, _, _ in paired], [after for _, _, after in paired], linestyle="none",
            marker=after_style["marker"], color=after_style["color"], markersize=6,
            label=translate("ThoughtCharts", "After"))
    # One collection for all the joining lines: cheap even for years of records.
    ax.add_collection(LineCollection([[(x, before), (x, after)] for x, before, after in paired],
                                     colors=theme.muted, linewidths=0.8, zorder=1))
    ax.set_ylim(0, 100)
    ax.set_ylabel(translate("ThoughtCharts", "Average intensity (0–100)"))
    date_axis(ax)
    if span is not None:
        ax.set_xlim(date2num(span[0]) - 0.5, date2num(span[1]) + 0.5)
    elif len(xs) == 1:
        ax.set_xlim(xs[0] - 3, xs[0] + 3)
    # Above the plot, beside the left-aligned title, so it never hides a marker.
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, borderaxespad=0.2)
    return fig


def trap_counts_figure(counts: Sequence[TrapCount], theme: ChartTheme = LIGHT) -> Figure:
    """Horizontal bars, most used trap on top; at most MAX_BARS traps."""
    shown = list(counts)[:MAX_BARS]
    fig = new_figure(6.4, max(2.4, 0.9 + 0.32 * len(shown)), theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    ax.grid(False, axis="y")
    ax.grid(True, axis="x", color=theme.grid, linewidth=0.6)
    ax.set_title(translate("ThoughtCharts", "Thinking traps noticed most"), loc="left")
    if not shown:
        empty_note(ax, translate("ThoughtCharts", "Traps you tag in finished records will "
                                 "show here."), theme)
        return fig
    positions = list(range(len(shown)))
    ax.barh(positions, [c.count for c in shown], color=series(0)["color"], height=0.6)
    ax.set_yticks(positions, [c.label for c in shown])
    ax.invert_yaxis()
    ax.set_xlabel(translate("ThoughtCharts", "Records"))
    count_axis(ax, "x")
    return fig
