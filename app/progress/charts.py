"""The summary's three or four compact charts, chosen from what the period holds."""

from __future__ import annotations

from datetime import date, timedelta

from app.i18n import translate
from app.progress.models import Summary, WeekPoint
from app.progress.svg_charts import PANEL_HEIGHT, Line, Panel, grid_svg


def _mid(week: WeekPoint, summary: Summary) -> date:
    """A week's point sits mid-week, kept inside the period."""
    middle = week.start + timedelta(days=3)
    return min(max(middle, summary.period.start), summary.period.end)


def _series(summary: Summary, attr: str) -> list[tuple[date, float | None]]:
    weeks = summary.diary.weeks if summary.diary else ()
    return [(_mid(w, summary), getattr(w, attr)) for w in weeks]


def _clock_label(hours_after_noon: float) -> str:
    return f"{int(hours_after_noon + 12) % 24:02d}:00"


def _has(points: list[tuple[date, float | None]]) -> bool:
    return any(v is not None for _, v in points)


def summary_panels(summary: Summary) -> list[Panel]:
    """At most four panels, for the chosen sections that have data."""
    panels: list[Panel] = []
    mood, anxiety = _series(summary, "mood"), _series(summary, "anxiety")
    if summary.has("mood") and (_has(mood) or _has(anxiety)):
        panels.append(Panel(translate("Charts", "Mood and anxiety (0–10, weekly average)"), [
            Line(translate("Charts", "Mood"), mood, 0),
            Line(translate("Charts", "Anxiety"), anxiety, 1)], y_max=10))
    bed, wake = _series(summary, "bed_hour"), _series(summary, "wake_hour")
    if summary.has("sleep") and (_has(bed) or _has(wake)):
        panels.append(Panel(
            translate("Charts", "Going to bed and getting up (weekly average)"),
            [Line(translate("Charts", "Bedtime"), bed, 2),
             Line(translate("Charts", "Getting up"), wake, 3)],
            y_min=6, y_max=30, y_ticks=[6, 12, 18, 24, 30], y_label=_clock_label, downward=True))
    outside = _series(summary, "outside_minutes")
    if summary.has("outside") and _has(outside):
        panels.append(Panel(translate("Charts", "Minutes outside home per week"),
                            [Line(translate("Charts", "Minutes outside"), outside, 5)]))
    suds = list(summary.ladder.suds) if summary.ladder else []
    if summary.has("ladder") and suds:
        panels.append(Panel(translate("Charts", "Ladder practice: peak distress (0–100)"),
                            [Line(translate("Charts", "Peak distress"),
                                  [(d, v) for d, v in suds], 4, connect=False)], y_max=100))
    return panels[:4]


def summary_svg(summary: Summary, width_pt: float) -> tuple[bytes, float, float] | None:
    """(svg, width, height) in points, or None when there is nothing to draw."""
    panels = summary_panels(summary)
    if not panels:
        return None
    rows = (len(panels) + 1) // 2 if len(panels) > 1 else 1
    height = rows * PANEL_HEIGHT + (rows - 1) * 6
    svg = grid_svg(panels, summary.period.start, summary.period.end, width_pt)
    return svg, width_pt, height
