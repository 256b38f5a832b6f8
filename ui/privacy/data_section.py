"""Settings › Your data: export (JSON or CSV), import, and delete everything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app import clock
from app.db import StoreProblem, open_store
from app.privacy.erase import erase_everything
from app.privacy.files import WriteProblem
from app.privacy.spreadsheet import export_csv
from app.privacy.transfer import ImportProblem, export_json, import_json, summary
from ui.context import AppContext
from ui.privacy.backup_section import FEATURES
from ui.privacy.delete_dialog import DeleteDialog
from ui.privacy.import_dialog import ImportDialog
from ui.privacy.plaintext_dialog import PlaintextDialog
from ui.widgets.card import Card
from ui.widgets.flow_layout import ButtonRow
from ui.widgets.private_file_dialog import PrivateFileDialog


class DataSection(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your data"), parent)
        self.context = context
        self._build_ui()

    def _build_ui(self) -> None:
        intro = QLabel(self.tr(
            "Your data is yours. Export all of it as one file that Ippo can import again, "
            "or as spreadsheet files (one per kind of record). Exports are not encrypted."),
            self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        row = ButtonRow(self)  # wraps at 200 % text instead of scrolling sideways
        self.export_button = QPushButton(self.tr("&Export everything…"), self)
        self.csv_button = QPushButton(self.tr("Export for &spreadsheets…"), self)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        for button, slot in ((self.export_button, self._on_export_clicked),
                             (self.csv_button, self._on_csv_clicked),
                             (self.import_button, self._on_import_clicked)):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            row.add(button)
        self.body.addWidget(row)
        self.delete_button = QPushButton(self.tr("&Delete all my data…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete all my data"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.body.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- file choices (tests replace these) -----------------------------------
    @staticmethod
    def choose_save_file(parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("DataSection", "Export everything")
        name = PrivateFileDialog.save_file_name(parent, title, suggested, "JSON (*.json)")
        return Path(name) if name else None

    @staticmethod
    def choose_new_folder(parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("DataSection", "Export for spreadsheets")
        name = PrivateFileDialog.save_file_name(parent, title, suggested)
        return Path(name) if name else None

    @staticmethod
    def choose_open_file(parent: QWidget) -> Path | None:
        title = QCoreApplication.translate("DataSection", "Import")
        name = PrivateFileDialog.open_file_name(parent, title, "", "JSON (*.json)")
        return Path(name) if name else None

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Your data"), text)

    def _plaintext_ok(self) -> bool:
        store = self.context.store
        return store is not None and (not store.passphrase or PlaintextDialog.ask(self))

    def _stamp(self) -> str:
        return clock.now().strftime("%Y-%m-%d")

    def _on_export_clicked(self) -> None:
        if not self._plaintext_ok():
            return
        target = self.choose_save_file(self, str(Path.home() / f"ippo-{self._stamp()}.json"))
        if target is None:
            return
        try:
            export_json(self.context.db, target)
        except WriteProblem as problem:
            self._tell(problem.user_message())
            return
        self._tell(self.tr("Everything was exported to {path}.").format(path=target))

    def _on_csv_clicked(self) -> None:
        if not self._plaintext_ok():
            return
        target = self.choose_new_folder(self, str(Path.home() / f"ippo-{self._stamp()}"))
        if target is None:
            return
        if target.exists():
            self._tell(self.tr("{path} already exists; please choose a new name.")
                       .format(path=target))
            return
        try:
            export_csv(self.context.db, target)
        except WriteProblem as problem:
            self._tell(problem.user_message())
            return
        self._tell(self.tr("The spreadsheet files are in {path}.").format(path=target))

    def _on_import_clicked(self) -> None:
        store = self.context.store
        source = self.choose_open_file(self)
        if store is None or source is None:
            return
        try:
            when, counts = summary(source, store.db)
            mode = ImportDialog.ask(when, counts, self)
            if mode is None:
                return
            import_json(store, source, mode)
        except (ImportProblem, StoreProblem) as problem:
            self._tell(problem.user_message())
            return
        for feature in FEATURES:
            self.context.notify(feature)
        self._tell(self.tr("The file has been imported."))

    def _on_delete_clicked(self) -> None:
        if not DeleteDialog.ask(self):
            return
        store = self.context.store
        if store is not None:
            store.close()
            self.context.store = None
        try:
            erase_everything(self.context.paths)
        except OSError:
            self._tell(self.tr("Some files could not be deleted. Please close other "
                               "programs that may be using them and try again."))
        try:
            self.context.store = open_store(self.context.paths)
        except StoreProblem as problem:
            self._tell(problem.user_message())
            return
        for feature in FEATURES:
            self.context.notify(feature)
        self._tell(self.tr("All your data has been deleted. Ippo is empty now, as on the "
                           "first day."))
