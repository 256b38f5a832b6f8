"""pytest-qt helpers: a real main window on a fresh data folder."""

from __future__ import annotations

import pytest


@pytest.fixture
def context(qapp, store):
    from app.settings import Settings
    from ui.context import AppContext
    from ui.shell import theme, translations

    translations.install("en")
    theme.apply(qapp, "light", 100)
    return AppContext(store.paths, store, Settings(welcome_seen=True))


@pytest.fixture
def shell(qtbot, qapp, context):
    from ui.shell.shell import Shell

    s = Shell(qapp, context)
    qtbot.addWidget(s.window)
    s.window.show()
    qtbot.waitExposed(s.window)
    yield s
    from ui.shell import translations

    translations.install("en")


@pytest.fixture
def window(shell):
    return shell.window
