"""After a planned activity: how much it was enjoyed and how much it felt achieved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.form_grid import FormGrid


class RateDialog(QDialog):
    """Two optional ratings, 0–10; "not rated" is a choice too."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("How did it go?"))
        self.chosen: tuple[int | None, int | None] | None = None
        col = QVBoxLayout(self)
        intro = QLabel(self.tr("You did it: {what}. If you like, rate it; both are "
                               "optional.").format(what=what), self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        form = FormGrid()
        self.enjoyment = self._spin()
        self.achievement = self._spin()
        form.add_row(self.tr("&Enjoyment (0–10)"), self.enjoyment)
        form.add_row(self.tr("&Achievement (0–10)"), self.achievement)
        col.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def _spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(-1, 10)
        spin.setSpecialValueText(self.tr("not rated"))
        spin.setValue(-1)
        return spin

    def _on_accepted(self) -> None:
        self.chosen = self.ratings()  # kept on the Python side: Qt deletes the dialog
        self.accept()

    def ratings(self) -> tuple[int | None, int | None]:
        e, a = self.enjoyment.value(), self.achievement.value()
        return (e if e >= 0 else None, a if a >= 0 else None)

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> tuple[int | None, int | None] | None:
        """The two ratings, or None when cancelled. Tests replace this."""
        dialog = cls(what, parent)
        dialog.exec()
        return dialog.chosen
