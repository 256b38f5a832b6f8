"""The guide for family and supporters: on screen and as a printable page.

It is built from exercises/<lang>/family_guide.md alone and holds nothing of the
user's data. Ippo prints it or saves it; it never sends it anywhere."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.practice import content
from app.practice.models import Lesson
from ui.context import AppContext
from ui.report.output import ReportOutput
from ui.report.report_document import ReportDocument


def _guide() -> Lesson | None:
    return content.load_markdown(content.FAMILY_GUIDE)


class FamilyGuideDocument(ReportDocument):
    """The guide laid out for paper; `title` names the print job and the PDF."""

    def __init__(self, layout: QPageLayout, parent: QObject | None = None) -> None:
        super().__init__(layout, parent)
        guide = _guide()
        self.title = guide.title if guide else self.tr("A guide for family and supporters")
        body = guide.markdown if guide else ""
        footer = self.tr("From Ippo, a self-help app. This page holds no one's personal "
                         "information.")
        self.setMarkdown(f"# {self.title}\n\n{body}\n\n*{footer}*\n")


class FamilyGuidePanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.output: ReportOutput | None = None
        col = QVBoxLayout(self)
        guide = _guide()
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Guide for family and supporters"))
        if guide is not None:
            self.view.setMarkdown(f"# {guide.title}\n\n{guide.markdown}")
        else:
            self.view.setPlainText(self.tr("The guide could not be opened."))
        col.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        row.addWidget(self.status, 1)
        col.addLayout(row)
        for b in (self.pdf_button, self.print_button):
            b.setEnabled(guide is not None)

    def _output(self) -> ReportOutput:
        if self.output is None:
            self.output = ReportOutput(self.context.settings.page_size)
        return self.output

    def _on_pdf_clicked(self) -> None:
        self.status.setText(self._output().save_pdf_with_message(
            FamilyGuideDocument, self, self.tr("Save the family guide"),
            self.tr("family-guide.pdf")))

    def _on_print_clicked(self) -> None:
        self._output().print_(FamilyGuideDocument, self)

    def focus_start(self) -> QWidget:
        return self.view
