"""The restore preview names what a backup holds in plain words, in the user's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from app import demo
from app.backup import make_backup
from app.privacy import restore
from app.privacy.tables import user_tables


@pytest.fixture
def preview(store):
    demo.generate(store.db, 21)
    return restore.preview(make_backup(store, "manual"), None)


@pytest.fixture
def english(qapp):
    from ui.shell import translations

    translations.install("en")
    yield
    translations.install("en")


def shown_text(qtbot, preview) -> list[str]:
    from ui.privacy.restore_dialog import RestoreDialog

    dialog = RestoreDialog(preview)
    qtbot.addWidget(dialog)
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_preview_names_kinds_with_counts_and_no_table_names(qtbot, store, preview, english):
    texts = shown_text(qtbot, preview)
    for name, table in (("Diary days", "diary_entries"), ("Ladder steps", "ladder_steps"),
                        ("Thought records", "thought_records"),
                        ("Settings and other details", "meta")):
        assert name in texts
        count = texts[texts.index(name) + 1]  # the count beside it
        if table != "meta":
            assert count == str(preview.counts[table])
    shown = "\n".join(texts)
    tables = {t.name for t in user_tables(store.db)}
    assert "_" not in shown and not tables & set(texts)
    assert not re.search(r"\bmeta\b", shown)
    order = [t for t in texts if t in ("Ladder steps", "Diary days", "Thought records")]
    assert order == ["Ladder steps", "Diary days", "Thought records"]  # the app's order


def test_preview_in_japanese(qtbot, preview, english):
    from ui.shell import translations

    translations.install("ja")
    texts = shown_text(qtbot, preview)
    assert "日記をつけた日" in texts and "思考記録" in texts
    assert not any("Diary days" in t for t in texts)


def test_when_is_the_day_and_the_minute_without_seconds_or_zone(qtbot):
    from datetime import datetime

    from PySide6.QtWidgets import QLabel

    from app.privacy.restore import BackupPreview
    from ui.privacy.restore_dialog import RestoreDialog

    taken = datetime(2026, 11, 22, 6, 59, 39)
    dialog = RestoreDialog(BackupPreview(taken, "daily", 1000, {}, None, None))
    qtbot.addWidget(dialog)
    first = next(w.text() for w in dialog.findChildren(QLabel) if "backup was made" in w.text())
    assert "6:59" in first and "2026" in first
    assert ":39" not in first and "UTC" not in first
