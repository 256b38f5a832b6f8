"""The Qt front end the core hands the window and printing to (see app/cli.py)."""

from __future__ import annotations

import argparse
import importlib

# The core modules the window opens the store and reads Today with, imported before
# Qt: once PySide6 is loaded it reads the source of every module imported after it
# (looking for its `__feature__` switches), ~0.15 ms a module, ~7 ms for these and
# what they import. Only an order: each page imports what it uses as usual.
CORE_BEFORE_QT = (
    "app.settings", "app.privacy.service", "app.errors", "app.tracebacks",
    "app.diary.service", "app.ladder.service", "app.plan.service", "app.practice.reasons",
    "app.routine.service", "app.thoughts.service",
)


class QtFrontend:
    """Imports Qt only when a command needs it, so the CLI stays quick."""

    def install_translations(self, language: str) -> None:
        # lazy: Qt loads only for the window or a report, not for other commands
        from PySide6.QtCore import QCoreApplication

        # lazy: Qt loads only for the window or a report, not for other commands
        from ui.shell.translations import install

        app = QCoreApplication.instance() or QCoreApplication([])
        self._app = app  # keep it alive while the command runs
        install(language or "system")

    def run_gui(self, args: argparse.Namespace) -> int:
        for name in CORE_BEFORE_QT:
            importlib.import_module(name)
        # lazy: Qt loads only for the window or a report, not for other commands
        from ui.shell.startup import run

        return run(args)

    def run_report(self, args: argparse.Namespace) -> int:
        # lazy: Qt loads only for the window or a report, not for other commands
        from ui.report.report_cli import run

        return run(args)


FRONTEND = QtFrontend()
