"""Starting the window: settings, language, one instance per folder, the store."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths as paths_mod
from app import settings as settings_mod
from app.db import Store, StoreProblem, open_store
from app.paths import DataPaths
from ui.context import AppContext
from ui.shell import theme, translations
from ui.shell.shell import Shell
from ui.shell.single_instance import SingleInstance
from ui.shell.welcome_dialog import WelcomeDialog

log = logging.getLogger(__name__)
APP_ID = "io.github.ippo_app.Ippo"


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Ippo")
    app.setDesktopFileName(APP_ID)
    return app


def show_problem(problem: StoreProblem) -> None:
    QMessageBox.warning(None, QApplication.translate("Startup", "Ippo"), problem.user_message())


def open_store_for_window(paths: DataPaths, passphrase: str | None) -> Store | None:
    """Open the store, asking for a passphrase if needed; None if the user cannot go on."""
    try:
        return open_store(paths, passphrase)
    except StoreProblem as problem:
        if problem.kind in (StoreProblem.ENCRYPTED, StoreProblem.WRONG_PASSPHRASE):
            from ui.shell.unlock import unlock_store

            return unlock_store(paths)
        show_problem(problem)
        return None


def run(args: argparse.Namespace) -> int:
    data = paths_mod.resolve(args.data_dir)
    settings = settings_mod.load(data.settings)
    app = make_application()
    translations.install(args.lang or settings.language)
    theme.apply(app, settings.theme, settings.text_scale)
    try:
        paths_mod.ensure_private_dir(data.root)
    except OSError:
        show_problem(StoreProblem(StoreProblem.READ_ONLY, data.root))
        return 1
    instance = SingleInstance(data.lock, data.root)
    if not instance.acquire():
        if instance.permission_denied():
            show_problem(StoreProblem(StoreProblem.READ_ONLY, data.root))
            return 1
        instance.notify_running()
        return 0
    try:
        return _run_window(app, args, data, settings, instance)
    finally:
        instance.release()


def _run_window(app: QApplication, args: argparse.Namespace, data: DataPaths,
                settings: settings_mod.Settings, instance: SingleInstance) -> int:
    from app.cli import read_passphrase

    store = open_store_for_window(data, read_passphrase(args))
    if store is None:
        return 1
    context = AppContext(data, store, settings)
    shell = Shell(app, context)
    instance.activation_requested.connect(shell.bring_forward)
    shell.window.show()
    if not settings.welcome_seen and not args.smoke_test:
        QTimer.singleShot(0, lambda: _welcome(context, shell))
    if args.smoke_test:
        QTimer.singleShot(300, app.quit)
    try:
        return app.exec()
    finally:
        if context.store is not None:
            context.store.close()


def _welcome(context: AppContext, shell: Shell) -> None:
    WelcomeDialog.ask(shell.window)
    context.update_settings(welcome_seen=True)
