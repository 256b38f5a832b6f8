"""Every visible string has Japanese, and the committed catalogues are up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tests.conftest import ROOT

HERE = ROOT / "assets" / "translations"


def _catalogs():
    spec = importlib.util.spec_from_file_location("catalogs", HERE / "catalogs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated_and_compiled_catalogues_are_current(tmp_path: Path):
    catalogs = _catalogs()
    missing = catalogs.build(tmp_path)
    assert missing == [], "run `make translations` and fill the word lists"
    for fresh in sorted(tmp_path.glob("*.qm")):
        committed = HERE / fresh.name
        assert committed.exists(), f"{fresh.name} is not committed"
        assert committed.read_bytes() == fresh.read_bytes(), f"{fresh.name} is stale"


def test_japanese_loads_for_ippo_and_for_qt_itself(qapp):
    from ui.shell import translations

    try:
        assert translations.install("ja") == "ja"
        assert QCoreApplication.translate("MainWindow", "Today") == "今日"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
        from app.i18n import language, translate

        assert language() == "ja"
        assert "壊れています" in translate("Store", "The database {path} is damaged. Ippo has "
                                       "not changed it. You can restore a backup from Settings, "
                                       "or keep a copy of the file and ask for help.")
    finally:
        translations.install("en")
    assert QCoreApplication.translate("MainWindow", "Today") == "Today"
