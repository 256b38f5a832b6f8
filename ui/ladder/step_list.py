"""The steps of a ladder, easiest first; reorder by dragging or with Alt+Up / Alt+Down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from app.ladder.models import Step


class StepList(QListWidget):
    """Emits `order_changed(list of step ids)` after a drag or a keyboard move."""

    order_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.model().rowsMoved.connect(self._on_model_rows_moved)

    def show_steps(self, steps: list[Step], current_id: int | None,
                   selected_id: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        for i, step in enumerate(steps, 1):
            if step.id == current_id:
                text = self.tr("{n}. {title} — working on it now").format(n=i, title=step.title)
            else:
                text = self.tr("{n}. {title}").format(n=i, title=step.title)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            if step.id == current_id:
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
        ids = [s.id for s in steps]
        if ids:
            chosen = selected_id if selected_id in ids else (current_id or ids[0])
            self.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
        self.blockSignals(False)

    def step_ids(self) -> list[int]:
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())]

    def selected_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def move_selected(self, delta: int) -> None:
        row = self.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.count():
            return
        self.blockSignals(True)
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.blockSignals(False)
        self.order_changed.emit(self.step_ids())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_model_rows_moved(self, *_args: object) -> None:
        if not self.signalsBlocked():
            self.order_changed.emit(self.step_ids())
