"""Shared chart style: Figure creation, colours, markers and the light/dark theme.

Every chart in Ippo is a pure function in `app/` that takes dataclasses and
returns a `matplotlib.figure.Figure`; nothing here uses pyplot or a backend.
matplotlib is imported inside the functions, so importing this module is free.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date as _date
from typing import TYPE_CHECKING, Any

from app import dates

if TYPE_CHECKING:
    from matplotlib.axes import Axes  # lazy: matplotlib loads at the first draw
    from matplotlib.figure import Figure  # lazy: matplotlib loads at the first draw

# Okabe–Ito colours, each paired with a marker and a line style so a series
# still reads in greyscale print.
SERIES: list[dict[str, Any]] = [  # keyword arguments for matplotlib's plot()
    {"color": "#0072B2", "marker": "o", "linestyle": "-"},
    {"color": "#D55E00", "marker": "s", "linestyle": "--"},
    {"color": "#009E73", "marker": "^", "linestyle": ":"},
    {"color": "#CC79A7", "marker": "D", "linestyle": "-."},
    {"color": "#E69F00", "marker": "v", "linestyle": (0, (5, 1))},
    {"color": "#56B4E9", "marker": "P", "linestyle": (0, (1, 1))},
]

FONT_FAMILY = ["DejaVu Sans", "Noto Sans CJK JP", "IPAexGothic", "IPAGothic",
               "Droid Sans Fallback", "sans-serif"]


@dataclass(frozen=True)
class ChartTheme:
    background: str = "#ffffff"
    foreground: str = "#2a2b2e"
    grid: str = "#d9d5cb"
    muted: str = "#6b6d72"


LIGHT = ChartTheme()
DARK = ChartTheme(background="#1f2226", foreground="#e8e5de", grid="#3a3f46", muted="#a4a7ad")


def installed_families() -> list[str]:
    """FONT_FAMILY without the fonts this machine lacks. matplotlib warns (and slows
    down) on every text for each missing family in the list, so ask it once."""
    global _installed
    if _installed is None:
        from matplotlib import font_manager  # lazy: matplotlib loads at the first draw

        present = {f.name for f in font_manager.fontManager.ttflist}
        _installed = [f for f in FONT_FAMILY if f in present or f == "sans-serif"]
    return _installed


_installed: list[str] | None = None


def series(i: int) -> dict[str, Any]:
    return dict(SERIES[i % len(SERIES)])


def rc(theme: ChartTheme = LIGHT, scale: float = 1.0) -> dict[str, Any]:
    """rcParams for `matplotlib.rc_context` while building and drawing a chart.

    `scale` follows the app's text size on screen (1.0 = 100 %); print uses 1.0.
    """
    return {
        "font.family": installed_families(),
        "font.size": 9 * scale,
        "xtick.labelsize": 8 * scale,
        "ytick.labelsize": 8 * scale,
        "axes.edgecolor": theme.muted,
        "axes.labelcolor": theme.foreground,
        "axes.titlecolor": theme.foreground,
        "xtick.color": theme.foreground,
        "ytick.color": theme.foreground,
        "text.color": theme.foreground,
        "legend.frameon": False,
        "svg.fonttype": "none",
        "pdf.fonttype": 42,
    }


def new_figure(width: float = 6.4, height: float = 3.2, theme: ChartTheme = LIGHT) -> Figure:
    """A Figure with Ippo's look; no pyplot, no global state."""
    from matplotlib.figure import Figure  # lazy: matplotlib loads at the first draw

    fig = Figure(figsize=(width, height), layout="constrained", facecolor=theme.background)
    return fig


def style_axes(ax: Axes, theme: ChartTheme = LIGHT) -> None:
    ax.set_facecolor(theme.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.muted)
    ax.tick_params(colors=theme.foreground)  # sizes come from rc(), so they follow the text size
    ax.grid(True, axis="y", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.title.set_color(theme.foreground)
    ax.xaxis.label.set_color(theme.foreground)
    ax.yaxis.label.set_color(theme.foreground)


NO_LINE_START = set("。、，．）」』！？：・ー")  # Japanese marks that never begin a line


def _wide(char: str) -> bool:
    return ord(char) >= 0x2E80  # CJK and full-width forms: about one em each


def fit_lines(text: str, em_per_line: float) -> str:
    """`text` broken into lines of at most `em_per_line` ems: at spaces between words,
    anywhere in Japanese (which has no spaces), never in the middle of an English word."""
    lines: list[str] = []
    line, width = "", 0.0
    for word in text.replace(" ", " \0").split("\0"):
        pieces = list(word) if any(_wide(c) for c in word) else [word]
        for piece in pieces:
            w = sum(1.0 if _wide(c) else 0.56 for c in piece.rstrip())
            if line and width + w > em_per_line and piece not in NO_LINE_START:
                lines.append(line.rstrip())
                line, width = "", 0.0
            line += piece
            width += sum(1.0 if _wide(c) else 0.56 for c in piece)
    lines.append(line.rstrip())
    return "\n".join(lines)


def empty_note(ax: Axes, text: str, theme: ChartTheme = LIGHT) -> None:
    """A kind line in place of a chart when there is nothing to show yet.

    It is wrapped to the width of the axes each time it is drawn (at any text
    size, and in Japanese too, which matplotlib's own wrapping cannot break),
    and left out of the layout so a long line never pushes the axes aside.
    """
    from matplotlib.text import Text  # lazy: matplotlib loads at the first draw

    class KindNote(Text):
        def draw(self, renderer: Any) -> None:
            em = self.get_fontsize() * renderer.points_to_pixels(1.0)
            room = ax.get_window_extent(renderer).width * 0.9 / max(em, 1.0)
            Text.set_text(self, fit_lines(text, max(room, 8.0)))
            super().draw(renderer)

    note = KindNote(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes,
                    color=theme.muted, multialignment="center")
    note.set_gid("kind-note")
    note.set_in_layout(False)
    ax.add_artist(note)
    ax.set_xticks([])
    ax.set_yticks([])


def pt(size: float) -> float:
    """A font size given for 100 % text (9 pt base), scaled with the screen's text size.

    Charts built inside `rc(theme, scale)` grow with the text-size setting; a
    literal `fontsize=8` would not.
    """
    import matplotlib  # lazy: matplotlib loads at the first draw

    return size * float(matplotlib.rcParams["font.size"]) / 9.0


def count_axis(ax: Axes, axis: str = "y", least_top: float = 3) -> None:
    """Whole-number ticks for a count, from 0 to at least `least_top`, so a handful
    of zeros never reads as an axis of 0.00 to 0.04."""
    from matplotlib.ticker import MaxNLocator  # lazy: matplotlib loads at the first draw

    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_locator(MaxNLocator(integer=True, min_n_ticks=2))
    low, high = ax.get_ylim() if axis == "y" else ax.get_xlim()
    top = max(high, least_top)
    if axis == "y":
        ax.set_ylim(min(0.0, low), top)
    else:
        ax.set_xlim(min(0.0, low), top)


def to_svg(fig: Figure) -> bytes:
    """Vector SVG with real text (searchable, small) for printing and PDF."""
    import matplotlib  # lazy: matplotlib loads at the first draw

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": installed_families()}):
        fig.savefig(buf, format="svg", facecolor="white")
    return buf.getvalue()


def date_axis(ax: Axes, axis: str = "x", maxticks: int = 8) -> None:
    """Date ticks on `axis` (matplotlib day numbers) labelled through `app.dates`:
    "1 Dec" / "12月1日" over a short range, "Dec" / "12月" (with the year on the first
    tick and each January: "Dec 2026" / "2026年12月") over a long one."""
    import matplotlib.dates as mdates  # lazy: matplotlib loads at the first draw
    from matplotlib.ticker import Formatter  # lazy: matplotlib loads at the first draw

    target = ax.xaxis if axis == "x" else ax.yaxis
    epoch = _date(1970, 1, 1).toordinal()

    class Ticks(Formatter):
        ticks: list[float] = []

        def set_locs(self, locs: Any) -> None:
            self.ticks = [float(t) for t in locs]

        def __call__(self, x: float, pos: int | None = None) -> str:
            low, high = self.axis.get_view_interval() if self.axis else (x, x)
            shown = [t for t in self.ticks if low - 1 <= t <= high + 1] or [x]
            day = _date.fromordinal(int(round(x)) + epoch)
            return dates.axis_label(day, int(abs(high - low)), x <= min(shown) + 0.5)

    locator: Any = mdates.AutoDateLocator  # untyped in some matplotlib releases
    target.set_major_locator(locator(minticks=3, maxticks=maxticks))
    target.set_major_formatter(Ticks())
