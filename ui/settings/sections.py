"""The sections of Settings, in order. Each feature that has settings adds one here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.widgets.card import Card

SectionFactory = Callable[[AppContext, QWidget], Card]


def section_factories() -> list[SectionFactory]:
    # lazy: sections load when Settings is first opened
    from ui.settings.appearance_section import AppearanceSection

    factories: list[SectionFactory] = [AppearanceSection]
    # lazy: sections load when Settings is first opened
    from ui.privacy.privacy_section import PrivacySection

    factories.append(PrivacySection)
    # lazy: sections load when Settings is first opened
    from ui.privacy.backup_section import BackupSection

    # lazy: sections load when Settings is first opened
    from ui.privacy.data_section import DataSection

    factories += [BackupSection, DataSection]
    from ui.reminders.settings_section import RemindersSection  # lazy: built with Settings

    factories.insert(2, RemindersSection)  # after Privacy: what reminders may show
    return factories
