"""Print, preview and save as PDF: one place that owns the QPrinter and the dialogs.

The QPrinter is kept as an attribute: a QPrintDialog whose temporary printer
is garbage-collected crashes the process (see the project's Qt notes).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ui.report import page_setup
from ui.report.report_document import ReportDocument
from ui.widgets import modal
from ui.widgets.private_file_dialog import PrivateFileDialog

DocumentFactory = Callable[[QPageLayout], ReportDocument]


class SavePathAsker:
    """The file chooser, behind a classmethod tests replace."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str) -> str:
        kinds = QCoreApplication.translate("ReportOutput", "PDF files (*.pdf)")
        path = PrivateFileDialog.save_file_name(parent, title, suggested, kinds)
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path


class PrintAsker:
    """Qt's print dialog (choose a printer, pages, copies), behind a replaceable classmethod."""

    @classmethod
    def ask(cls, printer: QPrinter, parent: QWidget | None) -> bool:
        return modal.run(QPrintDialog(printer, parent)) == QDialog.DialogCode.Accepted


class ReportOutput:
    """Sends documents built by a factory `(page layout) -> ReportDocument` to paper or PDF."""

    def __init__(self, page_size: str = "auto") -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.set_page_size(page_size)

    def set_page_size(self, choice: str) -> None:
        self.page_size = page_setup.page_size_name(choice)
        self.printer.setPageLayout(page_setup.page_layout(self.page_size))

    def paint_on(self, printer: QPrinter, factory: DocumentFactory) -> None:
        """Lay the document out for this printer's paper, then draw it. The job is named
        by the document's own title (the print queue showed "job_2.pdf")."""
        doc = factory(printer.pageLayout())
        title = getattr(doc, "title", "")
        if title:
            printer.setDocName(title)
        doc.paint(printer)

    def preview_dialog(self, factory: DocumentFactory,
                       parent: QWidget | None) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(self.printer, parent)
        dialog.paintRequested.connect(functools.partial(self.paint_on, factory=factory))
        return dialog

    def preview(self, factory: DocumentFactory, parent: QWidget | None) -> None:
        modal.run(self.preview_dialog(factory, parent))

    def print_(self, factory: DocumentFactory, parent: QWidget | None) -> bool:
        if not PrintAsker.ask(self.printer, parent):
            return False
        self.paint_on(self.printer, factory)
        return True

    def save_pdf(self, factory: DocumentFactory, parent: QWidget | None, title: str,
                 suggested: str) -> str:
        """Ask where, then write; returns the path ('' if the user cancelled)."""
        path = SavePathAsker.ask(parent, title, suggested)
        if not path:
            return ""
        doc = factory(page_setup.page_layout(self.page_size))
        doc.write_pdf(path, getattr(doc, "title", ""))
        return path

    def save_pdf_with_message(self, factory: DocumentFactory, parent: QWidget | None,
                              title: str, suggested: str) -> str:
        """Save as PDF and return a sentence for the dialog's status line ('' if cancelled)."""
        try:
            path = self.save_pdf(factory, parent, title, suggested)
        except OSError as exc:
            return QCoreApplication.translate(
                "ReportOutput", "The PDF could not be saved: {reason}"
            ).format(reason=exc.strerror or str(exc))
        if not path:
            return ""
        return QCoreApplication.translate("ReportOutput", "Saved to {path}.").format(path=path)
