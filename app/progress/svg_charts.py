"""Small vector line charts for the printed summary, written directly as SVG.

The printed page needs only a few simple line panels, and writing them here
keeps matplotlib (about half a second to import) out of `ippo report` and
printing, while the Progress page keeps the features' matplotlib charts.
Colours, markers and dashes follow `app.charts.SERIES`, so lines differ in
greyscale too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import Any

from app.charts import series
from app.i18n import QT_TRANSLATE_NOOP, language, translate

MONTHS = [
    QT_TRANSLATE_NOOP("Charts", "Jan"), QT_TRANSLATE_NOOP("Charts", "Feb"),
    QT_TRANSLATE_NOOP("Charts", "Mar"), QT_TRANSLATE_NOOP("Charts", "Apr"),
    QT_TRANSLATE_NOOP("Charts", "May"), QT_TRANSLATE_NOOP("Charts", "Jun"),
    QT_TRANSLATE_NOOP("Charts", "Jul"), QT_TRANSLATE_NOOP("Charts", "Aug"),
    QT_TRANSLATE_NOOP("Charts", "Sep"), QT_TRANSLATE_NOOP("Charts", "Oct"),
    QT_TRANSLATE_NOOP("Charts", "Nov"), QT_TRANSLATE_NOOP("Charts", "Dec"),
]
DASHES = {"-": "", "--": "5,3", ":": "1.2,2", "-.": "5,2,1.2,2"}
INK, MUTED, GRID = "#1a1a1a", "#555555", "#d0d0d0"
PANEL_HEIGHT = 132.0  # points


@dataclass(frozen=True)
class Line:
    label: str
    points: Sequence[tuple[date, float | None]]
    style: int  # index into app.charts.SERIES
    connect: bool = True


@dataclass(frozen=True)
class Panel:
    title: str
    lines: Sequence[Line]
    y_max: float | None = None  # None: from the data
    y_min: float = 0.0
    y_ticks: Sequence[float] | None = None  # None: round steps from y_min
    y_label: Callable[[float], str] | None = None  # tick text; None: the number
    downward: bool = False  # larger values lower down (clock times: later is lower)


def _font() -> str:
    return ("Noto Sans CJK JP, DejaVu Sans" if language() == "ja"
            else "DejaVu Sans, Noto Sans CJK JP")


def _nice_step(value: float) -> float:
    """A round tick step giving at most five steps up to `value`."""
    for power in range(0, 7):
        for base in (1, 2, 3, 5):
            step = base * 10 ** power
            if value / step <= 5:
                return float(step)
    return max(value / 5, 1.0)


def _nice_max(value: float) -> float:
    step = _nice_step(max(value, 1.0))
    return step * max(1, -(-value // step))


def _y_ticks(top: float) -> list[float]:
    step = _nice_step(top)
    count = int(round(top / step))
    return [step * i for i in range(count + 1)]


def date_label(day: date, with_day: bool) -> str:
    month = translate("Charts", MONTHS[day.month - 1])
    if not with_day:
        return month
    return translate("Charts", "{day} {month}").format(day=day.day, month=month)


def _x_ticks(start: date, end: date) -> list[tuple[date, str]]:
    span = (end - start).days
    if span <= 70:
        first = start + timedelta(days=(7 - start.weekday()) % 7)
        step = 7 if span <= 35 else 14
        days = [first + timedelta(days=i) for i in range(0, span + 1, step)]
        return [(d, date_label(d, True)) for d in days if d <= end]
    every = 1 if span <= 200 else 2 if span <= 400 else 6 if span <= 1100 else 12
    ticks, month = [], date(start.year, start.month, 1)
    while month <= end:
        if month >= start and (month.month - 1) % every == 0:
            ticks.append((month, date_label(month, False) if month.month != 1 or every < 12
                          else str(month.year)))
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return ticks


def _marker(kind: str, x: float, y: float, color: str) -> str:
    r = 2.1
    if kind == "s":
        return (f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}" '
                f'fill="{color}"/>')
    if kind == "^":
        return (f'<polygon points="{x:.1f},{y - r - 0.4:.1f} {x - r:.1f},{y + r:.1f} '
                f'{x + r:.1f},{y + r:.1f}" fill="{color}"/>')
    if kind == "D":
        return (f'<polygon points="{x:.1f},{y - r - 0.4:.1f} {x + r:.1f},{y:.1f} '
                f'{x:.1f},{y + r + 0.4:.1f} {x - r:.1f},{y:.1f}" fill="{color}"/>')
    if kind == "v":
        return (f'<polygon points="{x - r:.1f},{y - r:.1f} {x + r:.1f},{y - r:.1f} '
                f'{x:.1f},{y + r + 0.4:.1f}" fill="{color}"/>')
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{color}"/>'


def _text(x: float, y: float, text: str, size: float = 7, anchor: str = "start",
          color: str = INK, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="{color}" font-weight="{weight}">{escape(text)}</text>')


def _polyline(points: list[tuple[float, float]], color: str, dash: str) -> str:
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dashing = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-width="1.3"'
            f'{dashing} stroke-linejoin="round"/>')


def _legend(lines: Sequence[Line], left: float, y: float) -> list[str]:
    """Marker, dash sample and label for each line, left to right."""
    out, x = [], left + 22
    for line in lines:
        style = series(line.style)
        color = str(style["color"])
        out.append(_polyline([(x, y - 2.3), (x + 14, y - 2.3)], color, _dash(style)))
        out.append(_marker(str(style["marker"]), x + 7, y - 2.3, color))
        out.append(_text(x + 18, y, line.label, 6.5, color=INK))
        per_char = 7.0 if language() == "ja" else 3.9
        x += 18 + per_char * len(line.label) + 14
    return out


def _dash(style: dict[str, Any]) -> str:
    kind = style["linestyle"]
    return DASHES.get(kind, "2,1") if isinstance(kind, str) else "6,1.5"


def panel_svg(panel: Panel, start: date, end: date, x0: float, y0: float,
              width: float, height: float) -> list[str]:
    """One panel's SVG elements inside the box (x0, y0, width, height), in points."""
    legend = len(panel.lines) > 1
    left, right, bottom = x0 + (27 if panel.y_label else 22), x0 + width - 6, y0 + height - 13
    top = y0 + (25 if legend else 16)
    values = [v for line in panel.lines for _, v in line.points if v is not None]
    y_top = panel.y_max or _nice_max(max(values) if values else 1.0)
    y_low = panel.y_min
    span = max(1, (end - start).days)

    def px(day: date) -> float:
        return left + (right - left) * min(max((day - start).days, 0), span) / span

    def py(value: float) -> float:
        share = (min(max(value, y_low), y_top) - y_low) / (y_top - y_low)
        return top + (bottom - top) * share if panel.downward else bottom - (bottom - top) * share

    out = [_text(x0 + 2, y0 + 8, panel.title, 7.5, weight="bold")]
    if legend:
        out += _legend(panel.lines, x0 + 2, y0 + 18)
    for tick in panel.y_ticks or _y_ticks(y_top):
        y = py(tick)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" '
                   f'stroke="{GRID}" stroke-width="0.5"/>')
        text = panel.y_label(tick) if panel.y_label else f"{tick:g}"
        out.append(_text(left - 3, y + 2.3, text, 6.5, "end", MUTED))
    out.append(f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" '
               f'stroke="{MUTED}" stroke-width="0.7"/>')
    for day, label in _x_ticks(start, end):
        out.append(_text(px(day), bottom + 9, label, 6.5, "middle", MUTED))
    for line in panel.lines:
        out += _line_svg(line, px, py)
    if not values:
        out.append(_text((left + right) / 2, (top + bottom) / 2,
                         translate("Charts", "Nothing noted in this period"), 7, "middle", MUTED))
    return out


def _line_svg(line: Line, px: Callable[[date], float],
              py: Callable[[float], float]) -> list[str]:
    style = series(line.style)
    color = str(style["color"])
    dash = _dash(style)
    out: list[str] = []
    run: list[tuple[float, float]] = []
    pts = [(px(d), py(v)) for d, v in line.points if v is not None]
    if line.connect:
        for d, v in line.points:
            if v is None:
                if len(run) > 1:
                    out.append(_polyline(run, color, dash))
                run = []
            else:
                run.append((px(d), py(v)))
        if len(run) > 1:
            out.append(_polyline(run, color, dash))
    # Markers tell lines apart in greyscale; on long series every n-th one is enough.
    every = 1 if not line.connect else max(1, -(-len(pts) // 26))
    out += [_marker(str(style["marker"]), x, y, color) for x, y in pts[::every]]
    return out


def grid_svg(panels: Sequence[Panel], start: date, end: date, width_pt: float,
             panel_height_pt: float = PANEL_HEIGHT) -> bytes:
    """Panels two to a row, as one SVG document sized in points."""
    cols = 1 if len(panels) == 1 else 2
    rows = (len(panels) + cols - 1) // cols
    gap = 14.0
    pw = (width_pt - gap * (cols - 1)) / cols
    height = rows * panel_height_pt + (rows - 1) * 6
    body: list[str] = []
    for i, panel in enumerate(panels):
        x0 = (i % cols) * (pw + gap)
        y0 = (i // cols) * (panel_height_pt + 6)
        body += panel_svg(panel, start, end, x0, y0, pw, panel_height_pt)
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_pt:.1f}pt" '
            f'height="{height:.1f}pt" viewBox="0 0 {width_pt:.1f} {height:.1f}" '
            f'font-family="{_font()}">')
    return (head + "".join(body) + "</svg>").encode("utf-8")
