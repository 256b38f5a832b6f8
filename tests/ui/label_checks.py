"""Is every label's text fully shown? Lays the text out as QLabel paints it and compares."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QWidget


def _painted(label: QLabel) -> tuple[QRect, QRect]:
    """The rectangle QLabel paints plain text into, and the text's bounding box there.

    Painting, not QFontMetrics: a caption with a mid-word shortcut ("sc&reen") is laid
    out a pixel wider when painted than QFontMetrics says, which is exactly what cut
    off the last line of a wrapped diary caption while heightForWidth said all was well.
    """
    m = label.margin()
    rect = label.contentsRect().adjusted(m, m, -m, -m)
    flags = int(label.alignment())
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap)
    if label.buddy() is not None:
        flags |= int(Qt.TextFlag.TextShowMnemonic)
    image = QImage(max(1, rect.width()), max(1, rect.height()), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(label.font())
    box = painter.drawText(QRect(0, 0, rect.width(), rect.height()), flags, label.text())
    painter.end()
    return QRect(0, 0, rect.width(), rect.height()), box


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText
                                             and "<" in label.text())


def clipped_labels(root: QWidget) -> list[str]:
    """Every visible label under `root` whose text does not fit in it, described."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        size = f"{label.width()}x{label.height()}"
        if label.wordWrap() and label.height() < label.heightForWidth(label.width()):
            found.append(f"{label.text()!r} is {size}, needs height "
                         f"{label.heightForWidth(label.width())}")
            continue
        if _is_rich(label) or label.indent() > 0 or label.frameWidth() > 0:
            continue  # laid out by a text document or indented: the size check above
        rect, box = _painted(label)
        if box.height() > rect.height() or box.width() > rect.width():
            found.append(f"{label.text()!r} is {size}, its text paints "
                         f"{box.width()}x{box.height()}")
    return found
