"""Note an exercise in the practice log: minutes, and distress before and after if wanted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from app.errors import STORE_ERRORS, as_save_failed
from app.practice import service
from app.validation import FieldErrors
from ui.context import AppContext
from ui.ladder.number_field import NumberField
from ui.widgets.form_label import FormLabel


class LogBox(QWidget):
    """Before/after distress (optional), minutes, and a button that notes it."""

    logged = Signal()

    def __init__(self, context: AppContext, exercise: str, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.exercise, self.kind = context, exercise, kind
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        hint = self.tr("0 to 100, if you like")
        self.before = NumberField(hint, self)
        self.after = NumberField(hint, self)
        self.minutes = NumberField(self.tr("minutes"), self)
        for field in (self.before, self.after):  # room for the hint where there is room
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance(hint) + 24)
        self.minutes.set_value(1)
        for text, field in ((self.tr("&Distress before (0–100):"), self.before),
                            (self.tr("Distress &afterwards (0–100):"), self.after),
                            (self.tr("Min&utes:"), self.minutes)):
            form.addRow(FormLabel(text, field, self), field)  # wraps above, never clipped
        self.note_button = QPushButton(self.tr("Note it in my practice &log"), self)
        self.note_button.clicked.connect(self._on_note_clicked)
        row = QHBoxLayout()
        row.addWidget(self.note_button)
        row.addStretch(1)
        form.addRow(row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        form.addRow(self.status)
        self.elapsed: Callable[[], float] | None = None

    def set_minutes(self, minutes: int) -> None:
        self.minutes.set_value(max(1, minutes))

    def note(self) -> bool:
        """Write the entry; a problem is said in the status line and the fields stay."""
        numbers: dict[str, int | None] = {}
        for name, field in (("suds_before", self.before), ("suds_after", self.after),
                            ("minutes", self.minutes)):
            try:
                numbers[name] = field.value()
            except ValueError:
                self.status.setText(NumberField.not_a_number())
                field.setFocus()
                return False
        try:
            service.log_practice(self.context.db, self.exercise, self.kind,
                                 numbers["minutes"] or 1, numbers["suds_before"],
                                 numbers["suds_after"])
        except FieldErrors as err:
            self.status.setText(next(iter(err.messages.values())))
            return False
        except STORE_ERRORS as exc:
            self.status.setText(as_save_failed(exc).user_message())
            return False
        self.status.setText(self.tr("Noted in your practice log."))
        self.before.clear()
        self.after.clear()
        self.context.notify("practice")
        self.logged.emit()
        return True

    def _on_note_clicked(self) -> None:
        self.note()
