"""Tag a thought with thinking traps: pick the thought, tick the traps, read what each means."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from app.thoughts.content import Trap
from ui.thoughts.thought_rows import ThoughtRows


class TrapPicker(QWidget):
    def __init__(self, thoughts: ThoughtRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thoughts = thoughts
        self.catalogue: list[Trap] = []
        self._filling = False
        self._build_ui()

    def _build_ui(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.which = QComboBox(self)
        self.which.currentIndexChanged.connect(self._on_which_changed)
        form.addRow(self.tr("T&hought:"), self.which)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Thinking traps"))
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        form.addRow(self.list)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setProperty("role", "muted")
        form.addRow(self.about)

    def set_catalogue(self, traps: list[Trap]) -> None:
        """Traps shown for ticking (hidden ones appear only where already tagged)."""
        self.catalogue = traps
        self.sync()

    def sync(self) -> None:
        """Refresh the thought chooser from the thought rows; the hot one first chosen."""
        self._filling = True
        keep = self.which.currentIndex()
        self.which.clear()
        for i, t in enumerate(self.thoughts.values()):
            text = t.text.strip() or self.tr("(thought {n}, not written yet)").format(n=i + 1)
            if t.is_hot:
                text = self.tr("{thought} — hot thought").format(thought=text)
            self.which.addItem(text, i)
        index = keep if 0 <= keep < self.which.count() else self.thoughts.hot_index()
        self.which.setCurrentIndex(index)
        self._filling = False
        self._fill_list()

    def show_hot(self) -> None:
        self.which.setCurrentIndex(self.thoughts.hot_index())

    def _on_which_changed(self, _index: int) -> None:
        if not self._filling:
            self._fill_list()

    def _fill_list(self) -> None:
        index = self.which.currentData()
        tagged = set(self.thoughts.rows[index].traps) if index is not None else set()
        self._filling = True
        self.list.clear()
        for trap in self.catalogue:
            if trap.hidden and trap.id not in tagged:
                continue
            item = QListWidgetItem(trap.label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, trap.id)
            item.setData(Qt.ItemDataRole.ToolTipRole, trap.explanation)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if trap.id in tagged
                               else Qt.CheckState.Unchecked)
        self._filling = False
        if self.list.count():
            self.list.setCurrentRow(0)

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        index = self.which.currentData()
        if self._filling or index is None:
            return
        chosen = tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole)
                       for i in range(self.list.count())
                       if self.list.item(i).checkState() == Qt.CheckState.Checked)
        self.thoughts.set_traps(index, chosen)

    def _on_list_current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        trap = next((t for t in self.catalogue
                     if item and t.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if trap is None:
            self.about.clear()
        elif trap.example:
            self.about.setText(self.tr("{explanation}\nFor example: {example}").format(
                explanation=trap.explanation, example=trap.example))
        else:
            self.about.setText(trap.explanation)

    def first_field(self) -> QWidget:
        return self.list
