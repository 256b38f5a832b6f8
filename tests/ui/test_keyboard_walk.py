"""The keyboard walk: on every page and in the main dialogs, Tab alone reaches every
enabled, visible control; Enter presses each focused push button (the filter in
ui/widgets/keys.py); Escape closes each dialog. A failure names the page and the
control's accessible name (or its text)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app import demo
from tests.ui.diary_pump import pump

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit,
            QAbstractItemView, QTabBar)


def _name(w: QWidget) -> str:
    text = w.accessibleName() or (w.text() if hasattr(w, "text") and callable(w.text) else "")
    return f"{type(w).__name__} {(text or w.objectName() or '?')!r}"


def _controls(root: QWidget) -> list[QWidget]:
    """What a keyboard user must be able to reach in `root`."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or w.objectName().startswith("qt_"):
            continue
        if not (w.isVisibleTo(root.window()) and w.isEnabled() and w.width() and w.height()):
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QAbstractSpinBox,
                                                                      QComboBox)):
            continue  # the box's own editor: the box is the control
        out.append(w)
    return out


def _walk(start: QWidget, limit: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, until it comes round again."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    pump(5)
    seen: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        if seen and focused is seen[0] and seen[-1] is not focused:
            break  # round again (a date field keeps the focus while Tab walks its parts)
        seen.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QCoreApplication.processEvents()
    return seen


def _reached(w: QWidget, seen: list[QWidget]) -> bool:
    return any(s is w or w.isAncestorOf(s) or s.focusProxy() is w for s in seen)


def _enter_presses(buttons: list[QPushButton], monkeypatch) -> list[str]:
    """Push buttons that a focused Enter does not press (their action is not run)."""
    pressed: list[QAbstractButton] = []
    monkeypatch.setattr(QAbstractButton, "click", lambda self: pressed.append(self))
    missed = []
    for b in buttons:
        if b.autoDefault() or b.isDefault():
            continue  # Qt presses these itself (in dialogs)
        b.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(b, Qt.Key.Key_Return)
        if not pressed or pressed[-1] is not b:
            missed.append(_name(b))
    monkeypatch.undo()
    return missed


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:constrained_layout not applied")
def test_tab_reaches_every_control_on_every_page(window, context, monkeypatch):
    from ui.shell.main_window import PAGES

    demo.generate(context.db, 21)
    window.resize(1100, 760)
    found: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        pump(80)
        page = window.page(spec.key)
        controls = _controls(page)
        assert controls, spec.key
        seen = _walk(controls[0], 6 * len(_controls(window)) + 20)
        found += [f"{spec.key}: Tab never reaches {_name(w)}" for w in controls
                  if not _reached(w, seen)]
        found += [f"{spec.key}: Enter does not press {n}" for n in _enter_presses(
            [w for w in controls if isinstance(w, QPushButton)], monkeypatch)]
    assert found == [], "\n".join(found)


def _dialogs(window, context):
    from tests.ui.test_look_sweep import _dialogs as sweep_dialogs

    return sweep_dialogs(window, context)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:constrained_layout not applied")
def test_tab_enter_and_escape_in_every_main_dialog(qtbot, window, context, monkeypatch):
    demo.generate(context.db, 21)
    found: list[str] = []
    for name, make in _dialogs(window, context).items():
        dialog: QDialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        pump(30)
        controls = _controls(dialog)
        if controls:
            seen = _walk(controls[0], 4 * len(controls) + 20)
            found += [f"{name} dialog: Tab never reaches {_name(w)}" for w in controls
                      if not _reached(w, seen)]
            found += [f"{name} dialog: Enter does not press {n}" for n in _enter_presses(
                [w for w in controls if isinstance(w, QPushButton)], monkeypatch)]
        focused = QApplication.focusWidget() or dialog
        QTest.keyClick(focused, Qt.Key.Key_Escape)
        pump(30)
        if not shiboken6.isValid(dialog):  # closed and deleted by Qt (WA_DeleteOnClose)
            continue
        if dialog.isVisible():
            found.append(f"{name} dialog: Escape does not close it")
            dialog.reject()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert found == [], "\n".join(found)
