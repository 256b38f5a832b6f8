"""Accessible names for screen readers, derived from what the person sees.

Qt names a combo box by its current value and keeps a Japanese shortcut letter
in a name ("記録する(S)"). `name_controls` gives every input with a label the
label's words and every button its words, without the shortcut marks."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

_PAREN_MNEMONIC = re.compile(r"\s*[(（]&[^)）]?[)）]")
_LEFT_OVER = re.compile(r"\s*[(（][A-Za-z][)）](?=\W*$)")
_AUTO = "ippoAutoName"  # a name set here (and so re-derived), not one a page chose


def strip_mnemonic(text: str) -> str:
    """'&Save' → 'Save', '記録する(&S)' → '記録する', 'A && B' → 'A & B', no trailing colon."""
    text = _PAREN_MNEMONIC.sub("", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


def _set(widget: QWidget, name: str) -> None:
    if name and (not widget.accessibleName() or widget.property(_AUTO)):
        widget.setAccessibleName(name)
        widget.setProperty(_AUTO, True)
    elif _LEFT_OVER.search(widget.accessibleName()):
        # A page named it from its text with only "&" taken out: "記録する(S)".
        widget.setAccessibleName(_LEFT_OVER.sub("", widget.accessibleName()).strip())


def name_controls(root: QWidget) -> None:
    """Name the inputs and buttons under `root` (names a page set itself are kept)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            _set(buddy, strip_mnemonic(label.text()))
            _set(label, strip_mnemonic(label.text()))  # read out as the buddy's label
    for button in root.findChildren(QAbstractButton):
        text = button.text()
        if "&" in text and (_PAREN_MNEMONIC.search(text) or button.property(_AUTO)):
            _set(button, strip_mnemonic(text).rstrip("…"))

