"""The cards on Today, in the order they appear. Each feature adds its own here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import AppContext

CardFactory = Callable[[AppContext, QWidget], QWidget]


def card_factories() -> list[CardFactory]:
    """Imported when Today is first built, so start-up loads no feature code."""
    from ui.diary.check_in_card import CheckInCard
    from ui.ladder.ladder_card import LadderCard
    from ui.plan.watch_card import WatchCard
    from ui.practice.reasons_card import ReasonsCard
    from ui.thoughts.thoughts_card import ThoughtsCard
    from ui.today.welcome_card import WelcomeCard

    factories: list[CardFactory] = [WelcomeCard]
    factories.append(LadderCard)
    factories.append(CheckInCard)
    factories.append(WatchCard)
    factories.append(ThoughtsCard)
    factories.append(ReasonsCard)
    return factories
