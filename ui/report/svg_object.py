"""Draws an SVG chart inside a QTextDocument, so printed and PDF charts stay vector.

This is Qt's "text object" pattern: the document holds U+FFFC with a char
format that carries the SVG bytes; this handler sizes and paints it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPyTextObject, QTextCharFormat, QTextDocument, QTextFormat
from PySide6.QtSvg import QSvgRenderer

OBJECT_TYPE = QTextFormat.ObjectTypes.UserObject + 1
SVG_DATA = QTextFormat.Property.UserProperty + 1
ASPECT = QTextFormat.Property.UserProperty + 2  # height / width
NAME = QTextFormat.Property.UserProperty + 3  # what the chart shows, for assistive tools


class SvgTextObject(QPyTextObject):
    """The handler registered on a document's layout; keep a reference while it lives."""

    def intrinsicSize(self, doc: QTextDocument, pos: int,  # noqa: N802 - Qt override
                      fmt: QTextFormat) -> QSizeF:
        width = doc.pageSize().width() if doc.pageSize().width() > 0 else doc.textWidth()
        # The root frame's margins sit inside the page width; stay within them.
        width -= 2 * doc.rootFrame().frameFormat().margin() + 1
        aspect = float(fmt.property(ASPECT) or 0.5)
        return QSizeF(width, width * aspect)

    def drawObject(self, painter: QPainter, rect: QRectF,  # noqa: N802 - Qt override
                   doc: QTextDocument, pos: int, fmt: QTextFormat) -> None:
        data = fmt.property(SVG_DATA)
        renderer = QSvgRenderer(QByteArray(data))
        renderer.render(painter, rect)


def install(doc: QTextDocument) -> SvgTextObject:
    """Register the handler on `doc`; the returned object must outlive the document's use."""
    handler = SvgTextObject(doc)
    doc.documentLayout().registerHandler(OBJECT_TYPE, handler)
    return handler


def chart_format(svg: bytes, width_in: float, height_in: float, name: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(OBJECT_TYPE)
    fmt.setProperty(SVG_DATA, QByteArray(svg))
    fmt.setProperty(ASPECT, height_in / width_in)
    fmt.setProperty(NAME, name)
    return fmt
