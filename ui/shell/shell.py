"""Keeps the running app in step with its settings: language, theme, text size."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QApplication

from ui.context import AppContext
from ui.shell import theme, translations
from ui.shell.main_window import MainWindow
from ui.widgets import dialog_fit, keys


def install_event_filters(app: QApplication) -> None:
    """Ippo's app-wide event filters: Enter presses a focused button, dialogs get
    screen-reader names and open large enough for their words. Each event of every
    widget then passes through Python as its own event class, and PySide6 builds
    each class the first time one passes (about 35 ms while the main window is
    made), so start-up installs them after the first frame, or before the first
    dialog if one comes first (ui/shell/startup.py). Later calls do nothing."""
    keys.install(app)
    dialog_fit.install(app)


class Shell(QObject):
    """Owns the main window and re-applies appearance when Settings change."""

    def __init__(self, app: QApplication, context: AppContext, *,
                 event_filters: bool = True) -> None:
        """`event_filters=False`: the caller installs them later (`install_event_filters`)."""
        super().__init__()
        self.app = app
        if event_filters:
            install_event_filters(app)
        self.context = context
        self._applied = (context.settings.language, context.settings.theme,
                         context.settings.text_scale)
        self.window = MainWindow(context)
        context.settings_changed.connect(self._on_context_settings_changed)

    def _on_context_settings_changed(self) -> None:
        s = self.context.settings
        wanted = (s.language, s.theme, s.text_scale)
        if wanted == self._applied:
            return
        language_changed = wanted[0] != self._applied[0]
        self._applied = wanted
        theme.apply(self.app, s.theme, s.text_scale)
        self.window.fit_sidebar()
        if language_changed:
            translations.install(s.language)
            # Widgets keep the locale they were made with; the calendar, date boxes and
            # number boxes follow the new language only when the window is told.
            self.window.setLocale(QLocale())
            self.window.rebuild_pages()

    def follow_system_scheme(self) -> None:
        """After the first frame: ask Qt's colour scheme now and on every change."""
        self.app.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        self._on_system_scheme_changed()

    def _on_system_scheme_changed(self, *_scheme: object) -> None:
        if theme.note_system_scheme() and self.context.settings.theme == "system":
            theme.apply(self.app, "system", self.context.settings.text_scale)
            self.window.fit_sidebar()

    def bring_forward(self) -> None:
        w = self.window
        w.setWindowState(w.windowState() & ~w.windowState().WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()
