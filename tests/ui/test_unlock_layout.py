"""The unlock dialog shows its whole message after a wrong passphrase (it was clipped)."""

from __future__ import annotations

import pytest

from app.db import open_store
from app.privacy import passphrase as pp
from tests.ui.diary_pump import pump
from tests.ui.label_checks import clipped_labels


@pytest.fixture
def locked_paths(data_paths):
    store = open_store(data_paths)
    store, _ = pp.set_passphrase(store, "a calm long passphrase")
    store.close()
    return data_paths


@pytest.mark.parametrize(("language", "scale"), [("en", 100), ("ja", 100), ("en", 200)])
def test_a_wrong_passphrase_message_is_shown_whole(qtbot, qapp, locked_paths, language,
                                                   scale):
    from ui.privacy.unlock_dialog import UnlockDialog
    from ui.shell import theme, translations

    translations.install(language)
    theme.apply(qapp, "light", scale)
    try:
        dialog = UnlockDialog(locked_paths)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.form.passphrase.setText("not it")
        dialog.form.try_open()
        pump(50)
        assert dialog.form.note.isVisible()
        assert clipped_labels(dialog) == []
    finally:
        translations.install("en")
        theme.apply(qapp, "light", 100)
