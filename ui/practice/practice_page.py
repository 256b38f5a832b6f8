"""Practice: a list of exercises, lessons, my reasons and the family guide on the left,
the chosen one on the right. Content comes from exercises/<lang>/ through
app.practice.content; a broken exercise is left out (logged), never a crash."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QWidget,
)

from app.practice import content
from app.practice.models import BREATHING, GROUNDING, REHEARSAL, Lesson
from ui.context import AppContext
from ui.practice.breathing import BreathingPanel
from ui.practice.family_guide import FamilyGuidePanel
from ui.practice.grounding import GroundingPanel
from ui.practice.reasons import ReasonsPanel
from ui.practice.rehearsal import RehearsalPanel
from ui.widgets.a11y import name_controls

KEY = Qt.ItemDataRole.UserRole


class _Panels(dict[str, QWidget]):
    """The built panels; asking for one not built yet builds it.

    It reaches the page through a weak reference: a page <-> dict cycle would leave
    the page to Python's collector, which may free it in the middle of Qt's walk
    over every widget (a crash, see issue 13)."""

    def __init__(self, make: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._make_panel = weakref.WeakMethod(make)  # type: ignore[arg-type]

    def __missing__(self, key: str) -> QWidget:
        make = self._make_panel()
        if make is None:
            raise KeyError(key)
        panel = make(key)
        self[key] = panel
        return panel


class LessonPanel(QTextBrowser):
    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.setOpenLinks(False)
        self.setAccessibleName(lesson.title)
        self.setMarkdown(f"# {lesson.title}\n\n{lesson.markdown}")


class PracticePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Panels are built when first shown (or asked for): a page of eighteen built
        # panels made every theme and text-size change restyle hundreds of widgets.
        self._makers: dict[str, Callable[[], QWidget]] = {}
        self.panels = _Panels(self._make)
        self._build_ui()

    def _build_ui(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Exercises and lessons"))
        self.stack = QStackedWidget(self)
        row.addWidget(self.list)
        row.addWidget(self.stack, 1)
        found = content.load_practice()
        self._header(self.tr("Calm and present"))
        for ex in found.of_kind(BREATHING):
            self._add(ex.id, ex.title, partial(BreathingPanel, self.context, ex))
        for ex in found.of_kind(GROUNDING):
            self._add(ex.id, ex.title, partial(GroundingPanel, self.context, ex))
        rehearsals = found.of_kind(REHEARSAL)
        if rehearsals:
            self._header(self.tr("Rehearse a conversation"))
        for ex in rehearsals:
            self._add(ex.id, ex.title, partial(RehearsalPanel, self.context, ex))
        lessons = content.lessons()
        if lessons:
            self._header(self.tr("Short lessons"))
        for lesson in lessons:
            self._add(lesson.id, lesson.title, partial(LessonPanel, lesson))
        self._header(self.tr("For me and those around me"))
        if found.reasons is not None:
            self._add("reasons", self.tr("My reasons"),
                      partial(ReasonsPanel, self.context, found.reasons))
        self._add("family_guide", self.tr("For family and supporters"),
                  partial(FamilyGuidePanel, self.context))
        self.list.currentRowChanged.connect(self._on_row_changed)
        # Long titles wrap inside the list rather than scroll it sideways at large text.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_list()
        first = next(i for i in range(self.list.count())
                     if self.list.item(i).data(KEY) is not None)
        self.list.setCurrentRow(first)

    def _fit_list(self) -> None:
        width = self.list.fontMetrics().averageCharWidth()
        self.list.setFixedWidth(max(160, min(self.list.sizeHintForColumn(0) + 40, width * 34)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_list()
        super().changeEvent(event)

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _add(self, key: str, title: str, make: Callable[[], QWidget]) -> None:
        item = QListWidgetItem(title)
        item.setData(KEY, key)
        self.list.addItem(item)
        self._makers[key] = make
        self.stack.addWidget(QWidget(self.stack))  # replaced when first shown

    def _make(self, key: str) -> QWidget:
        panel = self._makers[key]()
        shown: QWidget = panel
        if not isinstance(panel, QTextBrowser):
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(panel)
            shown = scroll
        index = list(self._makers).index(key)
        old = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, shown)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.setCurrentIndex(current)
        name_controls(shown)
        return panel

    def keys(self) -> list[str]:
        return list(self._makers)

    def show_panel(self, key: str) -> QWidget:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY) == key:
                self.list.setCurrentRow(i)
        return self.panels[key]

    def current_panel(self) -> QWidget:
        return self.panels[self.list.currentItem().data(KEY)]

    def _on_row_changed(self, row: int) -> None:
        item = self.list.item(row)
        if item is None or item.data(KEY) is None:
            return
        self.panels[item.data(KEY)]  # built now if this is its first visit
        self.stack.setCurrentIndex(list(self._makers).index(item.data(KEY)))

    # -- what the shell calls ------------------------------------------------------------
    def refresh(self) -> None:
        reasons = self.panels.get("reasons")
        if isinstance(reasons, ReasonsPanel) and not reasons.dirty:
            reasons.load()

    def flush(self) -> None:
        for panel in self.panels.values():
            flush = getattr(panel, "flush", None)
            if callable(flush):
                flush()

    def open_item(self, arg: object) -> None:
        if isinstance(arg, str) and arg in self._makers:
            self.show_panel(arg)
        self.refresh()

    def holds_unsaved_text(self) -> bool:
        return any(getattr(p, "holds_unsaved_text", lambda: False)()
                   for p in self.panels.values())

    def focus_start(self) -> QWidget | None:
        return self.list
