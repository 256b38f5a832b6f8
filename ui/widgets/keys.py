"""Shared by every window: Enter presses a focused button as Space does, and dialogs
get screen-reader names without shortcut marks when they show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QPushButton,
    QRadioButton,
)

from ui.widgets.a11y import name_controls


class EnterPressesButtons(QObject):
    """An app-wide event filter: Return or Enter on a focused push or tool button clicks it.

    Qt clicks on Enter only for "auto-default" buttons, which outside dialogs means
    none, so a keyboard user pressing Enter on a page button got nothing. Check boxes
    and radio buttons keep Qt's behaviour (Enter there belongs to the dialog)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog):
            name_controls(watched)  # screen-reader names without shortcut marks
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        if isinstance(watched, (QCheckBox, QRadioButton)):
            return False
        assert isinstance(event, QKeyEvent)
        # lazy: the `Qt` namespace costs ~20 ms to build; not needed before a key press
        from PySide6.QtCore import Qt

        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.isAutoRepeat():
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        if isinstance(watched, QPushButton) and (watched.autoDefault() or watched.isDefault()):
            return False  # Qt already clicks these on Enter
        if not (watched.hasFocus() and watched.isEnabled()):
            return False
        watched.click()
        return True


_filter: EnterPressesButtons | None = None


def install(app: QApplication) -> None:
    """Once per application; later calls do nothing."""
    global _filter
    if _filter is None:
        _filter = EnterPressesButtons(app)
        app.installEventFilter(_filter)
