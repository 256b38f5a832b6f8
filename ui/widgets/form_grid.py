"""Caption beside field, like QFormLayout, but a caption that wraps gets the height it needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ui.widgets.form_label import FormLabel


class FormGrid(QGridLayout):
    """Rows of caption and field. Captions stay on one line while there is room and wrap
    beside their field when there is not: QFormLayout gives a caption beside its field
    only its size-hint height, so a caption that wrapped there was cut off, whereas a
    grid asks every caption its height for the width it really gets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)  # spare width goes after the fields, not into them
        self._rows = 0

    def add_row(self, text: str, field: QWidget) -> FormLabel:
        """Add a row; `text` may hold a shortcut (`&`), which then moves focus to `field`."""
        caption = FormLabel(text, field, field.parentWidget())
        self.addWidget(caption, self._rows, 0)
        self.addWidget(field, self._rows, 1,
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._rows += 1
        return caption

    def add_note(self, note: QWidget) -> None:
        """A note (hidden until needed) right under the field of the last row, so an
        error is read beside the field it is about."""
        # In a slot that is always shown: a grid leaves out the spacing of a row whose
        # only widget is hidden, so a message would still move what is below by that.
        slot = QWidget(note.parentWidget())
        box = QVBoxLayout(slot)
        box.setContentsMargins(0, 0, 0, 0)
        note.setParent(slot)
        box.addWidget(note)
        self.addWidget(slot, self._rows, 1)
        self._rows += 1
