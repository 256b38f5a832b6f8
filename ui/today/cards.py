"""The cards on Today, in the order they appear. Each feature adds its own here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.widgets.card import Card

CardFactory = Callable[[AppContext, QWidget], Card]


def card_factories() -> list[CardFactory]:
    """Imported when Today is first built, so start-up loads no feature code."""
    from ui.diary.check_in_card import CheckInCard  # lazy: loads with Today
    from ui.ladder.ladder_card import LadderCard  # lazy: loads with Today
    from ui.plan.watch_card import WatchCard  # lazy: loads with Today
    from ui.practice.reasons_card import ReasonsCard  # lazy: loads with Today
    from ui.routine.anchors_card import AnchorsCard  # lazy: loads with Today
    from ui.thoughts.thoughts_card import ThoughtsCard  # lazy: loads with Today
    from ui.today.welcome_card import WelcomeCard  # lazy: loads with Today

    factories: list[CardFactory] = [WelcomeCard]
    factories.append(LadderCard)
    factories.append(CheckInCard)
    factories.append(AnchorsCard)
    factories.append(WatchCard)
    factories.append(ThoughtsCard)
    factories.append(ReasonsCard)
    return factories
