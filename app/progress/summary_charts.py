"""The summary's and the Progress page's period charts, drawn from the summary model.

One set of matplotlib builders serves the screen and the printed page (as
vector SVG), so both show the same weeks and the same attempts. Each series is
drawn from `app.progress.models` and nothing else: what the page counts is
what the chart marks. Lines differ by marker and dash as well as colour, so
they read in greyscale. matplotlib is imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from app import dates
from app.charts import (
    LIGHT,
    ChartTheme,
    empty_note,
    new_figure,
    pt,
    rc,
    series,
    style_axes,
    to_svg,
)
from app.i18n import translate
from app.progress.models import DiaryFigures, LadderFigures, Summary, Week

if TYPE_CHECKING:
    from matplotlib.axes import Axes  # lazy: matplotlib loads at the first draw
    from matplotlib.figure import Figure  # lazy: matplotlib loads at the first draw
    from matplotlib.gridspec import SubplotSpec  # lazy: matplotlib loads at the first draw

EPOCH = date(1970, 1, 1).toordinal()  # matplotlib's default date epoch
GAP_HATCH = "////"  # weeks with nothing noted: hatched, not drawn as zero
MIN_WEEKS = 2  # a weekly line needs two weeks with a value; one point is no trend
NAN = float("nan")


def _pt(printed: float) -> float:
    """A font size given for paper (9 pt base), scaled with the screen's text size."""
    return pt(printed)


def day_number(day: date | datetime) -> float:
    """A date (or a moment) as matplotlib's date number (days since 1970-01-01)."""
    if isinstance(day, datetime):
        return day.toordinal() - EPOCH + (day.hour * 60 + day.minute) / 1440
    return float(day.toordinal() - EPOCH)


def mid_week(week: Week) -> float:
    return day_number(week.start) + 3.0


def _values(weeks: Sequence[Week], name: str) -> list[float]:
    return [NAN if getattr(w, name) is None else float(getattr(w, name)) for w in weeks]


def weeks_with(d: DiaryFigures | None, *names: str) -> int:
    """How many weeks have a value for any of `names`."""
    if d is None:
        return 0
    return sum(1 for w in d.weeks if any(getattr(w, n) is not None for n in names))


def day_label(day: date) -> str:
    return dates.day_month(day)


def _date_axis(ax: Axes, start: date, end: date) -> None:
    import matplotlib.dates as mdates  # lazy: matplotlib loads at the first draw
    from matplotlib.ticker import FuncFormatter  # lazy: matplotlib loads at the first draw

    ax.set_xlim(day_number(start) - 0.5, day_number(end) + 0.5)
    locator: Any = mdates.AutoDateLocator  # untyped in some matplotlib releases
    ax.xaxis.set_major_locator(locator(minticks=3, maxticks=6))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda x, _pos: day_label(date.fromordinal(int(round(x)) + EPOCH))))


def _gaps(ax: Axes, weeks: Sequence[Week], has: Callable[[Week], bool], theme: ChartTheme,
          gid: str) -> None:
    """Hatch the weeks with nothing noted, so a gap never reads as a zero."""
    empty = [w for w in weeks if not has(w)]
    for i, w in enumerate(empty):
        span = ax.axvspan(day_number(w.start) - 0.5, day_number(w.end) + 0.5, facecolor="none",
                          edgecolor=theme.muted, hatch=GAP_HATCH, linewidth=0, alpha=0.45,
                          label=translate("Charts", "no entry that week") if i == 0 else None)
        span.set_gid(gid if i == 0 else f"{gid}-more")


def _line(ax: Axes, xs: Sequence[float], ys: Sequence[float], style: int, label: str,
          gid: str) -> None:
    s = series(style)
    line, = ax.plot(xs, ys, color=s["color"], marker=s["marker"], linestyle=s["linestyle"],
                    linewidth=1.5, markersize=4, label=label, clip_on=False)
    line.set_gid(gid)


def _legend(ax: Axes, order: Sequence[str], ncols: int) -> None:
    """A compact legend with the entries in `order` (by gid), gaps last."""
    handles, labels = ax.get_legend_handles_labels()
    by_gid = {h.get_gid(): (h, lab) for h, lab in zip(handles, labels, strict=True)}
    chosen = [by_gid[g] for g in order if g in by_gid]
    ax.legend([h for h, _ in chosen], [lab for _, lab in chosen], loc="upper left",
              fontsize=_pt(6), ncols=ncols, handlelength=2.0, columnspacing=1.0,
              borderaxespad=0.2)


def draw_mood(ax: Axes, d: DiaryFigures, start: date, end: date,
              theme: ChartTheme = LIGHT) -> None:
    """Weekly mean mood and anxiety, the days with an entry as ticks along the bottom."""
    style_axes(ax, theme)
    xs = [mid_week(w) for w in d.weeks]
    _gaps(ax, d.weeks, lambda w: w.days_noted > 0, theme, "mood-gap")
    _line(ax, xs, _values(d.weeks, "mood"), 0,
          translate("Charts", "Mood (0 lowest, 10 best)"), "mood-weekly")
    _line(ax, xs, _values(d.weeks, "anxiety"), 1,
          translate("Charts", "Anxiety (0 none, 10 worst)"), "anxiety-weekly")
    rug = ax.vlines([day_number(x) for x in d.noted_days], -1.5, -0.7, color=theme.foreground,
                    linewidth=0.6, label=translate("Charts", "a day noted"))
    rug.set_gid("noted-days")
    ax.set_ylim(-1.6, 13.2)  # room above 10 for the legend
    ax.set_yticks([0, 2, 4, 6, 8, 10])
    ax.set_ylabel(translate("Charts", "0–10, weekly mean"), fontsize=_pt(7))
    _date_axis(ax, start, end)
    _legend(ax, ["mood-weekly", "anxiety-weekly", "noted-days", "mood-gap"], 2)


def _clock_label(hours_after_noon: float) -> str:
    return dates.time_of_day(time(int(round(hours_after_noon + 12)) % 24, 0))


def draw_sleep(ax: Axes, d: DiaryFigures, start: date, end: date,
               theme: ChartTheme = LIGHT) -> None:
    """Weekly mean bedtime and waking time; earlier is up, as the axis label says."""
    style_axes(ax, theme)
    xs = [mid_week(w) for w in d.weeks]
    bed, wake = _values(d.weeks, "bed_hour"), _values(d.weeks, "wake_hour")
    _gaps(ax, d.weeks, lambda w: w.bed_hour is not None, theme, "sleep-gap")
    _line(ax, xs, bed, 2, translate("Charts", "Went to bed"), "bed-weekly")
    _line(ax, xs, wake, 1, translate("Charts", "Got up"), "wake-weekly")
    _legend(ax, ["bed-weekly", "wake-weekly", "sleep-gap"], 3)
    known = [v for v in bed + wake if v == v]
    low = 3 * int(min(known) // 3) if known else 9
    high = 3 * -int(-max(known) // 3) if known else 21
    high = max(high, low + 6)
    ax.set_ylim(high + 0.8, low - 2.5)  # inverted: earlier at the top, room for the legend
    ticks = list(range(low, high + 1, 3))
    ax.set_yticks(ticks, [_clock_label(t) for t in ticks])
    ax.set_ylabel(translate("Charts", "Time of day (earlier ↑)"), fontsize=_pt(7))
    _date_axis(ax, start, end)


def draw_outside(ax: Axes, d: DiaryFigures, start: date, end: date,
                 theme: ChartTheme = LIGHT) -> None:
    """Minutes outside home, added up over the days noted in each week."""
    style_axes(ax, theme)
    xs = [mid_week(w) for w in d.weeks]
    ys = _values(d.weeks, "outside_minutes")
    _gaps(ax, d.weeks, lambda w: w.outside_minutes is not None, theme, "outside-gap")
    _line(ax, xs, ys, 0, translate("Charts", "Sum of the days noted"), "outside-weekly")
    label = translate("Charts", "Minutes a week")
    if len(d.weeks) <= 20:  # room to say how many days each week rests on
        for w, x, y in zip(d.weeks, xs, ys, strict=True):
            if y == y:
                ax.annotate(str(w.outside_days), (x, y), xytext=(0, 4),
                            textcoords="offset points", ha="center", fontsize=_pt(5.5),
                            color=theme.muted)
        label = translate("Charts", "Minutes a week\n(small numbers: days noted)")
    top = max([y for y in ys if y == y] or [10.0])
    ax.set_ylim(-top * 0.04, top * 1.3 + 1)
    ax.set_ylabel(label, fontsize=_pt(6.5))
    _date_axis(ax, start, end)
    _legend(ax, ["outside-weekly", "outside-gap"], 2)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


# The marker of each ladder as a character, so the printed text can name it.
MARKER_GLYPHS = {"o": "●", "s": "■", "^": "▲", "D": "◆", "v": "▼", "P": "✚"}


def ladder_glyph(index: int) -> str:
    return MARKER_GLYPHS.get(str(series(index)["marker"]), "●")


def draw_ladder(step_ax: Axes, suds_ax: Axes, f: LadderFigures, start: date, end: date,
                theme: ChartTheme = LIGHT, legend: bool = True) -> None:
    """Each attempt of the period: the step it was on (top) and its peak distress (below).

    One marker per attempt in each, one marker shape per ladder; a harder step
    reads as a higher mark, so rising distress on it is not taken for decline.
    """
    for ax in (step_ax, suds_ax):
        style_axes(ax, theme)
    for i, line in enumerate(f.ladders):
        s = series(i)
        pts = [p for p in f.points if p.ladder == i]
        xs = [day_number(p.when) for p in pts]
        steps, = step_ax.plot(xs, [p.step for p in pts], linestyle="none", marker=s["marker"],
                              color=s["color"], markersize=4.5, clip_on=False,
                              label=_short(line.name))
        steps.set_gid(f"ladder-{i}-steps")
        peaks, = suds_ax.plot(xs, [NAN if p.suds_peak is None else float(p.suds_peak)
                                   for p in pts], linestyle="none", marker=s["marker"],
                              color=s["color"], markersize=4.5, clip_on=False)
        peaks.set_gid(f"ladder-{i}-peak")
    top = max([len(line.steps) for line in f.ladders] or [1])
    step_ax.set_ylim(0.5, top + 0.5)
    # A short panel: the first, middle and last step only, so the labels never touch.
    step_ax.set_yticks(sorted({1, (1 + top) // 2, top}) if top > 4 else list(range(1, top + 1)))
    step_ax.set_ylabel(translate("Charts", "Step"), fontsize=_pt(7))
    suds_ax.set_ylim(0, 112)  # 100 sits below the panel's top edge, clear of the step panel
    suds_ax.set_yticks([0, 50, 100])
    suds_ax.set_ylabel(translate("Charts", "Peak distress\n0 calm, 100 worst"), fontsize=_pt(6))
    for ax in (step_ax, suds_ax):
        _date_axis(ax, start, end)
    step_ax.tick_params(labelbottom=False)
    if f.ladders and legend:
        step_ax.legend(loc="upper left", fontsize=_pt(6.5), ncols=min(2, len(f.ladders)),
                       handlelength=1.2)


def _title(ax: Axes, text: str) -> None:
    ax.set_title(text, fontsize=_pt(8), loc="left", fontweight="bold")


def panel_keys(summary: Summary) -> list[str]:
    """The charts the printed page shows: chosen, and with enough data to mean something."""
    d, keys = summary.diary, []
    if summary.has("mood") and weeks_with(d, "mood", "anxiety") >= MIN_WEEKS:
        keys.append("mood")
    if summary.has("sleep") and weeks_with(d, "bed_hour") >= MIN_WEEKS:
        keys.append("sleep")
    if summary.has("outside") and weeks_with(d, "outside_minutes") >= MIN_WEEKS:
        keys.append("outside")
    if summary.has("ladder") and summary.ladder is not None and summary.ladder.attempts:
        keys.append("ladder")
    return keys


def panel_title(key: str) -> str:
    return {
        "mood": translate("Charts", "Mood and anxiety by week"),
        "sleep": translate("Charts", "Going to bed and getting up by week"),
        "outside": translate("Charts", "Minutes outside home by week"),
        "ladder": translate("Charts", "Exposure practice (step 1 = easiest)"),
    }[key]


def draw_panel(fig: Figure, spot: SubplotSpec, key: str, summary: Summary, theme: ChartTheme,
               legend: bool = False) -> None:
    """Draw one panel into a grid cell `spot` of `fig`."""
    start, end = summary.period.start, summary.period.end
    if key == "ladder" and summary.ladder is not None:
        inner = spot.subgridspec(2, 1, height_ratios=[1, 1], hspace=0.3)
        top, low = fig.add_subplot(inner[0]), fig.add_subplot(inner[1], sharex=None)
        # On paper the ladders are named in the text, each with its marker.
        draw_ladder(top, low, summary.ladder, start, end, theme, legend=legend)
        _title(top, panel_title(key))
        return
    ax = fig.add_subplot(spot)
    d = summary.diary
    assert d is not None
    {"mood": draw_mood, "sleep": draw_sleep, "outside": draw_outside}[key](
        ax, d, start, end, theme)
    _title(ax, panel_title(key))


WEEK_NAMES = {"mood": ("mood", "anxiety"), "sleep": ("bed_hour",), "outside": ("outside_minutes",)}


def _too_little(summary: Summary, key: str) -> str | None:
    """A kind line in place of the chart when there is not enough to draw a line yet."""
    if key == "ladder":
        if summary.ladder and summary.ladder.attempts:
            return None
        return translate("Charts", "Each exposure practice will show here, with the step it "
                         "was on.")
    d = summary.diary
    if d is None or not d.days_with_entry:
        return translate("Charts", "Your diary's weeks will show here once you have noted a "
                         "few days.")
    if weeks_with(d, *WEEK_NAMES[key]) >= MIN_WEEKS:
        return None
    if weeks_with(d, *WEEK_NAMES[key]):
        return translate("Charts", "A good start. A line appears here once a second week has "
                         "something noted.")
    return translate("Charts", "Nothing noted for this yet. A line appears once two weeks "
                     "have it.")


def page_figure(summary: Summary, key: str, theme: ChartTheme = LIGHT) -> Figure:
    """One panel on its own, as the Progress page shows it (the same drawing as on paper)."""
    fig = new_figure(7.0, 3.4 if key == "ladder" else 3.0, theme)
    note = _too_little(summary, key)
    if note is not None:
        ax = fig.add_subplot()
        style_axes(ax, theme)
        _title(ax, panel_title(key))
        empty_note(ax, note, theme)
        return fig
    draw_panel(fig, fig.add_gridspec(1, 1)[0, 0], key, summary, theme, legend=True)
    return fig


ROW_INCHES = (1.3, 1.7, 2.1)  # smallest, usual and largest height of a row of charts


def chart_rows(summary: Summary) -> int:
    count = len(panel_keys(summary))
    return 0 if count == 0 else 1 if count <= 2 else 2


def summary_figure(summary: Summary, width_in: float, theme: ChartTheme = LIGHT,
                   keys: Sequence[str] | None = None,
                   row_in: float = ROW_INCHES[1]) -> Figure | None:
    """The printed page's charts, two to a row; None when there is nothing to chart."""
    keys = list(panel_keys(summary) if keys is None else keys)
    if not keys:
        return None
    cols = 1 if len(keys) == 1 else 2
    rows = (len(keys) + cols - 1) // cols
    fig = new_figure(width_in, row_in * rows, theme)
    # Fixed margins (inches) instead of the constrained layout, which would double the
    # drawing time of the page's charts: room for the y labels, titles and dates.
    fig.set_layout_engine("none")
    height = row_in * rows
    left, right, gap_x, top, bottom, gap_y = 0.62, 0.22, 0.78, 0.2, 0.28, 0.52
    axes_w = (width_in - left - right - gap_x * (cols - 1)) / cols
    axes_h = (height - top - bottom - gap_y * (rows - 1)) / rows
    grid = fig.add_gridspec(rows, cols, left=left / width_in, right=1 - right / width_in,
                            top=1 - top / height, bottom=bottom / height,
                            wspace=gap_x / axes_w, hspace=gap_y / axes_h)
    for i, key in enumerate(keys):
        draw_panel(fig, grid[i // cols, i % cols], key, summary, theme)
    return fig


def summary_svg(summary: Summary, width_pt: float,
                room_pt: float | None = None) -> tuple[bytes, float, float] | None:
    """(svg, width, height) in points for the printed page, or None with nothing to chart.

    `room_pt` is the height left on the page: the rows grow or shrink (within
    limits that keep them readable) so that page one stays one page.
    """
    import matplotlib  # lazy: matplotlib loads at the first draw


    rows = max(1, chart_rows(summary))
    row_in = ROW_INCHES[1]
    if room_pt is not None:
        row_in = min(max(room_pt / 72.0 / rows, ROW_INCHES[0]), ROW_INCHES[2])
    params: Any = rc(LIGHT)  # rc_context's stubs want literal keys; ours are built at run time
    with matplotlib.rc_context(params):
        fig = summary_figure(summary, width_pt / 72.0, row_in=row_in)
        if fig is None:
            return None
        width, height = fig.get_size_inches()
        svg = to_svg(fig)
    return svg, float(width * 72), float(height * 72)

