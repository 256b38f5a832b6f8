"""Switches privacy on for a running window: the lock, the clipboard, the taskbar name,
the daily backup."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow

from app.privacy.service import clear_leftovers, daily_backup_in_background
from ui.context import AppContext
from ui.privacy.clipboard_guard import ClipboardGuard
from ui.privacy.lock_guard import LockGuard
from ui.privacy.session_lock import SessionLockWatcher


def apply_neutral_name(window: QMainWindow) -> None:
    """The taskbar name follows the window title (neutral on a shared PC if chosen)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(window.windowTitle())


def install(window: QMainWindow, context: AppContext, backup: bool = True) -> LockGuard:
    """Called once at start, after the store is open."""
    guard = LockGuard(window, context)
    window.lock_guard = guard  # type: ignore[attr-defined]
    clipboard = ClipboardGuard(window)
    window.clipboard_guard = clipboard  # type: ignore[attr-defined]
    guard.locked.connect(clipboard.clear_if_ours)
    watcher = SessionLockWatcher(window)
    window.session_lock_watcher = watcher  # type: ignore[attr-defined]
    watcher.session_locked.connect(guard.lock_with_computer)
    apply_neutral_name(window)
    context.settings_changed.connect(lambda: apply_neutral_name(window))
    store = context.store
    if store is not None:
        clear_leftovers(store.paths)
    if backup and store is not None:
        daily_backup_in_background(store)  # its own connection and thread: never waits
    return guard
