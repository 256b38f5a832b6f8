"""Settings › Privacy, Backups and Your data, driven through their real widgets."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from app.backup import list_backups
from app.db import open_store
from app.privacy import keys
from app.privacy import passphrase as pp
from ui.privacy.backup_section import BackupSection
from ui.privacy.data_section import DataSection
from ui.privacy.delete_dialog import DeleteDialog
from ui.privacy.file_passphrase_dialog import FilePassphraseDialog
from ui.privacy.guard import install
from ui.privacy.import_dialog import ImportDialog
from ui.privacy.passphrase_dialog import PassphraseDialog, PassphraseRequest
from ui.privacy.plaintext_dialog import PlaintextDialog
from ui.privacy.privacy_section import PrivacySection
from ui.privacy.recovery_key_dialog import RecoveryKeyDialog
from ui.privacy.restore_dialog import RestoreDialog
from ui.privacy.unlock_dialog import UnlockDialog

OLD, NEW = "first calm passphrase", "second calm passphrase"
CANARY = "canary diary line about the long walk"


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    return said


@pytest.fixture
def page(window, context):
    install(window, context, backup=False)
    return window.show_page("settings")


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _settled(qtbot):
    """Export, import, backups and the restore preview run on a worker thread."""
    from ui.widgets import worker

    qtbot.waitUntil(lambda: worker.running() == 0, timeout=20000)


def test_set_change_and_remove_the_passphrase(page, context, qtbot, monkeypatch, told):
    section = page.section(PrivacySection)
    assert section.set_button.isVisible() and not section.change_button.isVisible()
    context.db["meta"].insert({"key": "k", "value": CANARY})
    shown: list[str] = []
    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda cls, mode, parent=None: PassphraseRequest("", OLD)))
    monkeypatch.setattr(RecoveryKeyDialog, "ask",
                        classmethod(lambda cls, key, parent=None: shown.append(key)))
    _click(qtbot, section.set_button)
    assert pp.is_protected(context.paths) and len(shown) == 1
    assert keys.database_key(context.paths, shown[0]) == context.store.passphrase
    assert section.change_button.isVisible() and not section.set_button.isVisible()
    assert context.db["meta"].get("k")["value"] == CANARY

    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda cls, mode, parent=None: PassphraseRequest(OLD, NEW)))
    _click(qtbot, section.change_button)
    assert pp.matches(context.store, NEW) and not pp.matches(context.store, OLD)

    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda cls, mode, parent=None: PassphraseRequest("no", "")))
    _click(qtbot, section.remove_button)
    assert pp.is_protected(context.paths) and "not the current" in told[-1]
    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda cls, mode, parent=None: PassphraseRequest(NEW, "")))
    _click(qtbot, section.remove_button)
    assert not pp.is_protected(context.paths)
    assert context.db["meta"].get("k")["value"] == CANARY


def test_passphrase_dialog_checks_before_accepting(qtbot):
    dialog = PassphraseDialog("set")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "nobody can open your data" in " ".join(w.text() for w in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.new, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    _click(qtbot, dialog.ok_button)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.notes["new"].isVisible()
    dialog.new.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.new, OLD)
    qtbot.keyClicks(dialog.repeat, OLD)
    _click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request().new == OLD
    assert not dialog.current.isVisible()


def test_idle_minutes_and_neutral_title(page, context, window, qtbot):
    section = page.section(PrivacySection)
    section.idle.setCurrentIndex(section.idle.findData(5))
    section.idle.activated.emit(section.idle.currentIndex())
    assert context.settings.idle_lock_minutes == 5
    _click(qtbot, section.neutral)
    assert context.settings.neutral_title
    assert window.windowTitle() == "Notes"
    assert QApplication.applicationDisplayName() == "Notes"
    _click(qtbot, section.neutral)
    assert window.windowTitle() == "Ippo"


def test_export_asks_before_plaintext_and_import_round_trips(page, context, qtbot, monkeypatch,
                                                             tmp_path, told):
    section = page.section(DataSection)
    context.db["meta"].insert({"key": "k", "value": CANARY})
    context.store, _ = pp.set_passphrase(context.store, OLD)
    target = tmp_path / "export.json"
    monkeypatch.setattr(DataSection, "choose_save_file", staticmethod(lambda *_a: target))
    monkeypatch.setattr(FilePassphraseDialog, "ask_for_export",  # "without encryption"
                        classmethod(lambda cls, parent=None: ""))
    monkeypatch.setattr(PlaintextDialog, "ask", classmethod(lambda cls, parent=None: False))
    _click(qtbot, section.export_button)
    assert not target.exists()
    monkeypatch.setattr(PlaintextDialog, "ask", classmethod(lambda cls, parent=None: True))
    _click(qtbot, section.export_button)
    _settled(qtbot)
    assert json.loads(target.read_text("utf-8"))["tables"]["meta"]["rows"]
    context.db["meta"].delete("k")
    monkeypatch.setattr(DataSection, "choose_open_file", staticmethod(lambda *_a: target))
    monkeypatch.setattr(ImportDialog, "ask",
                        classmethod(lambda cls, when, counts, parent=None: "replace"))
    _click(qtbot, section.import_button)
    _settled(qtbot)  # reading the file
    _settled(qtbot)  # writing it
    assert context.db["meta"].get("k")["value"] == CANARY
    assert "import" in [b.reason for b in list_backups(context.paths.backups)]


def test_import_dialog_and_delete_dialog_widgets(qtbot):
    dialog = ImportDialog(None, {"meta": 3})
    qtbot.addWidget(dialog)
    assert dialog.mode() == "merge"
    _click(qtbot, dialog.replace)
    assert dialog.mode() == "replace"
    delete = DeleteDialog()
    qtbot.addWidget(delete)
    assert not delete.delete_button.isEnabled()
    qtbot.keyClicks(delete.confirm, "dele")
    assert not delete.delete_button.isEnabled()
    qtbot.keyClicks(delete.confirm, "te")
    assert delete.delete_button.isEnabled()


def test_delete_all_my_data(page, context, qtbot, monkeypatch, told):
    context.db["meta"].insert({"key": "k", "value": CANARY})
    context.store, _ = pp.set_passphrase(context.store, OLD)
    page.section(BackupSection).backup_button.click()
    _settled(qtbot)
    assert list_backups(context.paths.backups)
    monkeypatch.setattr(DeleteDialog, "ask", classmethod(lambda cls, parent=None: False))
    _click(qtbot, page.section(DataSection).delete_button)
    assert context.db["meta"].get("k")["value"] == CANARY
    monkeypatch.setattr(DeleteDialog, "ask", classmethod(lambda cls, parent=None: True))
    _click(qtbot, page.section(DataSection).delete_button)
    assert not context.paths.backups.exists()
    assert not keys.keyfile(context.paths).exists()
    assert context.db["meta"].count_where("key = 'k'") == 0  # a fresh, empty start
    assert not pp.is_protected(context.paths)


def test_backup_list_and_restore_after_preview(page, window, context, qtbot, monkeypatch,
                                                told):
    section = page.section(BackupSection)
    context.db["meta"].insert({"key": "k", "value": "before"})
    _click(qtbot, section.backup_button)
    _settled(qtbot)
    assert section.list.count() == 1
    context.db["meta"].upsert({"key": "k", "value": "after"}, pk="key")
    previews = []
    monkeypatch.setattr(RestoreDialog, "ask",
                        classmethod(lambda cls, preview, parent=None: previews.append(preview)
                                    or True))
    section.list.setCurrentRow(0)
    _click(qtbot, section.restore_button)
    _settled(qtbot)
    assert previews and previews[0].counts["meta"] >= 1
    assert context.db["meta"].get("k")["value"] == "before"
    section = window.page("settings").section(BackupSection)  # the pages were built again
    assert section.list.count() == 2  # the state just before, kept as a backup
    dialog = RestoreDialog(previews[0])
    qtbot.addWidget(dialog)
    shown = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "It holds" in shown and "backup of your data as it is now" in shown


def test_unlock_dialog_wrong_then_right(store, qtbot):
    store.db["meta"].insert({"key": "k", "value": CANARY})
    protected, recovery = pp.set_passphrase(store, OLD)
    paths = protected.paths
    protected.close()
    dialog = UnlockDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.passphrase, "wrong one")
    qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    assert dialog.store is None and "not the right passphrase" in dialog.form.note.text()
    dialog.form.passphrase.clear()
    qtbot.keyClicks(dialog.form.passphrase, recovery)
    qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    assert dialog.store.db["meta"].get("k")["value"] == CANARY
    dialog.store.close()


def test_startup_asks_through_the_unlock_dialog(store, monkeypatch):
    from ui.shell import startup

    protected, _ = pp.set_passphrase(store, OLD)
    paths = protected.paths
    protected.close()
    asked = []

    def fake_ask(cls, p, parent=None):
        asked.append(p)
        return open_store(p, OLD)

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(fake_ask))
    opened = startup.open_store_for_window(paths, None)
    assert asked == [paths] and opened is not None
    opened.close()


def test_recovery_key_prints(tmp_path, qtbot):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    dialog.print_on(printer)
    pages = PdfReader(tmp_path / "key.pdf").pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "IJKL" in text and "QRST" in text and "recovery key" in text


def test_set_and_remove_say_what_became_of_earlier_backups(page, context, qtbot, monkeypatch,
                                                           told):
    from app.backup import make_backup

    section = page.section(PrivacySection)
    context.db["meta"].insert({"key": "k", "value": CANARY})
    make_backup(context.store, "manual")
    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda cls, mode, parent=None: PassphraseRequest("", OLD)))
    monkeypatch.setattr(RecoveryKeyDialog, "ask", classmethod(lambda cls, key, parent=None: None))
    _click(qtbot, section.set_button)
    assert "Earlier backups now encrypted as well: 1." in told[-1]
    backups = list_backups(context.paths.backups)
    assert backups and all(not b.path.read_bytes().startswith(b"SQLite format 3")
                           for b in backups)
    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda cls, mode, parent=None: PassphraseRequest(OLD, "")))
    _click(qtbot, section.remove_button)
    assert "The passphrase has been removed." in told[-1]
    assert "rewritten without encryption as well" in told[-1]


def test_export_and_backup_run_off_the_ui_thread(page, context, qtbot, monkeypatch, tmp_path,
                                                  told):
    import threading

    from ui.privacy import backup_section, data_section

    threads: dict[str, int] = {}
    real_export, real_backup = data_section.export_json, backup_section.back_up_now

    def export(db, target, passphrase=None):
        threads["export"] = threading.get_ident()
        return real_export(db, target, passphrase)

    def backup(store):
        threads["backup"] = threading.get_ident()
        return real_backup(store)

    monkeypatch.setattr(data_section, "export_json", export)
    monkeypatch.setattr(backup_section, "back_up_now", backup)
    target = tmp_path / "export.json"
    monkeypatch.setattr(DataSection, "choose_save_file", staticmethod(lambda *_a: target))
    _click(qtbot, page.section(DataSection).export_button)
    _settled(qtbot)
    _click(qtbot, page.section(BackupSection).backup_button)
    _settled(qtbot)
    assert target.exists() and list_backups(context.paths.backups)
    assert set(threads) == {"export", "backup"}
    assert threading.get_ident() not in threads.values()


def test_protected_export_is_encrypted_and_import_asks_for_its_passphrase(
        page, context, qtbot, monkeypatch, tmp_path, told):
    from app.privacy.tables import row_hashes
    from tests.app.test_privacy_sealed import folder_hashes

    section = page.section(DataSection)
    context.db["meta"].insert({"key": "k", "value": CANARY})
    context.store, _ = pp.set_passphrase(context.store, OLD)
    target = tmp_path / "export.ippo"
    suggested: list[str] = []
    monkeypatch.setattr(FilePassphraseDialog, "ask_for_export",
                        classmethod(lambda cls, parent=None: NEW))
    monkeypatch.setattr(DataSection, "choose_save_file",
                        staticmethod(lambda _p, name: suggested.append(name) or target))
    _click(qtbot, section.export_button)
    _settled(qtbot)
    raw = target.read_bytes()
    assert raw.startswith(b"IPPOSEAL") and CANARY.encode() not in raw
    assert suggested[0].endswith(".ippo") and "encrypted" in told[-1]
    context.db["meta"].delete("k")
    monkeypatch.setattr(DataSection, "choose_open_file", staticmethod(lambda *_a: target))
    monkeypatch.setattr(ImportDialog, "ask",
                        classmethod(lambda cls, when, counts, parent=None: "replace"))
    before, rows = folder_hashes(context.paths.root), row_hashes(context.db)
    monkeypatch.setattr(FilePassphraseDialog, "ask_for_import",
                        classmethod(lambda cls, parent=None, backup=False: "not the passphrase"))
    _click(qtbot, section.import_button)
    _settled(qtbot)
    assert "does not open" in told[-1] and "Nothing was changed" in told[-1]
    assert row_hashes(context.db) == rows and folder_hashes(context.paths.root) == before
    monkeypatch.setattr(FilePassphraseDialog, "ask_for_import",
                        classmethod(lambda cls, parent=None, backup=False: NEW))
    _click(qtbot, section.import_button)
    _settled(qtbot)  # reading the file
    _settled(qtbot)  # writing it
    assert context.db["meta"].get("k")["value"] == CANARY


def test_file_passphrase_dialog_checks_and_offers_plaintext(qtbot):
    dialog = FilePassphraseDialog("export")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, OLD)
    qtbot.keyClicks(dialog.repeat, OLD + "x")
    assert not dialog.validate() and dialog.notes["repeat"].isVisible()
    _click(qtbot, dialog.plain_button)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.plaintext_chosen
    asking = FilePassphraseDialog("import")
    qtbot.addWidget(asking)
    asking.show()
    assert not asking.validate() and not asking.repeat.isVisible()


def test_spreadsheet_export_is_the_readable_one(page, context, qtbot, monkeypatch, tmp_path,
                                                 told):
    import csv

    context.db["diary_entries"].insert({"day": "2026-03-02", "mood": 7, "note": CANARY,
                                        "updated_at": "2026-03-02T01:00:00+00:00"})
    target = tmp_path / "sheets"
    monkeypatch.setattr(DataSection, "choose_new_folder", staticmethod(lambda *_a: target))
    _click(qtbot, page.section(DataSection).csv_button)
    _settled(qtbot)
    with (target / "diary.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Date", "Mood (0–10)"]
    assert rows[1][:2] == ["2026-03-02", "7"] and rows[1][-1] == CANARY
    assert sorted(p.name for p in target.iterdir()) == [
        "diary.csv", "ladder-practice.csv", "thought-records.csv"]
