"""Keeps one FieldNote per form field and shows a FieldErrors under the right ones."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QVBoxLayout, QWidget

from app.validation import FieldErrors
from ui.widgets.field_note import FieldNote
from ui.widgets.form_label import FormLabel


class FormNotes:
    """`add(form, name, label, widget)` adds a row and its quiet note beneath."""

    def __init__(self) -> None:
        self.notes: dict[str, FieldNote] = {}
        self.widgets: dict[str, QWidget] = {}
        self.slots: dict[str, QWidget] = {}
        self.failure: FieldNote | None = None  # why the form could not be stored

    def show_failure(self, above: QWidget, message: str) -> None:
        """Say why nothing was stored, just above `above` (the form's buttons); what
        was typed stays in the fields."""
        parent = above.parentWidget()
        if self.failure is None and parent is not None:
            self.failure = FieldNote(parent)
            layout = parent.layout()
            index = layout.indexOf(above) if isinstance(layout, QBoxLayout) else -1
            if isinstance(layout, QBoxLayout) and index >= 0:
                layout.insertWidget(index, self.failure)
        if self.failure is not None:
            self.failure.show_message(message)

    def add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        form.addRow(FormLabel(label, widget, widget.parentWidget()), widget)  # never clipped
        # QFormLayout drops a hidden row's height; a box layout keeps the note's first
        # line reserved, so a message never moves the fields below (see FieldNote).
        slot = QWidget(widget.parentWidget())
        box = QVBoxLayout(slot)
        box.setContentsMargins(0, 0, 0, 0)
        note = FieldNote(slot)
        box.addWidget(note)
        form.addRow(slot)
        self.slots[name] = slot
        self.notes[name] = note
        self.widgets[name] = widget

    def set_row_visible(self, form: QFormLayout, name: str, visible: bool) -> None:
        """Show or hide a field's row together with its note's reserved line."""
        form.setRowVisible(self.widgets[name], visible)
        form.setRowVisible(self.slots[name], visible)

    def show(self, errors: FieldErrors) -> None:
        """Show each message at its field and put the cursor in the first one."""
        first = None
        for name, note in self.notes.items():
            message = errors.messages.get(name, "")
            note.show_message(message)
            if message and first is None:
                first = self.widgets[name]
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        for note in self.notes.values():
            note.clear_message()
        if self.failure is not None:
            self.failure.clear_message()

    def message(self, name: str) -> str:
        note = self.notes[name]
        return note.text() if note.isVisibleTo(note.parentWidget()) or note.text() else ""

    def show_quietly(self, errors: FieldErrors) -> None:
        """Like show(), but leaves the cursor where the user is typing."""
        for name, note in self.notes.items():
            note.show_message(errors.messages.get(name, ""))
