"""Print or save a blank worksheet (ladder, thought record, plan) to fill in by pen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.report.output import ReportOutput
from ui.report.worksheet_document import WorksheetDocument
from ui.widgets import modal


class WorksheetDialog(QDialog):
    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.output = ReportOutput(context.settings.page_size)
        self._build_ui()

    @classmethod
    def ask(cls, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        modal.run(cls(context, kind, parent))

    def document(self, layout: QPageLayout) -> WorksheetDocument:
        return WorksheetDocument(self.kind, layout)

    def _build_ui(self) -> None:
        title = self.document(self.output.printer.pageLayout()).title
        self.setWindowTitle(title)
        col = QVBoxLayout(self)
        text = QLabel(self.tr(
            "“{title}” as an empty page to print, so you can go on with pen and paper. "
            "Nothing from your notes is on it.").format(title=title), self)
        text.setWordWrap(True)
        col.addWidget(text)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        col.addWidget(self.status)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.print_button = QPushButton(self.tr("Prin&t…"), self)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), self)
        close = QPushButton(self.tr("&Close"), self)
        for b in (self.preview_button, self.print_button, self.pdf_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        col.addLayout(row)
        # Bound methods, not lambdas: nothing holds a closed dialog (issue 13).
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        close.clicked.connect(self.accept)

    def _on_preview_clicked(self) -> None:
        self.output.preview(self.document, self)

    def _on_print_clicked(self) -> None:
        self.output.print_(self.document, self)

    def _on_pdf_clicked(self) -> None:
        suggested = str(Path.home() / self.tr("worksheet.pdf"))
        message = self.output.save_pdf_with_message(
            self.document, self, self.tr("Save the worksheet as PDF"), suggested)
        if message:
            self.status.setText(message)
