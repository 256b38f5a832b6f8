"""The first start on a new computer: the welcome offers to bring in an Ippo export or
backup beside starting fresh, and an encrypted export asks for its passphrase."""

from __future__ import annotations

import argparse

import pytest

from app import demo
from app.db import open_store
from app.paths import resolve
from app.privacy.tables import row_hashes
from app.privacy.transfer import export_json

PASS = "a long walk to the river"


@pytest.fixture
def exported(store, tmp_path):
    demo.generate(store.db, 20, seed=7)
    store.db["meta"].insert({"key": "k", "value": "日本語のメモ"})
    path = export_json(store.db, tmp_path / "old-pc.ippo", PASS)
    rows = row_hashes(store.db)
    store.close()
    return path, rows


def _start(qtbot, qapp, monkeypatch, folder, told):
    from ui.shell import startup

    monkeypatch.setattr(qapp, "exec",
                        lambda: (qtbot.waitUntil(lambda: bool(told), timeout=30000), 0)[1])
    args = argparse.Namespace(data_dir=str(folder), lang="en", passphrase_file=None,
                              smoke_test=False)
    assert startup.run(args) == 0


def test_first_start_brings_in_an_encrypted_export(qtbot, qapp, monkeypatch, tmp_path,
                                                   exported):
    from ui.privacy.bring_in import BringIn
    from ui.privacy.file_passphrase_dialog import FilePassphraseDialog
    from ui.shell.welcome_dialog import WelcomeDialog

    path, rows = exported
    offered, asked, told = [], [], []
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(
        lambda cls, parent=None, offer_restore=False: offered.append(offer_restore) or True))
    monkeypatch.setattr(BringIn, "choose_file", staticmethod(lambda _parent: path))
    monkeypatch.setattr(FilePassphraseDialog, "ask_for_import", classmethod(
        lambda cls, parent=None, backup=False: asked.append(backup) or PASS))
    monkeypatch.setattr(BringIn, "tell", staticmethod(lambda _p, text: told.append(text)))
    new_pc = tmp_path / "new-pc"  # no folder at all yet
    _start(qtbot, qapp, monkeypatch, new_pc, told)
    assert offered == [True] and asked == [False]
    assert "Your data is here" in told[0] and "Records added" in told[0]
    restored = open_store(resolve(new_pc), create=False)
    try:
        assert row_hashes(restored.db) == rows
    finally:
        restored.close()


def test_a_wrong_passphrase_leaves_the_new_ippo_empty(qtbot, qapp, monkeypatch, tmp_path,
                                                      exported):
    from app.privacy.transfer import is_empty
    from ui.privacy.bring_in import BringIn
    from ui.privacy.file_passphrase_dialog import FilePassphraseDialog
    from ui.shell.welcome_dialog import WelcomeDialog

    path, _rows = exported
    told: list[str] = []
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(
        lambda cls, parent=None, offer_restore=False: offer_restore))
    monkeypatch.setattr(BringIn, "choose_file", staticmethod(lambda _parent: path))
    monkeypatch.setattr(FilePassphraseDialog, "ask_for_import", classmethod(
        lambda cls, parent=None, backup=False: "not it"))
    monkeypatch.setattr(BringIn, "tell", staticmethod(lambda _p, text: told.append(text)))
    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()  # an empty folder
    _start(qtbot, qapp, monkeypatch, new_pc, told)
    assert "does not open" in told[0] and "try again" in told[0]
    again = open_store(resolve(new_pc), create=False)
    try:
        assert is_empty(again.db)
    finally:
        again.close()


def test_welcome_offers_bringing_in_only_when_asked(qtbot):
    from ui.shell.welcome_dialog import WelcomeDialog

    plain = WelcomeDialog(None)
    qtbot.addWidget(plain)
    assert plain.bring_in_button is None
    first = WelcomeDialog(None, offer_restore=True)
    qtbot.addWidget(first)
    first.show()
    assert first.bring_in_button is not None and first.bring_in_button.isVisible()
    first.bring_in_button.click()
    assert first.bring_in_chosen and first.result() == 1
