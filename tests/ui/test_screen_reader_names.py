"""Screen readers: every control on every page has its own name, in English and Japanese,
not its current value, unique within the page, without shortcut marks."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from ui.shell.main_window import PAGES
from ui.widgets.a11y import strip_mnemonic

MNEMONIC = re.compile(r"[(（][A-Za-z][)）]|&")


def _name(w: QWidget) -> str:
    """What a screen reader says. On Linux Qt names a combo box by its value and leaves
    the name to its label (a "labelled by" relation), or to a name a page gave it."""
    iface = QAccessible.queryAccessibleInterface(w)
    if iface is None:
        return ""
    if isinstance(w, QComboBox):
        for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
            text = other.text(QAccessible.Text.Name)
            if text:
                return text
        return w.accessibleName() or iface.text(QAccessible.Text.Name)
    return iface.text(QAccessible.Text.Name)


def _value(w: QWidget) -> str:
    if isinstance(w, QComboBox):
        return w.currentText()
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QLineEdit):
        return w.text()
    return ""


def test_strip_mnemonic():
    assert strip_mnemonic("&Save") == "Save"
    assert strip_mnemonic("記録する(&S)") == "記録する"
    assert strip_mnemonic("期間(&A):") == "期間"
    assert strip_mnemonic("Tea && cake") == "Tea & cake"


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_control_on_every_page_has_its_own_name(window, context, qtbot, language):
    if language != "en":
        context.update_settings(language=language)
    problems = []
    for spec in PAGES:
        page = window.show_page(spec.key)
        seen: dict[str, str] = {}
        for w in page.findChildren(QWidget):
            if not (w.isVisibleTo(page) and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                continue
            if not isinstance(w, (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)):
                continue
            if isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox,
                                                                    QComboBox)):
                continue
            name = _name(w)
            where = f"{spec.key}:{type(w).__name__}:{name!r}"
            if not name.strip():
                problems.append(f"no name {where}")
                continue
            value = _value(w)
            if value and name == value:
                problems.append(f"named by its value {where}")
            if MNEMONIC.search(name):
                problems.append(f"shortcut mark in {where}")
            if name in seen:
                problems.append(f"same name twice {where}")
            seen[name] = where
    assert problems == [], "\n".join(problems)


def test_a_dialog_gets_names_without_shortcut_marks(window, context, qtbot):
    from PySide6.QtWidgets import QDialog, QFormLayout, QPushButton

    context.update_settings(language="ja")
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    combo = QComboBox(dialog)
    combo.addItem("はい")
    form.addRow("期間(&A):", combo)
    button = QPushButton("記録する(&S)", dialog)
    form.addRow(button)
    dialog.show()
    assert combo.accessibleName() == "期間"
    assert _name(button) == "記録する"


@pytest.mark.parametrize("language", ["en", "ja"])
def test_no_label_shows_a_literal_ampersand(window, context, language):
    from PySide6.QtWidgets import QLabel

    if language != "en":
        context.update_settings(language=language)
    shown = []
    for spec in PAGES:
        page = window.show_page(spec.key)
        for label in page.findChildren(QLabel):
            text = label.text().replace("&&", "")
            if (label.isVisibleTo(page) and "&" in text and label.buddy() is None
                    and label.textFormat() != Qt.TextFormat.RichText and "<" not in text):
                shown.append(f"{spec.key}: {label.text()!r}")
    assert shown == []
