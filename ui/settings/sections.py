"""The sections of Settings, in order. Each feature that has settings adds one here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import AppContext

SectionFactory = Callable[[AppContext, QWidget], QWidget]


def section_factories() -> list[SectionFactory]:
    from ui.settings.appearance_section import AppearanceSection

    factories: list[SectionFactory] = [AppearanceSection]
    return factories
