"""Locking the window: after N idle minutes, with Ctrl+L, or from the sidebar.

An app-wide event filter restarts a single-shot timer on every key, click,
wheel or touch. Locking saves drafts, closes the database connection (the key
goes with it) and swaps the window's content for the lock screen, so nothing
of the user's can be seen or grabbed. Unlocking reopens the store and rebuilds
the pages. Dialogs opened from a page keep their drafts and close with it (they use
the store); other open windows are covered until unlocking. Without a passphrase,
the lock is a quiet cover with an Open button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app.privacy.service import Store, needs_passphrase
from ui.context import AppContext
from ui.privacy.lock_screen import LockScreen
from ui.shell.main_window import MainWindow

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}
LOCK_SHORTCUT = "Ctrl+L"


class LockGuard(QObject):
    locked = Signal()
    unlocked = Signal()
    ms_per_minute = 60_000  # tests shorten a "minute"

    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.screen: LockScreen | None = None
        self._content: QWidget | None = None
        self._covers: list[QWidget] = []
        self._lock_when_restored = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.shortcut = QShortcut(QKeySequence(LOCK_SHORTCUT), window)
        self.shortcut.activated.connect(self.lock)
        self.button = QPushButton(self.tr("&Lock"), window)
        self.button.setAccessibleName(self.tr("Lock"))
        self.button.setToolTip(self.tr("Hide everything until you open it again ({key})")
                               .format(key=LOCK_SHORTCUT))
        self.button.clicked.connect(self.lock)
        window.sidebar_footer.addWidget(self.button)
        context.lock_requested.connect(self.lock)
        context.store_replaced.connect(self._on_context_store_replaced)
        context.settings_changed.connect(self._on_context_settings_changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._on_context_settings_changed()

    def is_locked(self) -> bool:
        return self.screen is not None

    def interval_ms(self) -> int:
        return max(0, self.context.settings.idle_lock_minutes) * self.ms_per_minute

    def _on_context_settings_changed(self) -> None:
        self.button.setText(self.tr("&Lock"))
        if self.interval_ms() and not self.is_locked():
            self.timer.start(self.interval_ms())
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start(self.interval_ms())
        return False  # never swallow the user's input

    def lock_with_computer(self) -> None:
        """The screen locked: lock Ippo too, if the person chose that (the default)."""
        if self.context.settings.lock_with_computer:
            self.lock()

    def lock(self) -> None:
        if self.is_locked():
            return
        if self.context.replacing_store:
            # A restore is swapping the file: the unlock must not open it meanwhile. The
            # pages are already gone, so nothing of the person's shows while the lock waits.
            self._lock_when_restored = True
            return
        self.timer.stop()
        # Drafts are saved before the connection closes; then no page (and no dialog
        # opened from one) holds entry text or can reach for the closed store.
        self.window.drop_pages()
        store = self.context.store
        needs = needs_passphrase(self.context.paths, store)
        if store is not None:
            store.close()
            self.context.store = None
        self.screen = LockScreen(self.context.paths, needs, self.context.settings.neutral_title)
        self.screen.form.opened.connect(self._on_form_opened)
        self.screen.help_requested.connect(self._on_screen_help_requested)
        self._content = self.window.takeCentralWidget()
        if self._content is not None:
            self._content.hide()
            self._content.setParent(self.window)  # kept alive, never shown while locked
        self.window.setCentralWidget(self.screen)
        self._cover_other_windows()
        self.screen.form.focus_input()
        self.locked.emit()

    def _on_context_store_replaced(self) -> None:
        if self._lock_when_restored:
            self._lock_when_restored = False
            self.lock()

    def _cover_other_windows(self) -> None:
        """Windows not opened from a page (they hold no store) are covered, not closed:
        what is typed in them stays theirs after unlocking."""
        from ui.plan.help_now_dialog import HelpNowDialog  # lazy: loads the plan; not at start

        self._covers = []
        for top in QApplication.topLevelWidgets():
            if top is self.window or not top.isVisible() or not top.isWindow():
                continue
            if isinstance(top, HelpNowDialog):
                top.refresh()  # "Need help now" hides the plan by itself, and stays usable
                continue
            cover = QLabel(self.tr("Hidden for now."), top)
            cover.setObjectName("LockCover")
            cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cover.setWordWrap(True)
            cover.setAutoFillBackground(True)
            cover.setGeometry(top.rect())
            cover.show()
            cover.raise_()
            top.setEnabled(False)
            self._covers.append(cover)

    def _uncover_other_windows(self) -> None:
        for cover in self._covers:
            top = cover.parentWidget()
            if top is not None:
                top.setEnabled(True)
            cover.deleteLater()
        self._covers = []
        from ui.plan.help_now_dialog import HelpNowDialog  # lazy: as in _cover_other_windows

        for top in QApplication.topLevelWidgets():
            if isinstance(top, HelpNowDialog) and top.isVisible():
                top.refresh()

    def _on_screen_help_requested(self) -> None:
        self.window.show_help_now()

    def _on_form_opened(self, store: Store) -> None:
        self.context.store = store
        screen = self.window.takeCentralWidget()
        if screen is not None:
            screen.deleteLater()
        self.screen = None
        if self._content is not None:
            self.window.setCentralWidget(self._content)
            self._content.show()
            self._content = None
        self.window.rebuild_pages()
        self._uncover_other_windows()
        self._on_context_settings_changed()
        self.unlocked.emit()

