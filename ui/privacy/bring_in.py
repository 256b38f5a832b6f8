"""First start on a new computer: an Ippo export or backup becomes this Ippo's data.

Offered by the welcome while there is no data yet. The whole file is checked
before anything is written (app/privacy/transfer.py); a refused file leaves
Ippo as empty as it was, and the person can try again from Settings › Your data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.privacy.files import WriteProblem
from app.privacy.service import StoreProblem, own_connection
from app.privacy.transfer import (
    RECOVERY_KEY,
    REPLACE,
    ImportProblem,
    ImportResult,
    import_json,
    secret_needed,
)
from ui.context import AppContext
from ui.privacy.file_passphrase_dialog import FilePassphraseDialog
from ui.privacy.restore_run import FEATURES
from ui.widgets.private_file_dialog import PrivateFileDialog
from ui.widgets.worker import QueryOp

PROBLEMS = (ImportProblem, StoreProblem, WriteProblem)


class BringIn:
    """The steps, with the file chooser and the message box replaceable by tests."""

    @staticmethod
    def choose_file(parent: QWidget) -> Path | None:
        title = QCoreApplication.translate("BringIn", "Bring in my data")
        kinds = QCoreApplication.translate(
            "BringIn", "Ippo exports and backups (*.ippo *.json *.sqlite3);;All files (*)")
        name = PrivateFileDialog.open_file_name(parent, title, "", kinds)
        return Path(name) if name else None

    @staticmethod
    def tell(parent: QWidget, text: str) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("BringIn", "Your data"),
                                text)


def bring_in_data(context: AppContext, parent: QWidget) -> None:
    """Choose a file, ask its passphrase or recovery key if it has one, and make it
    this Ippo's data on a worker thread."""
    store = context.store
    source = BringIn.choose_file(parent)
    if store is None or source is None:
        return
    secret: str | None = None
    needed = secret_needed(source)
    if needed is not None:
        secret = FilePassphraseDialog.ask_for_import(parent, backup=needed == RECOVERY_KEY)
        if secret is None:
            return

    def work() -> ImportResult:
        with own_connection(store, write=True) as own:
            return import_json(own, source, REPLACE, secret)

    def done(result: ImportResult) -> None:
        for feature in FEATURES:
            context.notify(feature)
        text = QCoreApplication.translate("BringIn", "Your data is here.")
        text += " " + result.user_message()
        if secret is not None:
            text += " " + QCoreApplication.translate(
                "BringIn", "On this computer it is not protected by a passphrase yet; you "
                "can set one in Settings › Privacy.")
        BringIn.tell(parent, text)

    def failed(error: Exception) -> None:
        if not isinstance(error, PROBLEMS):
            raise error
        BringIn.tell(parent, error.user_message() + " " + QCoreApplication.translate(
            "BringIn", "You can try again any time from Settings › Your data › Import."))

    label = QCoreApplication.translate("BringIn", "Bringing in your data…")
    QueryOp(parent, work, done).failure(failed).with_progress(label).run()
