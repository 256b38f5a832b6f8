"""File choosers that leave no trace of Ippo on a shared computer.

Ippo uses Qt's own file dialog rather than the desktop's. The native dialogs
of Windows and GTK add the chosen file to the system's recent files (the
Explorer's Recent list and jump lists, GTK's `recently-used.xbel`), where
anyone at the PC could read "ippo-summary.pdf". Qt's dialog keeps only a
folder history, in the settings every Qt program of the user shares
("QtProject"); Ippo puts that group back exactly as it was once the dialog
has closed, so other programs keep their history and Ippo adds nothing to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from app.i18n import QT_TRANSLATE_NOOP

_GROUP = "FileDialog"



# Labels of Qt's own dialog that Qt's Japanese catalogue lacks: Qt 6.11 added
# their shortcut letters, so the older translations no longer match. Ippo's core
# catalogue carries them (context "QFileDialog"), so the dialog is all Japanese.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


@contextmanager
def _history_kept() -> Iterator[None]:
    """Restore Qt's shared file-dialog settings to what they were before."""
    settings = _qt_settings()
    settings.beginGroup(_GROUP)
    before = {key: settings.value(key) for key in settings.childKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        settings = _qt_settings()
        settings.beginGroup(_GROUP)
        for key in settings.childKeys():
            if key not in before:
                settings.remove(key)
        for key, value in before.items():
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()


class PrivateFileDialog:
    """`save_file_name` and `open_file_name`: Qt's dialog, with no history left behind."""

    OPTIONS = QFileDialog.Option.DontUseNativeDialog

    @classmethod
    def save_file_name(cls, parent: QWidget | None, title: str, suggested: str,
                       kinds: str = "") -> str:
        """The chosen path, or "" if the person cancelled."""
        with _history_kept():
            name, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds,
                                                  options=cls.OPTIONS)
        return name

    @classmethod
    def open_file_name(cls, parent: QWidget | None, title: str, start: str = "",
                       kinds: str = "") -> str:
        """The chosen existing file, or "" if the person cancelled."""
        with _history_kept():
            name, _ = QFileDialog.getOpenFileName(parent, title, start, kinds,
                                                  options=cls.OPTIONS)
        return name
