"""Showing the recovery key once, to print or write down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import modal


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(self.tr("Your recovery key"))
        col = QVBoxLayout(self)
        col.setSpacing(12)
        intro = QLabel(self.tr(
            "This key opens your data if you ever forget the passphrase. Please print it or "
            "write it down, and keep the paper somewhere private. Ippo will not show it "
            "again, and it is not saved anywhere else."), self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.key_label = QLabel(self._grouped(), self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        col.addWidget(self.key_label)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self._on_print_clicked)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        done = buttons.addButton(self.tr("I have &kept it safe"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        done.setDefault(True)
        buttons.accepted.connect(self.accept)
        col.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def _grouped(self) -> str:
        groups = self.key.split("-")
        lines = ["  ".join(groups[i : i + 5]) for i in range(0, len(groups), 5)]
        return "\n".join(lines)

    def page_html(self) -> str:
        """What goes on paper: the key and one line on what it is for."""
        title = self.tr("Ippo recovery key")
        note = self.tr("This key opens your Ippo data if you forget your passphrase. "
                       "Keep it private.")
        key = self._grouped().replace("\n", "<br>")
        return (f"<h2>{title}</h2><p>{note}</p>"
                f"<p style='font-family:monospace;font-size:16pt'>{key}</p>")

    def _on_print_clicked(self) -> None:
        # lazy: print support loads only when printing
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        # Kept on the dialog: Qt deletes the print dialog later, and it must never
        # outlive its printer.
        self._printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if modal.run(QPrintDialog(printer, self)) == QDialog.DialogCode.Accepted:
            self.print_on(printer)

    def print_on(self, printer: object) -> None:
        """Print the key page on a QPrinter (a PDF printer in tests)."""
        from PySide6.QtGui import QTextDocument  # lazy: print support loads only when printing

        doc = QTextDocument()
        doc.setHtml(self.page_html())
        doc.print_(printer)

    @classmethod
    def ask(cls, key: str, parent: QWidget | None = None) -> None:
        """Show modally (tests replace this)."""
        modal.run(cls(key, parent))
