"""Settings › Backups: the verified backups, one more now, and restoring one after a preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app import dates
from app.privacy import restore as restore_mod
from app.privacy.service import BackupFile, StoreProblem, back_up_now, backups
from ui.context import AppContext
from ui.privacy.restore_dialog import RestoreDialog
from ui.privacy.restore_run import RestoreRun
from ui.shell.page import PageHost
from ui.widgets.card import Card
from ui.widgets.worker import QueryOp


class BackupSection(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.context = context
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        intro = QLabel(self.tr(
            "Ippo keeps checked copies of your data in its own folder: one a day when you "
            "use it, and one before every import, restore and update. Older copies are "
            "thinned out over time. They are encrypted whenever your data is. Something "
            "you delete stays in older backups until they are thinned out."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.body.addWidget(self.list)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def _describe(self, b: BackupFile) -> str:
        when = dates.date_time(b.taken_at)
        reasons = {"daily": self.tr("daily"), "migrate": self.tr("before an update"),
                   "import": self.tr("before an import"), "restore": self.tr("before a restore"),
                   "manual": self.tr("made by you"), "test": ""}
        why = reasons.get(b.reason, "")
        return self.tr("{when} ({why})").format(when=when, why=why) if why else when

    def refresh(self) -> None:
        self.list.clear()
        for b in backups(self.context.paths):
            item = QListWidgetItem(self._describe(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._on_list_row_changed(self.list.currentRow())

    def _on_list_row_changed(self, row: int) -> None:
        self.restore_button.setEnabled(row >= 0)

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Backups"), text)

    def selected(self) -> BackupFile | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = item.data(Qt.ItemDataRole.UserRole)
        return next((b for b in backups(self.context.paths)
                     if str(b.path) == path), None)

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.list.currentRow() >= 0)

    def _on_backup_clicked(self) -> None:
        store = self.context.store
        if store is None:
            return

        def work() -> None:
            back_up_now(store)  # its own connection, as the daily backup

        self._busy(True)
        QueryOp(self, work, self._on_backup_done).failure(self._on_backup_failed) \
            .with_progress(self.tr("Making a backup…")).run()

    def _on_backup_done(self, _result: None) -> None:
        self._busy(False)
        self.refresh()

    def _on_backup_failed(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, StoreProblem):
            raise error
        self._tell(error.user_message())
        self.refresh()

    def _on_restore_clicked(self) -> None:
        store, chosen = self.context.store, self.selected()
        if store is None or chosen is None:
            return
        key = store.passphrase
        self._busy(True)
        QueryOp(self, lambda: restore_mod.preview(chosen, key),
                lambda preview: self._on_preview_read(chosen, preview)) \
            .failure(self._on_preview_failed) \
            .with_progress(self.tr("Reading the backup…")).run()

    def _on_preview_failed(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, StoreProblem):
            raise error
        self._tell(self.tr("This backup cannot be opened with your current passphrase. "
                           "It may have been made under an earlier one; your recovery "
                           "key from that time opens it."))

    def _on_preview_read(self, chosen: BackupFile, preview: restore_mod.BackupPreview) -> None:
        self._busy(False)
        if self.context.store is None or not RestoreDialog.ask(preview, self):
            return
        window = self.window()
        if isinstance(window, PageHost):  # this section goes with the pages it drops
            RestoreRun(window, window, self.context).start(chosen)
