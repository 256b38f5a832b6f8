"""The Qt front end the core hands the window and printing to (see app/cli.py)."""

from __future__ import annotations

import argparse


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
        # lazy: Qt loads only for the window or a report, not for other commands
        from ui.shell.startup import run

        return run(args)

    def run_report(self, args: argparse.Namespace) -> int:
        # lazy: Qt loads only for the window or a report, not for other commands
        from ui.report.report_cli import run

        return run(args)


FRONTEND = QtFrontend()
