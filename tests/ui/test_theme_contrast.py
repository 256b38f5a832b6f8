"""Every text, control and focus ring meets WCAG AA in the light and the dark theme.

Computed from the palette and the style sheet Ippo sets (4.5:1 for text, 3:1 for the
edges of controls, check marks and focus rings), and from pixels where Qt draws the
thing itself (an unchecked box, the focus ring, the calendar's weekends).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui.contrast import HEX, NON_TEXT, TEXT, ratio, rules
from tests.ui.diary_pump import pump

THEMES = ["light", "dark"]


@pytest.fixture
def look(qapp):
    from ui.shell import theme

    def use(name: str, scale: int = 100) -> dict[str, str]:
        theme.apply(qapp, name, scale)
        return theme.colours(name)

    yield use
    theme.apply(qapp, "light", 100)


def surfaces(c: dict[str, str]) -> list[str]:
    """Every background text or a control can stand on."""
    return [c["window"], c["base"], c["alt"], c["card"], c["button"]]


@pytest.mark.parametrize("name", THEMES)
def test_palette_text_meets_aa(qapp, look, name):
    look(name)
    p = qapp.palette()
    r = QPalette.ColorRole
    pairs = [(r.WindowText, r.Window), (r.Text, r.Base), (r.Text, r.AlternateBase),
             (r.ButtonText, r.Button), (r.HighlightedText, r.Highlight),
             (r.PlaceholderText, r.Base), (r.Link, r.Window), (r.Link, r.Base),
             (r.ToolTipText, r.ToolTipBase)]
    low = [(fg.name, bg.name, round(ratio(p.color(fg), p.color(bg)), 2)) for fg, bg in pairs
           if ratio(p.color(fg), p.color(bg)) < TEXT]
    assert low == []


@pytest.mark.parametrize("name", THEMES)
def test_style_sheet_colours_meet_aa(qapp, look, name):
    """Text colours 4.5:1 on their own background (or on every surface when the rule
    sets none); edges of controls 3:1. A card's soft edge and disabled controls are
    exempt (WCAG 1.4.3 and 1.4.11 do not ask it of them)."""
    c = look(name)
    low = []
    sheet = rules(qapp.styleSheet())
    assert any("QCheckBox::indicator" in sel for sel, _ in sheet)
    for selector, props in sheet:
        if ":disabled" in selector or selector == "QWidget#Card":
            continue
        own = HEX.findall(props.get("background", ""))
        backs = own[:1] or surfaces(c)
        fg = props.get("color")
        for bg in backs if fg else []:
            if ratio(fg, bg) < TEXT:
                low.append(f"{selector}: text {fg} on {bg} is {ratio(fg, bg):.2f}")
        edges = HEX.findall(props.get("border", "")) + HEX.findall(props.get("border-color", ""))
        for edge in edges:
            # an edge drawn in the fill's own colour is the fill: that must stand out instead
            for bg in surfaces(c) if edge in own else backs + surfaces(c):
                if ratio(edge, bg) < NON_TEXT:
                    low.append(f"{selector}: edge {edge} on {bg} is {ratio(edge, bg):.2f}")
    assert low == []


@pytest.mark.parametrize("name", THEMES)
def test_theme_colours_for_marks_and_rings(look, name):
    c = look(name)
    assert ratio(c["on_highlight"], c["highlight"]) >= NON_TEXT  # the check mark
    for bg in surfaces(c):
        assert ratio(c["focus"], bg) >= NON_TEXT
        assert ratio(c["outline"], bg) >= NON_TEXT
        assert ratio(c["highlight"], bg) >= NON_TEXT  # a checked box's fill
        for text in ("text", "muted", "link"):
            assert ratio(c[text], bg) >= TEXT, (text, bg)


def strongest(image, rect: QRect, background: str) -> float:
    """The highest contrast of any pixel in `rect` against `background`."""
    best = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            if image.rect().contains(x, y):
                best = max(best, ratio(image.pixelColor(x, y), background))
    return best


def shown(qtbot, *widgets: QWidget) -> QWidget:
    holder = QWidget()
    col = QVBoxLayout(holder)
    col.setContentsMargins(20, 20, 20, 20)
    for w in widgets:
        col.addWidget(w)
    qtbot.addWidget(holder)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    pump(20)
    return holder


@pytest.mark.parametrize("name", THEMES)
def test_an_unchecked_box_stands_out(qtbot, look, name):
    """Painted, an empty box's edge has 3:1 against the window (it had 1.2:1 in dark)."""
    c = look(name)
    box = QCheckBox("Yes, I went outside")
    holder = shown(qtbot, box)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    assert indicator.width() >= 10
    assert strongest(image, indicator, c["window"]) >= NON_TEXT
    holder.close()


@pytest.mark.parametrize("name", THEMES)
def test_the_focus_ring_is_clear(qtbot, look, name):
    """Around the focused button, just outside it, a ring with 3:1 on the window."""
    c = look(name)
    first, second = QPushButton("Repeat this step"), QPushButton("Go back a step")
    holder = shown(qtbot, first, second)
    holder.activateWindow()
    second.setFocus()
    pump(50)
    assert second.hasFocus()
    image = holder.grab().toImage()
    g = second.geometry()
    for edge in (QRect(g.left(), g.top() - 3, g.width(), 3),
                 QRect(g.left(), g.bottom() + 1, g.width(), 3),
                 QRect(g.left() - 3, g.top(), 3, g.height()),
                 QRect(g.right() + 1, g.top(), 3, g.height())):
        assert strongest(image, edge, c["window"]) >= NON_TEXT, edge
    around_first = first.geometry().adjusted(-3, -3, 3, 3)
    assert strongest(image, QRect(around_first.topLeft(), QPoint(around_first.right(),
                                                                 first.geometry().top() - 1)),
                     c["window"]) < NON_TEXT  # no ring where there is no focus
    holder.close()


def test_check_boxes_grow_with_the_text(qtbot, look):
    look("light", 100)
    box = QCheckBox("Yes")
    holder = shown(qtbot, box)
    small = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
    look("light", 200)
    pump(20)
    large = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
    assert large >= 1.5 * small  # 16 px at 100 %, 26 px at 200 %
    holder.close()


def test_calendar_weekends_follow_a_switch_to_dark(qtbot, qapp, context, look):
    """The weekend columns and day names are re-inked from the new palette."""
    from ui.diary.day_calendar import DayCalendar
    from ui.shell import theme

    look("light")
    calendar = DayCalendar(context)
    holder = shown(qtbot, calendar)
    c = look("dark")
    pump(20)
    from PySide6.QtCore import Qt

    base = QColor(c["base"])
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        ink = calendar.weekdayTextFormat(day).foreground().color()
        assert ratio(ink, base) >= TEXT
    header = calendar.headerTextFormat().foreground().color()
    assert ratio(header, base) >= TEXT
    assert theme.is_dark("dark")
    holder.close()
