"""Wires reminders into the running app: the scheduler, the tray, the banner, and
what happens when the window is closed while reminders are on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMessageBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.reminders import config as config_mod
from ui.context import AppContext
from ui.reminders.banner import ReminderBanner
from ui.reminders.runner import ReminderRunner


class KeepRunningNote:
    """Said once, the first time the window is closed while reminders are on."""

    @classmethod
    def tell(cls, parent: QWidget | None, where: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information,
                          QApplication.translate("KeepRunningNote", "Reminders stay on"),
                          where, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()


class Reminders(QObject):
    """Owned by the main window. `activate` brings Ippo forward (the lock screen
    when locked: the window's own lock guard decides what shows)."""

    def __init__(self, app: QApplication, window: QWidget, context: AppContext,
                 activate: Callable[[], None], runner: ReminderRunner | None = None) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.context = context
        self.runner = runner or ReminderRunner(context.paths, lambda: context.settings, parent=self)
        self.runner.setParent(self)
        self.runner.activate_requested.connect(activate)
        self.banner = ReminderBanner(window)
        self.runner.banner_requested.connect(self._on_banner)
        self.tray: QSystemTrayIcon | None = None
        self._activate = activate
        context.settings_changed.connect(self.apply)
        self._closing = False
        self._placed = False
        window.installEventFilter(self)
        page_shown = getattr(window, "page_shown", None)
        if page_shown is not None:
            page_shown.connect(self.sync_anchors)  # the database is open by then
        context.data_changed.connect(self._on_data_changed)
        self.apply()
        # Built after the first frame, once Today has been shown: catch up now with
        # anchors moved meanwhile (from the command line, an import, a last session).
        self.sync_anchors()

    @property
    def config(self) -> config_mod.ReminderConfig:
        return config_mod.from_dict(self.context.settings.reminders)

    def apply(self) -> None:
        """Follow Settings: run or stop, keep the app alive when the window closes."""
        on = self.config.enabled
        self.app.setQuitOnLastWindowClosed(not on)
        if on:
            self._ensure_tray()
            self.runner.start()
        else:
            self.runner.stop()
            if self.tray is not None:
                self.tray.hide()

    def _on_data_changed(self, feature: str) -> None:
        if feature == "routine":
            self.sync_anchors()

    def sync_anchors(self, *_args: object) -> None:
        """Keep the plain copy of the chosen anchors' times in step with the routine
        (moved, paused or deleted anchors) whenever the database is open."""
        config = self.config
        if self.context.store is None or not config.anchors:
            return
        # lazy: the store's modules load only once the data is open, not in --background
        from app.errors import STORE_ERRORS
        from app.routine.service import list_anchors  # lazy: as above

        try:
            anchors = list_anchors(self.context.reads)
        except (RuntimeError, *STORE_ERRORS):
            return
        synced = config_mod.sync_anchors(config, anchors)
        if synced != config:
            self.context.update_settings(reminders=config_mod.to_dict(synced))

    def _ensure_tray(self) -> None:
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(self.app.windowIcon(), self)
            menu = QMenu(self.window)
            menu.addAction(self.tr("Open"), self._activate)
            menu.addAction(self.tr("Quit"), self.app.quit)
            tray.setContextMenu(menu)
            tray.activated.connect(self._on_tray_activated)
            tray.messageClicked.connect(self.runner.on_tray_message_clicked)
            self.tray = tray
            self.runner.tray = tray
        if self.tray is not None:
            self.tray.setToolTip(self.window.windowTitle())
            self.tray.show()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self._activate()

    def _on_banner(self, text: str) -> None:
        self._place_banner()
        self.banner.show_line(text)

    def _place_banner(self) -> None:
        """Once: put the banner above the pages, leaving the side bar as it is."""
        # While locked the pages are held aside by the lock guard; the banner goes with
        # them and shows after unlocking (its words are generic either way).
        stack = getattr(self.window, "stack", None)
        try:
            holder = stack.parentWidget() if isinstance(stack, QWidget) else None
        except RuntimeError:  # the pages were rebuilt and this one is gone
            holder = None
        layout = holder.layout() if holder is not None else None
        if stack is None or holder is None or layout is None or self._placed:
            return
        self._placed = True
        column = QWidget(holder)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        layout.replaceWidget(stack, column)
        self.banner.setParent(column)
        col.addWidget(self.banner)
        col.addWidget(stack, 1)
        column.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A Close the window accepts is followed by its Hide; an ignored one is not.
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Close:
                self._closing = True
            elif kind == QEvent.Type.Show:
                self._closing = False
            elif kind == QEvent.Type.Hide and self._closing:
                self._closing = False
                self._on_window_closed()
        return False

    def _on_window_closed(self) -> None:
        config = self.config
        if not config.enabled:
            return
        if self.context.store is not None and _protected(self.context):
            self.context.lock_requested.emit()  # hidden is locked: a click opens the lock screen
        if config.told_background:
            return
        self.context.update_settings(reminders=config_mod.to_dict(
            config.with_(told_background=True)))
        where = (self.tr("Ippo keeps running in the background so your reminders can come. "
                         "Open it again from its icon in the tray; to stop it, choose Quit "
                         "there or turn reminders off in Settings.")
                 if self.tray is not None else
                 self.tr("Ippo keeps running in the background so your reminders can come. "
                         "Start Ippo again to open the window; to stop it, turn reminders "
                         "off in Settings."))
        KeepRunningNote.tell(self.window, where)  # owned by the window, deleted on close


def _protected(context: AppContext) -> bool:
    from app.privacy import passphrase as pp  # lazy: only asked when the window closes

    return pp.is_protected(context.paths)
