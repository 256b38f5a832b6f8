"""Settings › Your data: export (JSON or CSV), import, and delete everything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app import clock
from app.privacy.erase import erase_everything
from app.privacy.files import WriteProblem
from app.privacy.readable import export_readable
from app.privacy.service import StoreProblem, open_store, own_connection, reading
from app.privacy.transfer import (
    RECOVERY_KEY,
    ImportProblem,
    ImportResult,
    export_json,
    import_json,
    secret_needed,
    summary,
)
from ui.context import AppContext
from ui.importers.wizard import ImportWizard
from ui.privacy.delete_dialog import DeleteDialog
from ui.privacy.file_passphrase_dialog import PLAINTEXT, FilePassphraseDialog
from ui.privacy.import_dialog import ImportDialog
from ui.privacy.plaintext_dialog import PlaintextDialog
from ui.privacy.restore_run import FEATURES
from ui.widgets.card import Card
from ui.widgets.flow_layout import ButtonRow
from ui.widgets.private_file_dialog import PrivateFileDialog
from ui.widgets.worker import QueryOp

PROBLEMS = (ImportProblem, StoreProblem, WriteProblem)  # each has a kind sentence to show


class DataSection(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your data"), parent)
        self.context = context
        self._build_ui()

    def _build_ui(self) -> None:
        intro = QLabel(self.tr(
            "Your data is yours. Export all of it as one file that Ippo can import again, "
            "or as spreadsheet files you can open and read: the diary one row per day, ladder "
            "practice and thought records one row each. While your data is protected by a "
            "passphrase, the one file is encrypted too; spreadsheet files never are."),
            self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        row = ButtonRow(self)  # wraps at 200 % text instead of scrolling sideways
        self.export_button = QPushButton(self.tr("&Export everything…"), self)
        self.csv_button = QPushButton(self.tr("Export for &spreadsheets…"), self)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.other_app_button = QPushButton(self.tr("Bring in from &another app…"), self)
        for button, slot in ((self.export_button, self._on_export_clicked),
                             (self.csv_button, self._on_csv_clicked),
                             (self.import_button, self._on_import_clicked),
                             (self.other_app_button, self._on_other_app_clicked)):
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
        kinds = (QCoreApplication.translate("DataSection", "Encrypted Ippo export (*.ippo)")
                 if suggested.endswith(".ippo") else "JSON (*.json)")
        name = PrivateFileDialog.save_file_name(parent, title, suggested, kinds)
        return Path(name) if name else None

    @staticmethod
    def choose_new_folder(parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("DataSection", "Export for spreadsheets")
        name = PrivateFileDialog.save_file_name(parent, title, suggested)
        return Path(name) if name else None

    @staticmethod
    def choose_open_file(parent: QWidget) -> Path | None:
        title = QCoreApplication.translate("DataSection", "Import")
        kinds = QCoreApplication.translate("DataSection", "Ippo exports (*.ippo *.json)")
        name = PrivateFileDialog.open_file_name(parent, title, "", kinds)
        return Path(name) if name else None

    @staticmethod
    def choose_other_app_file(parent: QWidget) -> Path | None:
        title = QCoreApplication.translate("DataSection", "Bring in from another app")
        name = PrivateFileDialog.open_file_name(
            parent, title, "", QCoreApplication.translate(
                "DataSection", "Exports of other apps (*.csv *.zip *.txt);;All files (*)"))
        return Path(name) if name else None

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Your data"), text)

    def _plaintext_ok(self) -> bool:
        store = self.context.store
        return store is not None and (not store.passphrase or PlaintextDialog.ask(self))

    def _stamp(self) -> str:
        return clock.now().strftime("%Y-%m-%d")

    def _busy(self, busy: bool) -> None:
        for button in (self.export_button, self.csv_button, self.import_button,
                       self.other_app_button):
            button.setEnabled(not busy)

    def _in_background(self, work: Callable[[], object], done: Callable[[object], None],
                       label: str) -> None:
        """`work` on a worker thread; `done(result)` back here; a known problem is told."""
        self._busy(True)

        def finished(result: object) -> None:
            self._busy(False)
            done(result)

        QueryOp(self, work, finished).failure(self._on_work_failed) \
            .with_progress(label).run()

    def _on_work_failed(self, error: Exception) -> None:
        self._busy(False)
        if not isinstance(error, PROBLEMS):
            raise error
        self._tell(error.user_message())

    def _on_export_clicked(self) -> None:
        store = self.context.store
        if store is None:
            return
        secret: str | None = None
        if store.passphrase:  # protected: encrypted unless the person says otherwise
            secret = FilePassphraseDialog.ask_for_export(self)
            if secret is None or (secret == PLAINTEXT and not PlaintextDialog.ask(self)):
                return
        suffix = "ippo" if secret else "json"
        target = self.choose_save_file(self, str(Path.home() / f"ippo-{self._stamp()}.{suffix}"))
        if target is None:
            return

        def work() -> None:
            with reading(store) as db:
                export_json(db, target, secret or None)

        done = (self.tr("Everything was exported to {path}, encrypted with the passphrase "
                        "you chose.") if secret else
                self.tr("Everything was exported to {path}.")).format(path=target)
        self._in_background(work, lambda _r: self._tell(done), self.tr("Exporting…"))

    def _on_csv_clicked(self) -> None:
        store = self.context.store
        if store is None or not self._plaintext_ok():
            return
        target = self.choose_new_folder(self, str(Path.home() / f"ippo-{self._stamp()}"))
        if target is None:
            return
        if target.exists():
            self._tell(self.tr("{path} already exists; please choose a new name.")
                       .format(path=target))
            return

        def work() -> None:
            with reading(store) as db:
                export_readable(db, target)

        done = self.tr("The spreadsheet files are in {path}.").format(path=target)
        self._in_background(work, lambda _r: self._tell(done), self.tr("Exporting…"))

    def _on_import_clicked(self) -> None:
        store = self.context.store
        source = self.choose_open_file(self)
        if store is None or source is None:
            return
        secret: str | None = None
        needed = secret_needed(source)
        if needed is not None:
            secret = FilePassphraseDialog.ask_for_import(self, backup=needed == RECOVERY_KEY)
            if secret is None:
                return

        def read() -> object:
            with reading(store) as db:
                return summary(source, db, secret)

        self._in_background(read, lambda found: self._on_import_read(source, found, secret),
                            self.tr("Reading the file…"))

    def _on_import_read(self, source: Path, found: object, secret: str | None) -> None:
        when, counts = found  # type: ignore[misc]
        mode = ImportDialog.ask(when, counts, self)
        store = self.context.store
        if mode is None or store is None:
            return

        def write() -> ImportResult:
            # A connection of its own: SQLite keeps the window's reads apart, and a
            # lock meanwhile cannot close the connection under the import.
            with own_connection(store, write=True) as own:
                return import_json(own, source, mode, secret)

        self._in_background(write, self._on_imported, self.tr("Importing…"))

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        for feature in FEATURES:
            self.context.notify(feature)
        self._tell(self.tr("The file has been imported.") + " " + result.user_message())

    def _on_other_app_clicked(self) -> None:
        """Daylio, Loop Habit Tracker or any CSV: the wizard reads, maps and previews."""
        if self.context.store is None:
            return
        source = self.choose_other_app_file(self)
        if source is None:
            return
        wizard = ImportWizard(self.context, source, self)  # deleted by Qt when closed
        wizard.imported.connect(self._on_other_app_imported)
        wizard.show()

    def _on_other_app_imported(self, said: str) -> None:
        for feature in FEATURES:
            self.context.notify(feature)
        self._tell(said)

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
