"""The import wizard from Settings › Your data: kind detected, mapping, preview, import."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from app.diary import service as diary
from app.diary.models import DiaryEntry
from tests.app.importer_samples import DAYLIO, GENERIC, data_hash
from ui.importers.wizard import ImportWizard
from ui.privacy.data_section import DataSection


def _settled(qtbot):
    from ui.widgets import worker

    qtbot.waitUntil(lambda: worker.running() == 0, timeout=20000)


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    return said


def _wizard(qtbot, context, tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    wizard = ImportWizard(context, path)
    qtbot.addWidget(wizard)
    _settled(qtbot)
    return wizard


def _column(wizard, c):
    return [wizard.table_view.item(r, c).text() for r in range(wizard.table_view.rowCount())]


def test_daylio_moods_are_mapped_on_the_preview_then_imported(qtbot, context, tmp_path):
    wizard = _wizard(qtbot, context, tmp_path, "daylio_export.csv", DAYLIO.encode("cp932"))
    assert wizard.kind_box.currentData() == "daylio"
    assert set(wizard.mood_boxes) == {"sunny", "cloudy", "stormy", "rad"}
    assert wizard.mood_boxes["rad"].value() == 10  # Daylio's own name: suggested
    assert not wizard.import_button.isEnabled()  # renamed moods still to choose
    assert "sunny" in wizard.status.text() and "Shift-JIS" in wizard.status.text()
    for label, value in (("sunny", 9), ("cloudy", 5), ("stormy", 2)):
        wizard.mood_boxes[label].setValue(value)
        _settled(qtbot)
    assert wizard.import_button.isEnabled()
    assert _column(wizard, 1) == ["6", "5", "10"]  # 31 May: mean of 9 and 2
    assert "今日は少しだけ外に出た。" in _column(wizard, 6)
    assert diary.get_entry(context.store.db, date(2024, 5, 30)) is None  # nothing written
    done: list[str] = []
    wizard.imported.connect(done.append)
    wizard.import_button.click()
    _settled(qtbot)
    saved = diary.get_entry(context.store.db, date(2024, 5, 30))
    assert saved is not None and saved.mood == 5 and saved.note == "今日は少しだけ外に出た。"
    assert done and "3" in done[0]


def test_generic_columns_and_date_format_change_the_preview(qtbot, context, tmp_path):
    wizard = _wizard(qtbot, context, tmp_path, "moods.csv", GENERIC.encode("utf-16"))
    assert wizard.kind_box.currentData() == "csv"
    assert wizard.column_boxes["mood"].currentData() == "気分"
    assert _column(wizard, 0)[0] == wizard.table_view.item(0, 0).text()
    assert _column(wizard, 1)[0] == "4"  # 0–10 guessed: 9 does not fit 1–5
    low, high = wizard.scale_boxes["mood"]
    low.setValue(1)
    _settled(qtbot)
    high.setValue(9)
    _settled(qtbot)
    assert _column(wizard, 1)[0] == "4"  # 4 on 1–9 is 3.75 → 4
    wizard.column_boxes["mood"].setCurrentIndex(
        wizard.column_boxes["mood"].findData("不安"))
    _settled(qtbot)
    assert _column(wizard, 1)[0] == "1"  # anxiety 2 on 1–9 → 1.25 → 1
    wizard.column_boxes["note"].setCurrentIndex(0)  # "(not in this file)"
    _settled(qtbot)
    assert _column(wizard, 6)[0] == ""


def test_a_duplicate_day_offers_the_choice_and_keep_mine_changes_nothing(
        qtbot, context, tmp_path):
    db = context.store.db
    diary.save_entry(db, DiaryEntry(day=date(2024, 5, 30), mood=1, note="mine"))
    wizard = _wizard(qtbot, context, tmp_path, "daylio_export.csv", DAYLIO.encode())
    for label, value in (("sunny", 9), ("cloudy", 5), ("stormy", 2)):
        wizard.mood_boxes[label].setValue(value)
        _settled(qtbot)
    assert not wizard.dup_box.isHidden()
    assert "1 day" in wizard.dup_label.text()
    wizard.keep_mine.setChecked(True)
    wizard.import_button.click()
    _settled(qtbot)
    kept = diary.get_entry(db, date(2024, 5, 30))
    assert kept is not None and (kept.mood, kept.note) == (1, "mine")
    assert diary.get_entry(db, date(2024, 5, 31)) is not None


def test_a_refused_file_says_why_and_the_data_stays_byte_for_byte(qtbot, context, tmp_path):
    before = data_hash(context.store.paths.database)
    wizard = _wizard(qtbot, context, tmp_path, "empty.csv", b"")
    assert "empty" in wizard.status.text()
    assert not wizard.import_button.isEnabled()
    assert data_hash(context.store.paths.database) == before


def test_settings_opens_the_wizard(qtbot, window, context, tmp_path, monkeypatch, told):
    from ui.privacy.guard import install

    install(window, context, backup=False)
    page = window.show_page("settings")
    section = page.section(DataSection)
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO.replace("sunny", "good").replace("cloudy", "meh")
                    .replace("stormy", "bad"), encoding="utf-8")
    monkeypatch.setattr(DataSection, "choose_other_app_file", staticmethod(lambda _p: path))
    section.other_app_button.click()
    _settled(qtbot)
    wizards = section.findChildren(ImportWizard)
    assert len(wizards) == 1 and wizards[0].import_button.isEnabled()
    wizards[0].import_button.click()
    _settled(qtbot)
    assert told and "3" in told[-1]
    assert diary.get_entry(context.store.db, date(2024, 5, 31)) is not None


def test_choosing_another_kind_reads_the_file_again(qtbot, context, tmp_path):
    wizard = _wizard(qtbot, context, tmp_path, "moods.csv", GENERIC.encode("utf-8"))
    wizard.kind_box.setCurrentIndex(wizard.kind_box.findData("daylio"))
    _settled(qtbot)
    assert "full_date" in wizard.status.text() and not wizard.import_button.isEnabled()
    wizard.kind_box.setCurrentIndex(wizard.kind_box.findData("csv"))
    _settled(qtbot)
    assert wizard.import_button.isEnabled() and wizard.column_boxes
    assert wizard.table_view.rowCount() == 3


def test_loop_habits_chosen_as_routine_anchors(qtbot, context, tmp_path):
    from datetime import time

    from PySide6.QtCore import QTime

    from app.routine import service as routine
    from tests.app.importer_samples import loop_zip

    path = loop_zip(tmp_path / "Loop.zip")
    wizard = ImportWizard(context, path)
    qtbot.addWidget(wizard)
    _settled(qtbot)
    assert wizard.kind_box.currentData() == "loop"
    assert wizard.as_anchors is not None and wizard.anchor_time is not None
    assert wizard.as_anchors.accessibleName() and wizard.as_anchors.focusPolicy()
    assert not wizard.anchor_time.isEnabled()
    assert "diary day" in wizard.status.text()
    wizard.as_anchors.setFocus()
    qtbot.keyClick(wizard.as_anchors, " ")  # chosen from the keyboard
    _settled(qtbot)
    assert wizard.as_anchors.isChecked() and wizard.anchor_time.isEnabled()
    assert "2 routine anchors to add" in wizard.status.text()
    assert "Days to tick: 4." in wizard.status.text()
    wizard.anchor_time.setTime(QTime(7, 45))
    _settled(qtbot)
    assert routine.list_anchors(context.store.db) == []  # nothing written yet
    done: list[str] = []
    wizard.imported.connect(done.append)
    wizard.import_button.click()
    _settled(qtbot)
    anchors = {a.name: a for a in routine.list_anchors(context.store.db)}
    assert set(anchors) == {"Open the curtains", "Stretch"}
    assert anchors["Stretch"].at == time(7, 45)
    assert routine.kept_days(context.store.db, anchors["Stretch"].id, date(2024, 1, 1),
                             date(2025, 1, 1)) == [date(2024, 5, 28), date(2024, 5, 30)]
    assert diary.get_entry(context.store.db, date(2024, 5, 28)) is None
    assert done and "Routine anchors added: 2." in done[0]


def test_loop_anchors_over_the_limit_are_explained_not_imported(qtbot, context, tmp_path):
    from datetime import time

    from app.routine import service as routine
    from tests.app.importer_samples import loop_zip

    for n in range(routine.MAX_PER_DAY):
        routine.add_anchor(context.store.db, f"Anchor {n}", time(6, n), range(7))
    wizard = ImportWizard(context, loop_zip(tmp_path / "Loop.zip"))
    qtbot.addWidget(wizard)
    _settled(qtbot)
    assert wizard.as_anchors is not None
    wizard.as_anchors.setChecked(True)
    _settled(qtbot)
    assert "at most 12" in wizard.status.text()
    assert not wizard.import_button.isEnabled()
