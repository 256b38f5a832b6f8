"""Activities done against mood, week by week: what behavioural activation looks at.

Counts come from the diary's activities (a planned activity that happened is one
of them), so the chart, the diary and the plans agree. A week without a diary
entry is a gap, never zero. matplotlib is imported inside the figure builder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.charts import LIGHT, ChartTheme, count_axis, empty_note, new_figure, series, style_axes
from app.diary.models import DiaryEntry
from app.i18n import translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class ActivityWeek:
    start: date
    end: date
    days_noted: int = 0  # diary entries in the week
    activities: int | None = None  # activities noted, None when no day was noted
    mood: float | None = None  # mean mood of the days it was noted
    mood_days: int = 0


def activity_weeks(entries: Sequence[DiaryEntry],
                   bounds: Sequence[tuple[date, date]]) -> list[ActivityWeek]:
    """One ActivityWeek per (first, last) day pair, from the diary entries."""
    out = []
    for start, end in bounds:
        group = [e for e in entries if start <= e.day <= end]
        moods = [e.mood for e in group if e.mood is not None]
        out.append(ActivityWeek(
            start, end, len(group),
            sum(len(e.activities) for e in group) if group else None,
            sum(moods) / len(moods) if moods else None, len(moods)))
    return out


def activities_mood_figure(weeks: Sequence[ActivityWeek], theme: ChartTheme = LIGHT) -> Figure:
    """Bars: activities noted per week (left axis). Line with round markers: mean mood
    (right axis, 0–10). Hatched bars and a marked line read in greyscale print."""
    fig = new_figure(6.4, 3.0, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    ax.set_title(translate("RoutineCharts", "Activities and mood, by week"), loc="left")
    if not any(w.activities for w in weeks):
        empty_note(ax, translate("RoutineCharts", "Activities you note in the diary, or plan "
                                 "and then do, will show here beside your mood."), theme)
        return fig
    xs = list(range(len(weeks)))
    bars = series(2)
    counted = [(x, w.activities) for x, w in zip(xs, weeks, strict=True)
               if w.activities is not None]
    ax.bar([x for x, _ in counted], [n for _, n in counted], width=0.6,
           color="none", edgecolor=bars["color"], hatch="///", linewidth=1.0,
           label=translate("RoutineCharts", "Activities noted"))
    ax.set_ylabel(translate("RoutineCharts", "Activities in the week"))
    count_axis(ax, "y")
    mood_ax = ax.twinx()
    mood_ax.set_facecolor("none")
    for side in ("top", "left"):
        mood_ax.spines[side].set_visible(False)
    mood_ax.spines["right"].set_color(theme.muted)
    mood_ax.tick_params(colors=theme.foreground)
    line = series(0)
    moods = [(x, w.mood) for x, w in zip(xs, weeks, strict=True) if w.mood is not None]
    mood_ax.plot([x for x, _ in moods], [m for _, m in moods], color=line["color"],
                 marker=line["marker"], linestyle=line["linestyle"], markersize=5,
                 label=translate("RoutineCharts", "Mood (0–10, mean)"))
    mood_ax.set_ylim(0, 10)
    mood_ax.set_ylabel(translate("RoutineCharts", "Mood (0–10)"))
    step = max(1, len(weeks) // 8)  # about eight labels, however long the period
    ax.set_xticks(xs[::step], [f"{w.start.month}/{w.start.day}" for w in weeks][::step])
    ax.set_xlim(-0.6, len(weeks) - 0.4)
    handles = ax.get_legend_handles_labels()[0] + mood_ax.get_legend_handles_labels()[0]
    fig.legend(handles=handles, loc="outside lower center", ncols=2)  # never over a bar
    return fig
