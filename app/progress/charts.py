"""Compact summary charts: a few small panels, weekly averages, readable in greyscale."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.charts import LIGHT, ChartTheme, new_figure, series, style_axes
from app.i18n import translate
from app.progress.models import Summary, WeekPoint

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Panel = Callable[["Axes", Summary, ChartTheme], None]


def _line(ax: Axes, days: list[date], values: list[float | None], i: int, label: str) -> None:
    pairs = [(d, v) for d, v in zip(days, values, strict=True) if v is not None]
    if not pairs:
        return
    style = series(i)
    ax.plot([p[0] for p in pairs], [p[1] for p in pairs], label=label, linewidth=1.4,
            markersize=3.5 if len(pairs) < 60 else 0, **style)


def _weeks(summary: Summary) -> list[WeekPoint]:
    return list(summary.diary.weeks) if summary.diary else []


def _date_axis(ax: Axes) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=5)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def mood_panel(ax: Axes, summary: Summary, theme: ChartTheme) -> None:
    weeks = _weeks(summary)
    days = [w.start for w in weeks]
    _line(ax, days, [w.mood for w in weeks], 0, translate("Charts", "Mood"))
    _line(ax, days, [w.anxiety for w in weeks], 1, translate("Charts", "Anxiety"))
    ax.set_ylim(0, 10)
    ax.set_title(translate("Charts", "Mood and anxiety (0–10, weekly average)"), fontsize=8.5)
    ax.legend(fontsize=7, loc="upper left", ncols=2)


def sleep_panel(ax: Axes, summary: Summary, theme: ChartTheme) -> None:
    weeks = _weeks(summary)
    _line(ax, [w.start for w in weeks], [w.sleep_hours for w in weeks], 2,
          translate("Charts", "Hours of sleep"))
    ax.set_ylim(0, 14)
    ax.set_title(translate("Charts", "Hours of sleep (weekly average)"), fontsize=8.5)


def outside_panel(ax: Axes, summary: Summary, theme: ChartTheme) -> None:
    weeks = _weeks(summary)
    days = [w.start for w in weeks]
    _line(ax, days, [w.outside_minutes for w in weeks], 3,
          translate("Charts", "Minutes outside"))
    ax.set_ylim(bottom=0)
    ax.set_title(translate("Charts", "Minutes outside per week"), fontsize=8.5)


def ladder_panel(ax: Axes, summary: Summary, theme: ChartTheme) -> None:
    points = list(summary.ladder.suds) if summary.ladder else []
    style = series(4)
    ax.plot([p[0] for p in points], [p[1] for p in points], linewidth=0, markersize=3.5,
            marker=style["marker"], color=style["color"])
    ax.set_ylim(0, 100)
    ax.set_title(translate("Charts", "Ladder practice: peak distress (SUDS 0–100)"),
                 fontsize=8.5)


def panels(summary: Summary) -> list[Panel]:
    """The panels that have something to show for the chosen sections."""
    chosen: list[Panel] = []
    weeks = _weeks(summary)
    if summary.has("mood") and any(w.mood is not None or w.anxiety is not None for w in weeks):
        chosen.append(mood_panel)
    if summary.has("sleep") and any(w.sleep_hours is not None for w in weeks):
        chosen.append(sleep_panel)
    if summary.has("outside") and any(w.outside_minutes is not None for w in weeks):
        chosen.append(outside_panel)
    if summary.has("ladder") and summary.ladder and summary.ladder.suds:
        chosen.append(ladder_panel)
    return chosen[:4]


def summary_figure(summary: Summary, theme: ChartTheme = LIGHT,
                   width: float = 7.0) -> Figure | None:
    """Up to four small panels in two columns, or None when there is nothing to draw."""
    chosen = panels(summary)
    if not chosen:
        return None
    rows = (len(chosen) + 1) // 2
    cols = 1 if len(chosen) == 1 else 2
    fig = new_figure(width, 1.75 * rows, theme)
    axes = fig.subplots(rows, cols, squeeze=False)
    for i, ax in enumerate(axes.flat):
        if i >= len(chosen):
            ax.set_visible(False)
            continue
        style_axes(ax, theme)
        chosen[i](ax, summary, theme)
        ax.set_xlim(summary.period.start, summary.period.end)
        _date_axis(ax)
    return fig
