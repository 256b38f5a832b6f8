"""What every page shares: the open store, the settings, and change signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app import settings as settings_mod
from app.paths import DataPaths
from app.settings import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.privacy.service import Reads, Store


class AppContext(QObject):
    """Handed to every page; pages talk to each other only through its signals."""

    data_changed = Signal(str)  # the feature whose data changed, e.g. "diary"
    settings_changed = Signal()
    navigate_requested = Signal(str, object)  # page key, optional argument
    lock_requested = Signal()
    store_replaced = Signal()  # a restore has finished: the store is open again, or stays shut

    def __init__(self, paths: DataPaths, store: Store | None, settings: Settings) -> None:
        super().__init__()
        self.paths = paths
        self.store = store
        self.settings = settings
        # True while a restore swaps the data file on a worker thread: the store is shut,
        # nothing may open it, and the lock waits (see ui/privacy/restore_run.py).
        self.replacing_store = False

    @property
    def db(self) -> Database:
        if self.store is None:
            raise RuntimeError("the database is locked")
        return self.store.db

    @property
    def reads(self) -> Reads:
        """The same data for reading only, without loading sqlite-utils: Today's
        cards read through this, so the first frame with data needs no more."""
        if self.store is None:
            raise RuntimeError("the database is locked")
        return self.store.conn

    def update_settings(self, **changes: object) -> None:
        self.settings = self.settings.with_(**changes)
        try:
            settings_mod.save(self.paths.settings, self.settings)
        except OSError:
            pass  # preferences are a convenience; the session goes on with them in memory
        self.settings_changed.emit()

    def notify(self, feature: str) -> None:
        self.data_changed.emit(feature)
