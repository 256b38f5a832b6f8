"""A framed card for the Today page and elsewhere: a title and a body."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Card(QFrame):
    """A calm, rounded panel. Subclasses add their content to `body`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(8)
        self.title_label = QLabel(title, self)
        self.title_label.setProperty("role", "title")
        self.title_label.setWordWrap(True)
        self.body.addWidget(self.title_label)
        self.setAccessibleName(title)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
        self.setAccessibleName(title)

    def refresh(self) -> None:
        """Reload what the card shows; cards that show stored data override this."""

    def focus_start(self) -> QWidget | None:
        """The field the keyboard should land on first; None: no preference."""
        return None
