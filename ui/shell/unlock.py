"""Asking for the passphrase at start: the calm unlock dialog lives in ui/privacy."""

from __future__ import annotations

from app.paths import DataPaths
from app.privacy.service import Store


def unlock_store(paths: DataPaths) -> Store | None:
    """The open store, or None when the user stops (startup calls this)."""
    from ui.privacy.unlock_dialog import UnlockDialog  # lazy: only a locked database needs it

    return UnlockDialog.ask(paths)
