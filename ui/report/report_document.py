"""A QTextDocument laid out for one paper size, with vector charts, printable to any device.

Subclasses (the summary, the blank worksheets) fill it through the small HTML
helpers here. The document is paginated to the page's printable area, so what
is printed, previewed and saved as PDF is the same layout, without page numbers.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from app import i18n
from ui.report import page_setup, svg_object

BASE_PT = 9.5
LATIN = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"]
CJK = ["Noto Sans CJK JP", "Source Han Sans JP", "IPAexGothic", "IPAGothic", "Yu Gothic",
       "Meiryo", "Hiragino Sans", "Droid Sans Fallback"]
MARKER = "@@CHART@@"

# Greys only: the page must read the same on a black-and-white printer.
STYLE = f"""
body {{ color: #1a1a1a; }}
h1 {{ font-size: {BASE_PT * 1.65:.1f}pt; font-weight: 600; margin: 0 0 2pt 0; }}
h2 {{ font-size: {BASE_PT * 1.2:.1f}pt; font-weight: 600; margin: 8pt 0 3pt 0; }}
p {{ margin: 0 0 3pt 0; }}
p.meta {{ color: #333333; margin-bottom: 2pt; }}
p.kind {{ margin: 6pt 0 4pt 0; }}
p.footer {{ color: #333333; font-size: {BASE_PT - 1:.1f}pt; margin-top: 10pt; }}
td {{ padding: 2pt 5pt 2pt 0; vertical-align: top; }}
td.label {{ font-weight: 600; }}
li {{ margin-bottom: 2pt; }}
"""


def font_families(language: str) -> list[str]:
    """Japanese text first in a Japanese font (so kanji take Japanese forms)."""
    return CJK + LATIN if language == "ja" else LATIN + CJK


class ReportDocument(QTextDocument):
    """The page size is fixed at construction; call `write_pdf` or `paint` to output."""

    def __init__(self, layout: QPageLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_layout = layout
        self._handler = svg_object.install(self)  # must live as long as the document
        self.setDocumentMargin(0)
        font = QFont()
        font.setFamilies(font_families(i18n.language()))
        font.setPointSizeF(BASE_PT)
        self.setDefaultFont(font)
        self.setDefaultStyleSheet(STYLE)
        rect = layout.paintRect(QPageLayout.Unit.Point)
        scale = page_setup.document_dpi() / 72.0
        self.setPageSize(QSizeF(rect.width() * scale, rect.height() * scale))

    def content_width_points(self) -> float:
        return float(self.page_layout.paintRect(QPageLayout.Unit.Point).width())

    # -- HTML helpers (text is escaped by the callers) ----------------------------
    @staticmethod
    def heading(text: str, level: int) -> str:
        return f"<h{level}>{text}</h{level}>"

    @staticmethod
    def paragraph(text: str, css_class: str = "") -> str:
        return f'<p class="{css_class}">{text}</p>' if css_class else f"<p>{text}</p>"

    @staticmethod
    def table(rows: list[tuple[str, str]], label_width: int = 31) -> str:
        body = "".join(f'<tr><td class="label" width="{label_width}%">{a}</td><td>{b}</td></tr>'
                       for a, b in rows)
        return f'<table width="100%" cellspacing="0" cellpadding="0">{body}</table>'

    def set_body(self, before: list[str], after: list[str],
                 chart: tuple[bytes, float, float, str] | None) -> None:
        """Lay out the HTML with the chart (svg, width, height, name) between the parts."""
        middle = f"<p>{MARKER}</p>" if chart is not None else ""
        self.setHtml("<body>" + "".join(before) + middle + "".join(after) + "</body>")
        if chart is None:
            return
        cursor = self.find(MARKER)
        if not cursor.isNull():
            svg, w, h, name = chart
            cursor.insertText("\ufffc", svg_object.chart_format(svg, w, h, name))
            cursor.movePosition(QTextCursor.MoveOperation.End)

    # -- output ---------------------------------------------------------------------
    def paint(self, device: QPagedPaintDevice) -> None:
        """Draw every page onto a printer or PDF writer already set to this layout."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("could not start printing")
        try:
            page = self.pageSize()
            scale = device.width() / page.width()
            for index in range(self.pageCount()):
                if index:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                painter.translate(0, -index * page.height())
                self.drawContents(painter, QRectF(0, index * page.height(),
                                                  page.width(), page.height()))
                painter.restore()
        finally:
            painter.end()

    def write_pdf(self, path: str | os.PathLike[str], title: str = "") -> None:
        """Write a vector PDF atomically, readable by the user alone."""
        target = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=".ippo-", suffix=".pdf", dir=target.parent)
        os.close(fd)
        try:
            writer = QPdfWriter(tmp)
            writer.setPageLayout(self.page_layout)
            writer.setResolution(600)
            writer.setCreator("Ippo")
            writer.setTitle(title)
            self.paint(writer)
            del writer  # flushes and closes the file
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
