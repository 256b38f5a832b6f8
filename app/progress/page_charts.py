"""The charts the Progress page shows, each built by its own feature's chart function."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.charts import ChartTheme
from app.i18n import translate
from app.progress.overview import Overview


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    build: Callable[[ChartTheme], Any]  # theme -> matplotlib Figure


def _charts(feature: str) -> Any:
    return importlib.import_module(f"app.{feature}.charts")


def specs(ov: Overview) -> list[ChartSpec]:
    """One spec per chart whose feature is installed, in reading order."""
    out: list[ChartSpec] = []
    if "diary" in ov.features:
        entries = list(ov.entries)
        out += [
            ChartSpec("mood", translate("ProgressCharts", "Mood and anxiety"),
                      lambda t: _charts("diary").mood_chart(entries, t)),
            ChartSpec("sleep", translate("ProgressCharts", "Sleep and day rhythm"),
                      lambda t: _charts("diary").sleep_chart(entries, t)),
            ChartSpec("outside", translate("ProgressCharts", "Time outside and contacts"),
                      lambda t: _charts("diary").outside_chart(entries, t)),
        ]
    if "ladder" in ov.features and ov.ladder is not None:
        lad = ov.ladder
        out += [
            ChartSpec("ladder", translate("ProgressCharts", "Highest ladder step reached"),
                      lambda t: _charts("ladder").highest_step_chart(
                          list(lad.history), lad.step_count, ov.period.end, theme=t)),
            ChartSpec("ladder_minutes", translate("ProgressCharts", "Minutes of ladder practice"),
                      lambda t: _charts("ladder").minutes_chart(list(lad.minutes_per_week), t)),
        ]
    if "thoughts" in ov.features:
        changes, traps = list(ov.mood_changes), list(ov.trap_counts)
        out += [
            ChartSpec("thought_moods", translate("ProgressCharts",
                                                 "Feelings before and after thought records"),
                      lambda t: _charts("thoughts").mood_change_figure(changes, t)),
            ChartSpec("traps", translate("ProgressCharts", "Thinking traps noticed"),
                      lambda t: _charts("thoughts").trap_counts_figure(traps, t)),
        ]
    return out
