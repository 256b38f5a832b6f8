"""Starting the window: settings, language, one instance per folder, the store.

The store opens and Today reads its data before the window shows, so the first
frame is Today as it is (an empty frame first would only be drawn again); the
socket for later starts, the lock, the daily backup and the reminders follow
after that frame. `make bench` (tests/bench/startup.py) measures it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import paths as paths_mod
from app import settings as settings_mod
from app.cli_input import read_passphrase
from app.paths import DataPaths
from app.privacy import hardening
from app.storefile import StoreProblem, file_state, folder_problem
from ui.context import AppContext
from ui.shell import error_policy, startup_trace, theme, translations
from ui.shell.shell import Shell, install_event_filters
from ui.shell.single_instance import SingleInstance
from ui.shell.startup_problem import StartupProblemScreen
from ui.shell.startup_trace import trace

if TYPE_CHECKING:
    from app.privacy.service import Store

APP_ID = "io.github.ippo_app.Ippo"


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([*sys.argv[:1], *theme.STYLE_ARGS])
        theme.made_with_fusion(app)
    app.setApplicationName("Ippo")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    error_policy.install(app)  # an uncaught error is logged (no user text) and told kindly
    return app


def app_icon() -> QIcon:
    """Ippo's icon from its PNG sizes: about 5 ms cheaper at start-up than the SVG,
    which would load Qt's SVG icon engine before the window shows."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(paths_mod.assets_dir() / "icons" / f"ippo-{size}.png"))
    return icon


def show_problem(problem: StoreProblem) -> bool:
    """The start-up problem screen; True when the person chose to put the
    offered backup back (only offered for an unusable database)."""
    _before_a_dialog()
    return StartupProblemScreen.ask(problem)


def _before_a_dialog() -> None:
    """A dialog before the main window's first frame gets the app's event filters."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_event_filters(app)


def open_store_for_window(paths: DataPaths, passphrase: str | None) -> Store | None:
    """Open the store, asking for a passphrase if needed; None if the user cannot go on.

    An unusable database is never replaced by a new one: the problem screen
    offers the newest good backup, put back only if the person asks for it.
    """
    # lazy: database libraries load after the first frame
    from app.privacy.service import open_store

    hardening.keep_out_of_crash_dumps()  # before any of the user's words are in memory

    try:
        return open_store(paths, passphrase)
    except StoreProblem as problem:
        if problem.kind in (StoreProblem.ENCRYPTED, StoreProblem.WRONG_PASSPHRASE):
            from ui.shell.unlock import unlock_store  # lazy: only a locked database needs it

            _before_a_dialog()
            return unlock_store(paths)
        if show_problem(problem) and problem.offer is not None:
            return _put_back_and_open(paths, passphrase, problem)
        return None


def _put_back_and_open(paths: DataPaths, passphrase: str | None,
                       problem: StoreProblem) -> Store | None:
    from app.recovery import put_back  # lazy: only when a backup is put back

    assert problem.offer is not None
    try:
        done = put_back(paths, problem.offer)
    except StoreProblem as failed:
        show_problem(failed)
        return None
    StartupProblemScreen.tell_restored(problem, done.kept)
    return open_store_for_window(paths, passphrase)


def run(args: argparse.Namespace) -> int:
    StartupProblemScreen.quiet = bool(args.smoke_test)  # the smoke test prints, never waits
    try:
        return _run(args)
    finally:
        StartupProblemScreen.quiet = False


def _run(args: argparse.Namespace) -> int:
    data = paths_mod.resolve(args.data_dir)
    settings = settings_mod.load(data.settings)  # a damaged file: defaults, file untouched
    app = make_application()
    translations.install(args.lang or settings.language)
    theme.apply(app, settings.theme, settings.text_scale)
    # A folder Ippo cannot use is never changed: no new mode, no lock, no file.
    problem = folder_problem(data.root, data.database)
    if problem is None and not data.root.exists():
        try:
            paths_mod.ensure_private_dir(data.root)  # Ippo's own new folder: 0700
        except OSError:
            problem = StoreProblem(StoreProblem.READ_ONLY, data.root)
    if problem is not None:
        show_problem(problem)
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
    passphrase = read_passphrase(args)
    store = None
    background = bool(getattr(args, "background", False))
    # Locked: ask before showing anything (in the background: when a reminder is clicked).
    if file_state(data.database) == "opaque" and not background:
        store = open_store_for_window(data, passphrase)
        if store is None:
            return 1
    context = AppContext(data, store, settings)
    # The app-wide event filters come after the first frame (see install_event_filters).
    shell = Shell(app, context, event_filters=False)
    if background and not settings.reminders.get("enabled"):
        return 0  # started with the session but reminders are off: nothing to do
    result = {"code": 0}
    shown, ended = {"yes": False}, {"yes": False}

    def open_today() -> QWidget | None:
        """The store (asking for the passphrase if needed), then Today with its data,
        before the window shows: its first frame is Today as it is. None if the
        person could not go on."""
        if context.store is None:
            context.store = open_store_for_window(data, passphrase)
            if context.store is None:
                return None
        today = shell.window.show_page("today")
        trace("ready")
        if startup_trace.enabled():
            startup_trace.watch_today(today)
        return today

    def show() -> bool:
        shown["yes"] = True
        if open_today() is None:
            result["code"] = 1
            return False
        shell.window.show()
        trace("shown")
        _after_first_frame(shell.window, settle)
        return True

    def activate() -> None:
        """A click on a reminder, the tray, or a second launch: bring Ippo forward;
        when started in the background, this is when the window (and, if locked,
        the passphrase) first appears."""
        if shown["yes"]:
            shell.bring_forward()
        elif not show():
            app.exit(1)

    def settle() -> None:
        """After the first frame: what the person does not see, in the order it is needed."""
        if ended["yes"]:
            return  # the window closed before its first frame was settled
        install_event_filters(app)
        shell.follow_system_scheme()
        if not background:
            instance.listen()
        # lazy: the lock and daily backup load after the first frame
        from ui.privacy.guard import install as install_privacy

        install_privacy(shell.window, context)
        if not background:
            add_reminders()
        if args.smoke_test:  # ends once the window is drawn and settled
            QTimer.singleShot(0, app.quit)
        elif not settings.welcome_seen and context.store is not None:
            from app.privacy.transfer import is_empty  # lazy: as above

            empty = is_empty(context.store.db)  # no data yet: maybe a new computer
            QTimer.singleShot(0, lambda: _welcome(context, shell, empty))

    def add_reminders() -> None:
        # lazy: after the first frame; reminders are off by default
        from ui.reminders.background import Reminders

        shell.window.reminders = Reminders(  # type: ignore[attr-defined]
            app, shell.window, context, activate)

    instance.activation_requested.connect(activate)
    if background:
        install_event_filters(app)  # no window to draw first
        add_reminders()  # the reminders are why Ippo runs in the background
        instance.listen()
    elif not show():
        return 1
    try:
        code = app.exec()
        return result["code"] or code
    finally:
        ended["yes"] = True
        if context.store is not None:
            context.store.close()


FIRST_FRAME_WAIT_MS = 250  # a window never exposed (minimised, another desktop) fills anyway


class _FirstFrame(QObject):
    """Runs `then` once, on the turn of the event loop after the window's first
    expose has been handled (or after a short wait): the frame reaches the screen
    first."""

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        handle = window.windowHandle()  # type: ignore[attr-defined]
        if handle is None or handle.isExposed():
            QTimer.singleShot(0, self, self._run)
            return
        handle.installEventFilter(self)
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Expose:
            return False
        watched.removeEventFilter(self)
        watched.event(event)  # paint the frame and send it to the screen first
        trace("visible")
        QTimer.singleShot(0, self, self._run)
        return True

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def _after_first_frame(window: QObject, then: Callable[[], None]) -> None:
    _FirstFrame(window, then)


def _welcome(context: AppContext, shell: Shell, empty: bool) -> None:
    from ui.shell.welcome_dialog import WelcomeDialog  # lazy: shown once, after the first frame

    if empty:  # beside starting fresh, bringing in data from another computer
        bring_in = WelcomeDialog.ask(shell.window, offer_restore=True)
    else:
        bring_in = WelcomeDialog.ask(shell.window)
    context.update_settings(welcome_seen=True)
    if bring_in:
        from ui.privacy.bring_in import bring_in_data  # lazy: only when chosen

        bring_in_data(context, shell.window)
