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


def run_a_little(qapp):
    """A stand-in for `app.exec()` in start-up tests: a few turns of the event loop,
    enough for the work that follows the first frame (lock, backup, welcome)."""
    def run() -> int:
        for _ in range(20):
            qapp.processEvents()
        return 0
    return run
