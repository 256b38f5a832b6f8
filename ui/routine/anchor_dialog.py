"""Add or change one anchor: a name, a time of day and the days of the week."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.errors import STORE_ERRORS
from app.routine import service
from app.routine.models import EVERY_DAY, Anchor
from app.validation import FieldErrors
from ui.widgets.flow_layout import ButtonRow
from ui.widgets.form_grid import FormGrid

if TYPE_CHECKING:
    from sqlite_utils import Database


class AnchorDialog(QDialog):
    """Saves through the service itself, so a refused anchor keeps what was typed and
    says why beside it. `saved` holds the anchor after a successful save."""

    def __init__(self, db: Database, anchor: Anchor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db, self.anchor = db, anchor
        self.saved: Anchor | None = None
        self.setWindowTitle(self.tr("Change this anchor") if anchor else self.tr("A new anchor"))
        col = QVBoxLayout(self)
        form = FormGrid()
        self.name = QLineEdit(anchor.name if anchor else "", self)
        self.name.setPlaceholderText(self.tr("For example: Get up"))
        self.name.setMaxLength(service.MAX_NAME + 20)
        self.name.setMinimumWidth(self.name.fontMetrics().averageCharWidth() * 28)
        form.add_row(self.tr("&What"), self.name)
        self.at = QTimeEdit(self)
        self.at.setDisplayFormat(dates.edit_clock_format())
        start = anchor.at if anchor else time(9, 0)
        self.at.setTime(QTime(start.hour, start.minute))
        form.add_row(self.tr("&Time"), self.at)
        days_row = ButtonRow(self)  # wraps at 200 % text
        self.days: list[QCheckBox] = []
        chosen = anchor.weekdays if anchor else EVERY_DAY
        for d in range(7):
            box = QCheckBox(dates.weekday_name(d), self)
            box.setChecked(d in chosen)
            days_row.add(box)
            self.days.append(box)
        form.add_row(self.tr("Days"), days_row)
        col.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        col.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def chosen_days(self) -> list[int]:
        return [d for d, box in enumerate(self.days) if box.isChecked()]

    def chosen_time(self) -> time:
        t = self.at.time()
        return time(t.hour(), t.minute())

    def save(self) -> bool:
        try:
            if self.anchor is None:
                self.saved = service.add_anchor(self.db, self.name.text(), self.chosen_time(),
                                                self.chosen_days())
            else:
                self.saved = service.edit_anchor(self.db, self.anchor.id, self.name.text(),
                                                 self.chosen_time(), self.chosen_days())
        except FieldErrors as errors:
            self.message.setText("\n".join(errors.messages.values()))
            self.message.show()
            return False
        except STORE_ERRORS:
            self.message.setText(self.tr("This could not be saved just now. What you wrote "
                                         "is still here; please try again in a moment."))
            self.message.show()
            return False
        self.accept()
        return True
