"""Showing a modal dialog that Qt deletes once it is closed.

Seen with PySide6 6.11: after `exec()` a dialog belongs to Python even when it has a
parent. With no reference left it goes at once; but one that a lambda connected to
its own buttons keeps stays for the rest of the session, and one that only a Python
reference cycle keeps is freed whenever the garbage collector runs, possibly while
Qt walks every widget to apply a theme (a segmentation fault, issue 13). So every
modal dialog is shown with `run()`: Qt deletes it as soon as control is back in the
event loop, and what the caller reads from it right after `run()` is still there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run(dialog: QDialog) -> int:
    """`dialog.exec()`, then `deleteLater()` whatever happened inside."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
