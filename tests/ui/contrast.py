"""WCAG 2.x contrast, and the colours Ippo's theme puts on screen.

Relative luminance and contrast ratio as WCAG 2.x defines them; the style sheet is read
back from the running app, so a colour added there is checked without naming it here.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor

TEXT = 4.5  # WCAG AA, normal text
NON_TEXT = 3.0  # WCAG AA, controls, indicators and focus rings

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def luminance(colour: QColor | str) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF()))


def ratio(a: QColor | str, b: QColor | str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(fg: QColor, bg: QColor | str) -> QColor:
    """`fg` (maybe translucent) painted on `bg`."""
    back = QColor(bg)
    a = fg.alphaF()
    return QColor.fromRgbF(fg.redF() * a + back.redF() * (1 - a),
                           fg.greenF() * a + back.greenF() * (1 - a),
                           fg.blueF() * a + back.blueF() * (1 - a))


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for every rule of a style sheet."""
    found = []
    for selector, body in RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                name, value = decl.split(":", 1)
                props[name.strip()] = value.strip()
        found.append((" ".join(selector.split()), props))
    return found
