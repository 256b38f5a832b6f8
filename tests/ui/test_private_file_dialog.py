"""Ippo's file choosers leave no trace in the history every Qt program shares."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from ui.widgets.private_file_dialog import PrivateFileDialog

OTHER_APP_FOLDER = "file:///home/someone/Pictures"


@pytest.fixture
def qt_settings_dir(tmp_path):
    """Qt's user settings in a temporary folder, with another program's history."""
    home = tmp_path / "config"
    home.mkdir()
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home))
    seeded = QSettings(QSettings.Scope.UserScope, "QtProject")
    seeded.setValue("FileDialog/history", [OTHER_APP_FOLDER])
    seeded.setValue("FileDialog/lastVisited", OTHER_APP_FOLDER)
    seeded.sync()
    yield home
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def _choose_when_open(path: str, seen: list[str]) -> None:
    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):  # not up yet
            QTimer.singleShot(50, choose)
            return
        seen.append(type(dialog).__name__)
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")  # typed, as a person would
        name_field.setText(path)
        dialog.accept()

    QTimer.singleShot(50, choose)


def _shared_history() -> tuple[object, object, str]:
    s = QSettings(QSettings.Scope.UserScope, "QtProject")
    return s.value("FileDialog/history"), s.value("FileDialog/lastVisited"), s.fileName()


def test_saving_leaves_qt_history_as_it_was(qt_settings_dir, tmp_path, qapp):
    secret = tmp_path / "ippo-private-folder"
    secret.mkdir()
    seen: list[str] = []
    _choose_when_open(str(secret / "ippo-summary.pdf"), seen)
    chosen = PrivateFileDialog.save_file_name(None, "Save", str(secret / "ippo-summary.pdf"),
                                              "PDF (*.pdf)")
    assert chosen == str(secret / "ippo-summary.pdf")
    assert seen == ["QFileDialog"]  # Qt's own dialog, not the desktop's recent-files one
    history, last, file_name = _shared_history()
    assert history in ([OTHER_APP_FOLDER], OTHER_APP_FOLDER)
    assert last == OTHER_APP_FOLDER
    with open(file_name, encoding="utf-8") as fh:
        assert "ippo-private-folder" not in fh.read()


def test_opening_leaves_no_history_where_there_was_none(qt_settings_dir, tmp_path, qapp):
    s = QSettings(QSettings.Scope.UserScope, "QtProject")
    s.remove("FileDialog")
    s.sync()
    export = tmp_path / "ippo-export.json"
    export.write_text("{}", encoding="utf-8")
    seen: list[str] = []
    _choose_when_open(str(export), seen)
    chosen = PrivateFileDialog.open_file_name(None, "Import", str(tmp_path), "JSON (*.json)")
    assert chosen == str(export)
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    after.beginGroup("FileDialog")
    assert after.childKeys() == []


def test_qt_file_dialog_is_all_japanese(qapp):
    from PySide6.QtWidgets import QLabel

    from ui.shell import translations

    translations.install("ja")
    try:
        dialog = QFileDialog(None, "", "", "")
        dialog.setOptions(PrivateFileDialog.OPTIONS)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        dialog.deleteLater()
    finally:
        translations.install("en")
    # Every label is Japanese apart from its shortcut letter, e.g. "場所(&L):".
    leftovers = [t for t in labels if re.search(r"[A-Za-z]", re.sub(r"\(&\w\)", "", t))]
    assert len(labels) == 3 and leftovers == []
