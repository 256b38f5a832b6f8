"""Restoring a backup while the window waits: the data file is swapped on a worker thread.

First, on the UI thread, every page is saved and dropped (what was typed is kept in
the data as it is now, so the copy made just before the restore holds it too; the
restore then brings back the backup as it was, drafts and all), and the window's
connection is closed. The worker makes that copy and puts the backup in place on
connections of its own, so nothing else holds the file while it is replaced.
Meanwhile there is no page to read or write, a quiet progress dialog shows, and the
lock waits (nothing of the person's is on screen). Afterwards the store is open
again, the backup's or, after a problem, the data as it was, and the page the person
was on comes back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.privacy.restore import Restored, restore_closed
from app.privacy.service import BackupFile, Store, StoreProblem, open_store
from ui.context import AppContext
from ui.shell.page import PageHost
from ui.widgets.worker import QueryOp

# What changes when the whole of the data does (a restore or an import that replaces it).
FEATURES = ("ladder", "diary", "thoughts", "plan", "progress", "privacy")


class RestoreRun(QObject):
    """One restore, from the person's yes to the word that it is done."""

    def __init__(self, window: QWidget, pages: PageHost, context: AppContext) -> None:
        super().__init__(window)
        self._window, self._pages = window, pages  # the main window, by both its faces
        self.context = context
        self._page = pages.current_key()
        self._key: str | None = None

    def start(self, chosen: BackupFile) -> None:
        store = self.context.store
        if store is None:  # locked meanwhile: nothing to restore over
            self.deleteLater()
            return
        paths, key = store.paths, store.passphrase
        self._key = key
        self._pages.drop_pages()  # drafts kept; no page or dialog outlives the store
        self.context.replacing_store = True
        store.close()
        self.context.store = None
        QueryOp(self._window, lambda: restore_closed(paths, key, chosen), self._on_restored) \
            .failure(self._on_failed) \
            .with_progress(self.tr("Restoring the backup…")).run()

    def _on_restored(self, done: Restored) -> None:
        if done.problem is None:
            text = self.tr("The backup has been restored. A copy of your data from just "
                           "before is in the list, in case you want it back.")
        else:
            text = self._not_restored(done.problem)
        self._back(done.store, changed=done.problem is None, text=text)

    def _on_failed(self, error: Exception) -> None:
        """The data could not be opened again on the worker, or something unforeseen
        went wrong there: try once more here; if even that fails, the lock screen
        offers to open it (and says why it cannot)."""
        try:
            store = open_store(self.context.paths, self._key)
        except StoreProblem as problem:
            self._back(None, changed=False, text=problem.user_message())
            return
        if not isinstance(error, StoreProblem):
            self._back(store, changed=False, text="")
            raise error  # the error hook logs it and tells the person kindly
        self._back(store, changed=False, text=self._not_restored(error))

    def _back(self, store: Store | None, changed: bool, text: str) -> None:
        """The window in use again (or locked, if the data cannot be opened); then `text`."""
        window, pages, context, page = self._window, self._pages, self.context, self._page
        title = self.tr("Backups")
        self.deleteLater()  # nothing below uses this object
        context.store = store
        context.replacing_store = False
        if store is not None:
            if changed:
                for feature in FEATURES:
                    context.notify(feature)
            pages.show_page(page)  # built again, from the data now open
        else:
            context.lock_requested.emit()
        context.store_replaced.emit()  # the lock, if it was asked for meanwhile
        if text:
            QMessageBox.information(window, title, text)

    def _not_restored(self, problem: StoreProblem) -> str:
        return self.tr("The backup was not restored; your data is as it was.") + " " \
            + problem.user_message()
