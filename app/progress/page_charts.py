"""The charts the Progress page shows: the summary's own builders, then the thoughts charts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.charts import ChartTheme
from app.i18n import translate
from app.practice import charts as practice_charts
from app.progress import summary_charts
from app.progress.diary_figures import week_bounds
from app.progress.overview import Overview
from app.routine import charts as routine_charts
from app.thoughts import charts as thought_charts

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    build: Callable[[ChartTheme], Figure]


def _shared(ov: Overview, key: str) -> ChartSpec:
    """One of the printed page's charts, built by the same function, for the screen."""
    s = ov.as_summary()
    return ChartSpec(key, summary_charts.panel_title(key),
                     lambda t: summary_charts.page_figure(s, key, t))


def specs(ov: Overview) -> list[ChartSpec]:
    """One spec per chart, in reading order."""
    out: list[ChartSpec] = []
    if ov.diary is not None:
        out += [_shared(ov, "mood"), _shared(ov, "sleep"), _shared(ov, "outside")]
    if ov.ladder is not None:
        out.append(_shared(ov, "ladder"))
    if ov.diary is not None:
        weeks = routine_charts.activity_weeks(ov.entries, week_bounds(ov.period))
        out.append(ChartSpec("activities", translate("ProgressCharts", "Activities and mood"),
                             lambda t: routine_charts.activities_mood_figure(weeks, t)))
    changes, traps = list(ov.mood_changes), list(ov.trap_counts)
    span = (ov.period.start, ov.period.end)
    out += [
        ChartSpec("thought_moods", translate("ProgressCharts",
                                             "Feelings before and after thought records"),
                  lambda t: thought_charts.mood_change_figure(changes, t, span)),
        ChartSpec("traps", translate("ProgressCharts", "Thinking traps noticed"),
                  lambda t: thought_charts.trap_counts_figure(traps, t)),
    ]
    practised = list(ov.practice)
    if any(w.times for w in practised):
        out.append(ChartSpec("practice", practice_charts.title(),
                             lambda t: practice_charts.practice_week_figure(practised, t)))
    return out
