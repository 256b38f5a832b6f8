"""Diary charts as pure Figure builders: mood, the sleep window, outside time, symptoms.

Each chart draws the whole period with a handful of artists (one line, one
PolyCollection, one `stairs` path, one image), so ten years of days build in
a fraction of a second. matplotlib is imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import TYPE_CHECKING, Any

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
from app.diary.models import DiaryEntry, Symptom, night_span
from app.i18n import translate

if TYPE_CHECKING:
    from matplotlib.axes import Axes  # lazy: matplotlib loads at the first draw
    from matplotlib.figure import Figure  # lazy: matplotlib loads at the first draw

EPOCH = date(1970, 1, 1).toordinal()  # matplotlib's default date epoch
WINDOW = 7
DOTS_UP_TO = 400  # days; over longer spans the daily dots only blur the averages
LINE_DAYS = 3  # days noted before the mood chart draws a line rather than a kind note
SLEEP_TOP, SLEEP_BOTTOM = -6.0, 18.0  # 18:00 the evening before .. 18:00 on the day


def day_number(day: date) -> float:
    """A date as matplotlib's date number (days since 1970-01-01)."""
    return float(day.toordinal() - EPOCH)


def rolling_mean(days: Sequence[date], values: Sequence[float | None],
                 window: int = WINDOW, min_count: int = 2) -> tuple[Any, Any]:
    """Mean over each calendar window of `window` days ending on that day.

    Returns (x, mean) for every calendar day from the first to the last; days
    whose window holds fewer than `min_count` values are NaN (a gap, not zero).
    """
    import numpy as np  # lazy: numpy loads at the first draw, with matplotlib

    if not days:
        return np.array([]), np.array([])
    first = days[0].toordinal()
    span = days[-1].toordinal() - first + 1
    total, count = np.zeros(span), np.zeros(span)
    for d, v in zip(days, values, strict=True):
        if v is not None:
            total[d.toordinal() - first] += v
            count[d.toordinal() - first] += 1
    csum = np.concatenate([[0.0], np.cumsum(total)])
    ccount = np.concatenate([[0.0], np.cumsum(count)])
    idx = np.arange(span)
    lo = np.maximum(idx + 1 - window, 0)
    sums, counts = csum[idx + 1] - csum[lo], ccount[idx + 1] - ccount[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(counts >= min_count, sums / np.maximum(counts, 1), np.nan)
    return idx + first - EPOCH, mean


def _date_axis(ax: Axes) -> None:
    date_axis(ax)  # labels through app.dates, in the language in use


Span = tuple[date, date] | None


def _span(ax: Axes, span: Span) -> None:
    """Show the whole chosen period, even where the diary has no entries yet."""
    if span is not None:
        ax.set_xlim(day_number(span[0]) - 0.5, day_number(span[1]) + 0.5)


def mood_chart(entries: Sequence[DiaryEntry], theme: ChartTheme = LIGHT,
               span: Span = None) -> Figure:
    """Daily mood and anxiety as faint dots, with a 7-day rolling mean line each."""
    fig = new_figure(7.0, 3.0, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    ax.set_title(translate("DiaryCharts", "Mood and anxiety"), fontsize=pt(9), loc="left")
    noted = sum(1 for e in entries if e.mood is not None or e.anxiety is not None)
    if noted < LINE_DAYS:
        empty_note(ax, (translate("DiaryCharts", "Mood and anxiety will show here once "
                                  "you have noted them on a few days."),
                        translate("DiaryCharts", "Two more days and a line appears."),
                        translate("DiaryCharts", "One more day and a line appears."))[noted],
                   theme)
        return fig
    days = [e.day for e in entries]
    series_info = [("mood", translate("DiaryCharts", "Mood (7-day average)")),
                   ("anxiety", translate("DiaryCharts", "Anxiety (7-day average)"))]
    for i, (name, label) in enumerate(series_info):
        style = series(i)
        values = [getattr(e, name) for e in entries]
        known = [(day_number(d), v) for d, v in zip(days, values, strict=True) if v is not None]
        if known and len(days) and (days[-1] - days[0]).days <= DOTS_UP_TO:
            xs, ys = zip(*known, strict=True)
            dots, = ax.plot(xs, ys, linestyle="none", marker=style["marker"], markersize=2.5,
                            color=style["color"], alpha=0.35)
            dots.set_gid(f"{name}-daily")
        x, mean = rolling_mean(days, values)
        line, = ax.plot(x, mean, color=style["color"], linestyle=style["linestyle"],
                        linewidth=1.8, label=label)
        line.set_gid(f"{name}-mean")
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    ax.set_ylabel(translate("DiaryCharts", "0 low … 10 high"))
    _date_axis(ax)
    _span(ax, span)
    ax.legend(loc="upper left", fontsize=pt(8), ncols=2)
    return fig


def _clock_label(hours: float) -> str:
    return dates.time_of_day(time(int(hours) % 24, 0))


def sleep_chart(entries: Sequence[DiaryEntry], theme: ChartTheme = LIGHT,
                span: Span = None) -> Figure:
    """Each night as a bar from bedtime down to waking; clock time runs down the y axis.

    The axis runs from 18:00 the evening before at the top to 18:00 on the day
    at the bottom, so nights drifting into the day show as bars sliding down.
    All nights are one PolyCollection; the 7-day mean midpoint is one line.
    """
    import numpy as np  # lazy: numpy loads at the first draw, with matplotlib
    from matplotlib.collections import PolyCollection  # lazy: matplotlib loads at the first draw

    fig = new_figure(7.0, 3.4, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    ax.set_title(translate("DiaryCharts", "Sleep, from going to bed to getting up"),
                 fontsize=pt(9), loc="left")
    nights = [(e.day, *night_span(e.bedtime, e.waketime)) for e in entries
              if e.bedtime is not None and e.waketime is not None]
    if not nights:
        empty_note(ax, translate("DiaryCharts", "Your sleep will show here once you note "
                                 "when you went to bed and got up."), theme)
        return fig
    x = np.array([day_number(d) for d, _s, _e in nights])
    start = np.array([s for _d, s, _e in nights])
    end = np.array([e for _d, _s, e in nights])
    half = 0.42
    verts = np.stack([np.column_stack([x - half, start]), np.column_stack([x + half, start]),
                      np.column_stack([x + half, end]), np.column_stack([x - half, end])], axis=1)
    # An (N, 4, 2) array is PolyCollection's fast path; its stubs list only sequences.
    bars = PolyCollection(verts,  # type: ignore[arg-type]
                          facecolors=series(0)["color"], edgecolors="none", alpha=0.75,
                          label=translate("DiaryCharts", "Asleep"))
    bars.set_gid("sleep-bars")
    ax.add_collection(bars)
    mx, mid = rolling_mean([d for d, _s, _e in nights], list((start + end) / 2))
    line, = ax.plot(mx, mid, color=series(1)["color"], linestyle=series(1)["linestyle"],
                    linewidth=1.6,
                    label=translate("DiaryCharts", "Middle of sleep (7-day average)"))
    line.set_gid("sleep-midpoint")
    top, bottom = min(SLEEP_TOP, float(start.min())), max(SLEEP_BOTTOM, float(end.max()))
    ax.set_ylim(bottom, top)  # inverted: evening at the top, the next afternoon below
    ticks = np.arange(np.ceil(top / 3) * 3, bottom + 0.01, 3)
    ax.set_yticks(ticks, [_clock_label(t) for t in ticks])
    ax.set_xlim(x.min() - 1, x.max() + 1)
    ax.set_ylabel(translate("DiaryCharts", "Clock time"))
    _date_axis(ax)
    _span(ax, span)
    ax.legend(loc="upper left", fontsize=pt(8), ncols=2)  # evenings before are mostly empty
    return fig


def _weeks(entries: Sequence[DiaryEntry]) -> tuple[Any, dict[int, list[DiaryEntry]]]:
    """Monday-based week buckets: (edges as date numbers, {week index: entries})."""
    import numpy as np  # lazy: numpy loads at the first draw, with matplotlib

    first_monday = entries[0].day.toordinal() - entries[0].day.weekday()
    buckets: dict[int, list[DiaryEntry]] = {}
    for e in entries:
        buckets.setdefault((e.day.toordinal() - first_monday) // 7, []).append(e)
    n = max(buckets) + 1
    edges = np.arange(n + 1) * 7.0 + first_monday - EPOCH
    return edges, buckets


def _weekly_sum(buckets: dict[int, list[DiaryEntry]], n: int, name: str) -> Any:
    import numpy as np  # lazy: numpy loads at the first draw, with matplotlib

    out = np.full(n, np.nan)
    for week, items in buckets.items():
        values = [getattr(e, name) for e in items if getattr(e, name) is not None]
        if values:
            out[week] = float(sum(values))
    return out


def outside_chart(entries: Sequence[DiaryEntry], theme: ChartTheme = LIGHT,
                  span: Span = None) -> Figure:
    """Minutes outside home and face-to-face contacts, added up per week (Monday to Sunday)."""
    fig = new_figure(7.0, 3.6, theme)
    if not any(e.minutes_outside is not None or e.face_contacts is not None for e in entries):
        ax = fig.add_subplot()
        style_axes(ax, theme)
        ax.set_title(translate("DiaryCharts", "Time outside and people met, per week"),
                     fontsize=pt(9), loc="left")
        empty_note(ax, translate("DiaryCharts", "Time outside and meetings with people will "
                                 "show here once you have noted them."), theme)
        return fig
    edges, buckets = _weeks(entries)
    n = len(edges) - 1
    top, low = fig.subplots(2, 1, sharex=True)
    rows = [(top, "minutes_outside", translate("DiaryCharts", "Minutes outside per week"), 2,
             30),
            (low, "face_contacts", translate("DiaryCharts", "People met face to face per week"),
             0, 3)]
    for ax, name, title, colour, least in rows:
        style_axes(ax, theme)
        values = _weekly_sum(buckets, n, name)
        steps = ax.stairs(values, edges, fill=True, color=series(colour)["color"], alpha=0.8)
        steps.set_gid(f"{name}-weekly")
        ax.set_title(title, fontsize=pt(9), loc="left")
        ax.set_ylim(bottom=0)
        count_axis(ax, "y", least)
    _date_axis(low)
    _span(low, span)
    return fig


def symptom_heatmap(entries: Sequence[DiaryEntry], symptoms: Sequence[Symptom],
                    theme: ChartTheme = LIGHT, span: Span = None) -> Figure:
    """Mean rating (0–3) of each symptom per week as one image; empty weeks stay blank."""
    import numpy as np  # lazy: numpy loads at the first draw, with matplotlib

    fig = new_figure(7.0, 2.6, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    ax.set_title(translate("DiaryCharts", "Symptoms, average per week"), fontsize=pt(9),
                 loc="left")
    rated = {r.symptom_id for e in entries for r in e.symptoms}
    shown = [s for s in symptoms if s.id in rated]
    if not shown:
        empty_note(ax, translate("DiaryCharts", "Your symptoms will show here once you "
                                 "have rated them on a few days."), theme)
        return fig
    edges, buckets = _weeks(entries)
    row_of = {s.id: i for i, s in enumerate(shown)}
    total = np.zeros((len(shown), len(edges) - 1))
    count = np.zeros_like(total)
    for week, items in buckets.items():
        for e in items:
            for r in e.symptoms:
                if r.symptom_id in row_of:
                    total[row_of[r.symptom_id], week] += r.rating
                    count[row_of[r.symptom_id], week] += 1
    with np.errstate(invalid="ignore", divide="ignore"):
        grid = np.ma.masked_invalid(np.where(count > 0, total / np.maximum(count, 1), np.nan))
    image = ax.imshow(grid, aspect="auto", interpolation="nearest", cmap="Blues", vmin=0,
                      vmax=3, extent=(edges[0], edges[-1], len(shown) - 0.5, -0.5))
    image.set_gid("symptom-heatmap")
    ax.set_yticks(range(len(shown)), [s.name for s in shown])
    ax.grid(False)
    _date_axis(ax)
    _span(ax, span)
    bar = fig.colorbar(image, ax=ax, ticks=[0, 1, 2, 3], fraction=0.04, pad=0.01)
    bar.set_label(translate("DiaryCharts", "0 none … 3 strong"), fontsize=pt(8))
    bar.ax.tick_params(colors=theme.foreground)
    return fig
