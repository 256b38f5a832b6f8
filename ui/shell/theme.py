"""Ippo's own light and dark palettes, and the text size the whole window follows.

The system's dark mode is not reported on every desktop (Xvfb and plain X11
say "Unknown"), so Ippo carries both palettes and picks one itself.

"Follow the system" is decided in two steps. Before the first frame, Ippo
reads the palette the desktop gives Qt (desktops that theme Qt programs give
a dark one in dark mode). Qt's colour-scheme setting is asked only after the
window shows, because the first call builds Python's copy of Qt's whole `Qt`
namespace (about 20 ms). Where the two disagree (a desktop that reports dark
mode but hands Qt a light palette), the palette changes then, just after the
first frame; later changes of the system's scheme are followed too.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from app.paths import assets_dir
from ui.widgets import focus_ring

# Calm, warm colours; contrast of text on window is above 7:1 in both. WCAG AA holds
# everywhere (tests/ui/test_theme_contrast.py): text, muted and link at least 4.5:1 on
# every surface (window, base, alt, card, button); `outline` (the edge of check boxes,
# radio buttons and fields) and `focus` (the focus ring) at least 3:1. `border` is only
# a card's soft edge: the card is told apart by its words, not by that line.
LIGHT = {
    "window": "#f6f4ef", "base": "#ffffff", "alt": "#efece4", "text": "#2a2b2e",
    "muted": "#5f6166", "button": "#ebe8e0", "highlight": "#4f7f69", "on_highlight": "#ffffff",
    "link": "#33658a", "card": "#fffdf8", "border": "#d9d5cb", "outline": "#6f7176",
    "focus": "#1d5f8a",
}
DARK = {
    "window": "#1f2226", "base": "#181a1d", "alt": "#262a2f", "text": "#e8e5de",
    "muted": "#a4a7ad", "button": "#2c3036", "highlight": "#79b197", "on_highlight": "#10151a",
    "link": "#8bbbe0", "card": "#262a2f", "border": "#3a3f46", "outline": "#8a8e95",
    "focus": "#9cc8f0",
}

_base_point_size: float | None = None
_palette_dark: bool | None = None  # the desktop's palette, read before Ippo replaces it
_scheme: str | None = None  # "dark" or "light" once Qt's colour scheme has been asked
_fusion_on: int | None = None  # id() of the application whose style is set to Fusion

# Qt's own command-line option: the window's application is made with the Fusion
# style (`made_with_fusion`), so `apply` need not set it: `app.setStyle` builds
# Python's copy of QStyle, every enum in it (~10 ms), which nothing before the
# first frame needs otherwise.
STYLE_ARGS = ["-style", "fusion"]


def text_scale() -> float:
    """The app's text size now against the size it started with (1.0 = 100 %)."""
    app = QApplication.instance()
    if _base_point_size is None or not isinstance(app, QApplication):
        return 1.0
    return max(0.5, app.font().pointSizeF() / _base_point_size)


def is_dark(choice: str) -> bool:
    if choice in ("light", "dark"):
        return choice == "dark"
    if _scheme is not None:
        return _scheme == "dark"
    return bool(_palette_dark)


def read_system_scheme() -> str | None:
    """Qt's colour scheme: "dark", "light", or None where the desktop does not say.
    Compared by name so the `Qt` namespace need not be imported here."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    return {"Dark": "dark", "Light": "light"}.get(app.styleHints().colorScheme().name)


def note_system_scheme() -> bool:
    """Ask Qt for the colour scheme now; True if "follow the system" changed side."""
    global _scheme
    before = is_dark("system")
    _scheme = read_system_scheme()
    return is_dark("system") != before


def colours(choice: str) -> dict[str, str]:
    return DARK if is_dark(choice) else LIGHT


def palette_for(c: dict[str, str]) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: c["window"], role.WindowText: c["text"], role.Base: c["base"],
        role.AlternateBase: c["alt"], role.Text: c["text"], role.Button: c["button"],
        role.ButtonText: c["text"], role.Highlight: c["highlight"],
        role.HighlightedText: c["on_highlight"], role.ToolTipBase: c["card"],
        role.ToolTipText: c["text"], role.PlaceholderText: c["muted"], role.Link: c["link"],
        role.BrightText: c["text"],
    }
    for r, hex_ in pairs.items():
        p.setColor(r, QColor(hex_))
    disabled = QColor(c["muted"])
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


STYLESHEET = """
QWidget#Card {{ background: {card}; border: 1px solid {border}; border-radius: 10px; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="note"] {{ color: {link}; font-style: italic; }}
QListWidget#Sidebar {{ background: {alt}; border: none; padding: 6px; }}
QListWidget#Sidebar::item {{ padding: 8px 12px; border-radius: 6px; }}
QListWidget#Sidebar::item:selected {{ background: {highlight}; color: {on_highlight}; }}
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator,
QAbstractItemView::indicator {{
    width: {box}px; height: {box}px; border: 2px solid {outline}; background: {base};
}}
QCheckBox::indicator, QGroupBox::indicator, QAbstractItemView::indicator {{
    border-radius: 3px;
}}
QRadioButton::indicator {{ border-radius: {round}px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {highlight}; }}
QCheckBox::indicator:checked, QGroupBox::indicator:checked,
QAbstractItemView::indicator:checked {{
    background: {highlight}; border-color: {highlight}; image: url("{check}");
}}
QRadioButton::indicator:checked {{
    border-color: {highlight};
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {highlight}, stop: 0.55 {highlight}, stop: 0.65 {base}, stop: 1 {base});
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {border}; }}
QLineEdit, QPlainTextEdit:!read-only, QTextEdit:!read-only {{
    border: 1px solid {outline}; border-radius: 3px;
}}
QLineEdit {{ padding: 2px 4px; }}
"""


def made_with_fusion(app: QApplication) -> None:
    """`app` was made with STYLE_ARGS: its style is Fusion already."""
    global _fusion_on
    _fusion_on = id(app)


def apply(app: QApplication, theme: str, text_scale: int) -> None:
    """Apply palette, style sheet and text size (100-200 %) to the whole app.

    Each of these makes Qt walk every widget, so only what changed is set again
    (the style is set once): fewer walks, and less time in which a widget freed
    meanwhile could be met (issue 13)."""
    global _base_point_size, _palette_dark, _fusion_on
    if _fusion_on != id(app):  # once per application
        app.setStyle("Fusion")
        _fusion_on = id(app)
    if _palette_dark is None:
        _palette_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    c = colours(theme)
    palette = palette_for(c)
    if app.palette() != palette:
        app.setPalette(palette)
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    font = QFont(app.font())
    size = _base_point_size * max(100, min(200, text_scale)) / 100
    font.setPointSizeF(size)
    if app.font() != font:
        app.setFont(font)
    sheet = stylesheet(c, font)
    if app.styleSheet() != sheet:  # each change is a walk over every widget
        app.setStyleSheet(sheet)
    focus_ring.install(app, c["focus"])


def stylesheet(c: dict[str, str], font: QFont) -> str:
    """Ippo's style sheet in colours `c`, with check boxes as large as the text."""
    box = max(12, round(QFontMetrics(font).height() * 0.8))
    check = assets_dir() / "icons" / f"check-{'dark' if c is DARK else 'light'}.svg"
    return STYLESHEET.format(title=round(font.pointSizeF() * 1.4, 1), box=box,
                             round=box // 2 + 2, check=check.as_posix(), **c)
