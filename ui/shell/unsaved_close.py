"""Before closing while an editor holds text that could not be written (a full disk)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.widgets import modal


class UnsavedClose:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """True when the person still wants to close. Tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
            "UnsavedClose", "Close Ippo?"), QCoreApplication.translate(
            "UnsavedClose", "Some of what you typed could not be saved, not even as a draft "
            "(the disk may be full). If you close Ippo now, it will be gone. You can stay, "
            "use “Copy my text” to keep it somewhere else, and close afterwards."), parent=parent)
        stay = box.addButton(QCoreApplication.translate("UnsavedClose", "&Stay in Ippo"),
                             QMessageBox.ButtonRole.RejectRole)
        box.addButton(QCoreApplication.translate("UnsavedClose", "Close &anyway"),
                      QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        modal.run(box)
        return box.clickedButton() is not stay
