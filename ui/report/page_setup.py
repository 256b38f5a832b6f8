"""Paper size (A4 or Letter, following the locale unless chosen) and page layout."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize

SIZES = ("A4", "Letter")
MARGIN_MM = 14.0
_LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada}


def page_size_name(choice: str | None = None, locale: QLocale | None = None) -> str:
    """'A4' or 'Letter': the user's choice, else Letter for the US and Canada, else A4."""
    if choice in SIZES:
        return str(choice)
    where = (locale or QLocale.system()).territory()
    return "Letter" if where in _LETTER_TERRITORIES else "A4"


def page_layout(name: str) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.Letter if name == "Letter" else QPageSize.PageSizeId.A4)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins,
                       QPageLayout.Unit.Millimeter)


def document_dpi() -> float:
    """The resolution QTextDocument lays text out at when it has no paint device."""
    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen is not None else 96.0
