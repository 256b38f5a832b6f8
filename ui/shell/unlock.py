"""Asking for the passphrase at start, calmly, until it opens or the user stops."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from app.db import Store, StoreProblem, open_store
from app.paths import DataPaths


def ask_passphrase(message: str) -> str | None:
    """One prompt; None when the user cancels (tests replace this)."""
    text, ok = QInputDialog.getText(
        None, QApplication.translate("Unlock", "Unlock Ippo"), message,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def unlock_store(paths: DataPaths) -> Store | None:
    message = QApplication.translate("Unlock", "Please enter your passphrase.")
    while True:
        passphrase = ask_passphrase(message)
        if passphrase is None:
            return None
        try:
            return open_store(paths, passphrase)
        except StoreProblem as problem:
            if problem.kind != StoreProblem.WRONG_PASSPHRASE:
                from ui.shell.startup import show_problem

                show_problem(problem)
                return None
            message = problem.user_message()
