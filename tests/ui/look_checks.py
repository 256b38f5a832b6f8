"""What the look sweep checks in a shown window: text cut off, buttons too narrow for
their words, sideways scrolling, and WCAG AA contrast: 4.5:1 for text against its
background, 3:1 for the painted box of a check box or radio button."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from tests.ui.contrast import NON_TEXT, TEXT, ratio
from tests.ui.diary_pump import pump
from tests.ui.label_checks import clipped_labels


def settled(check: Callable[[], list[str]], timeout: float = 3.0) -> list[str]:
    """What `check` finds once layouts have settled (pumping until it finds nothing,
    or `timeout` seconds: a fixed short wait is flaky on a loaded machine)."""
    end = time.monotonic() + timeout
    found = check()
    while found and time.monotonic() < end:
        pump(20)
        found = check()
    return found


def _shown(root: QWidget, w: QWidget) -> bool:
    return w.isVisibleTo(root) and w.width() > 0 and w.height() > 0


def narrow_buttons(root: QWidget) -> list[str]:
    """Buttons narrower than their words need (Qt then cuts the text off)."""
    found = []
    for b in root.findChildren(QAbstractButton):
        if not _shown(root, b) or not b.text() or b.objectName().startswith("qt_"):
            continue
        if not isinstance(b, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            continue
        if hasattr(b, "label"):  # a WrappingCheckBox: its label is checked as a label
            continue
        if b.width() < b.sizeHint().width():
            found.append(f"button {b.text()!r} is {b.width()} wide, needs {b.sizeHint().width()}")
    return found


def sideways_scrolling(root: QWidget) -> list[str]:
    """Scroll areas that show a horizontal scroll bar, and a window wider than asked."""
    found = []
    for area in root.findChildren(QAbstractScrollArea):
        if _shown(root, area) and area.horizontalScrollBar().isVisibleTo(root):
            found.append(f"{type(area).__name__} {area.objectName()!r} scrolls sideways "
                         f"({area.horizontalScrollBar().maximum()} px)")
    return found


def wider_than(root: QWidget, width: int, height: int) -> list[str]:
    if root.width() > width or root.height() > height:
        return [f"the window grew to {root.width()}x{root.height()} "
                f"(minimum {root.minimumSizeHint().width()}x{root.minimumSizeHint().height()})"]
    return []


def _background(w: QWidget, colours: dict[str, str]) -> str:
    """The colour behind `w`: a card's, a list's or field's base, or the window's."""
    p: QWidget | None = w.parentWidget()
    while p is not None:
        if p.objectName() == "Card":
            return colours["card"]
        if p.objectName() == "Sidebar":
            return colours["alt"]
        if isinstance(p, QAbstractScrollArea) and p.viewport() is not None \
                and p.viewport().autoFillBackground() \
                and p.viewport().backgroundRole() == QPalette.ColorRole.Base:
            return colours["base"]
        p = p.parentWidget()
    return colours["window"]


def low_contrast(root: QWidget, colours: dict[str, str]) -> list[str]:
    """Enabled text whose ink has less than 4.5:1 against what it stands on."""
    found = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not _shown(root, w) or not w.text() or not w.isEnabled():
            continue
        role = (QPalette.ColorRole.WindowText if isinstance(w, (QLabel, QCheckBox, QRadioButton))
                else QPalette.ColorRole.ButtonText)
        ink = w.palette().color(role)
        back = (w.palette().color(QPalette.ColorRole.Button)
                if role == QPalette.ColorRole.ButtonText else _background(w, colours))
        if ratio(ink, back) < TEXT:
            found.append(f"{w.text()!r}: {ink.name()} on {back} is {ratio(ink, back):.2f}")
    return found


def _strongest(image, rect, background: str) -> float:
    best = 1.0
    for x in range(max(0, rect.left()), min(image.width(), rect.right() + 1)):
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1)):
            best = max(best, ratio(image.pixelColor(x, y), background))
    return best


def weak_indicators(root: QWidget, colours: dict[str, str]) -> list[str]:
    """Check boxes and radio buttons whose painted box has less than 3:1 anywhere
    against what it stands on (an unchecked box at 1.2:1 all but disappears)."""
    found = []
    for box in root.findChildren(QCheckBox) + root.findChildren(QRadioButton):
        if not _shown(root, box) or not box.isEnabled():
            continue
        option = QStyleOptionButton()
        box.initStyleOption(option)
        element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(box, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonIndicator)
        rect = box.style().subElementRect(element, option, box)
        back = _background(box, colours)
        best = _strongest(box.grab().toImage(), rect, back)
        if best < NON_TEXT:
            found.append(f"the box of {box.text()!r} has {best:.2f}:1 on {back}")
    return found


def problems(root: QWidget, colours: dict[str, str], size: tuple[int, int] | None = None
             ) -> list[str]:
    found = (clipped_labels(root) + narrow_buttons(root) + sideways_scrolling(root)
             + low_contrast(root, colours) + weak_indicators(root, colours))
    if size is not None:
        found += wider_than(root, *size)
    return found
