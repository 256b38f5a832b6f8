"""A print job carries the document's title, not a name the printer makes up."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter


class _Doc:
    title = "Summary for my appointment"

    def __init__(self) -> None:
        self.painted = False

    def paint(self, printer: QPrinter) -> None:
        self.painted = True


def test_the_print_job_is_named_by_the_document(qapp, tmp_path):
    from ui.report.output import ReportOutput

    out = ReportOutput()
    printer = out.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    doc = _Doc()
    out.paint_on(printer, lambda _layout: doc)
    assert doc.painted and printer.docName() == "Summary for my appointment"
