"""The main window: a sidebar, a stack of pages built on first visit, and nothing more."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.widgets.a11y import name_controls


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text, translated when shown
    module: str
    cls: str


PAGES = [
    PageSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"),
             "ui.today.today_page", "TodayPage"),
    PageSpec("ladder", QT_TRANSLATE_NOOP("MainWindow", "Ladder"),
             "ui.ladder.ladder_page", "LadderPage"),
    PageSpec("diary", QT_TRANSLATE_NOOP("MainWindow", "Diary"),
             "ui.diary.diary_page", "DiaryPage"),
    PageSpec("thoughts", QT_TRANSLATE_NOOP("MainWindow", "Thoughts"),
             "ui.thoughts.thoughts_page", "ThoughtsPage"),
    PageSpec("plan", QT_TRANSLATE_NOOP("MainWindow", "Plan"),
             "ui.plan.plan_page", "PlanPage"),
    PageSpec("practice", QT_TRANSLATE_NOOP("MainWindow", "Practice"),
             "ui.practice.practice_page", "PracticePage"),
    PageSpec("progress", QT_TRANSLATE_NOOP("MainWindow", "Progress"),
             "ui.progress.progress_page", "ProgressPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"),
             "ui.settings.settings_page", "SettingsPage"),
]


def first_focusable(widget: QWidget) -> QWidget | None:
    """The first widget inside `widget` that Tab would reach, or None."""
    from PySide6.QtCore import Qt  # only when asked: start-up stays lean

    w = widget.nextInFocusChain()
    while w is not None and w is not widget:
        if (widget.isAncestorOf(w) and w.isVisibleTo(widget) and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return w
        w = w.nextInFocusChain()
    return None


class MainWindow(QMainWindow):
    """Navigation only. Pages are imported and built when first shown."""

    page_shown = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._pages: dict[str, QWidget] = {}
        self._build_ui()
        self._restore_geometry()
        context.settings_changed.connect(self._update_title)
        context.navigate_requested.connect(self._on_context_navigate_requested)
        if context.store is not None:
            self.show_page("today")

    def _build_ui(self) -> None:
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = self.side = QWidget(central)
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget(side)
        self.sidebar.setObjectName("Sidebar")
        for _ in PAGES:
            self.sidebar.addItem(QListWidgetItem())  # row i is PAGES[i]
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        side_col.addWidget(self.sidebar, 1)
        self.sidebar_footer = QVBoxLayout()
        self.sidebar_footer.setContentsMargins(8, 8, 8, 12)
        side_col.addLayout(self.sidebar_footer)
        # "Need help now" is one click (or F1) from every page; the plan owns the dialog.
        self.help_button = QPushButton(side)
        self.help_button.clicked.connect(self._on_help_requested)
        self.sidebar_footer.addWidget(self.help_button)
        help_key = QShortcut(QKeySequence("F1"), self)
        help_key.activated.connect(self._on_help_requested)
        row.addWidget(side)
        self.stack = QStackedWidget(central)
        for _ in PAGES:
            self.stack.addWidget(QWidget(self.stack))  # replaced when first visited
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for i, spec in enumerate(PAGES):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda key=spec.key: self.go_to_page(key))
        self._retranslate()

    def _retranslate(self) -> None:
        self.sidebar.setAccessibleName(self.tr("Sections"))
        for i, spec in enumerate(PAGES):
            text = QCoreApplication.translate("MainWindow", spec.title)
            self.sidebar.item(i).setText(text)
            self.sidebar.item(i).setToolTip(self.tr("{page} (Ctrl+{n})").format(page=text, n=i + 1))
        self.help_button.setText(self.tr("Need help now"))
        self.help_button.setToolTip(self.tr("Need help now (F1)"))
        self.fit_sidebar()
        self._update_title()

    def fit_sidebar(self) -> None:
        """As wide as the longest label or button needs at this text size, no wider."""
        footer = self.sidebar_footer
        buttons = [footer.itemAt(i).widget() for i in range(footer.count())]
        widest = max((b.sizeHint().width() for b in buttons if b is not None), default=0)
        self.side.setFixedWidth(max(self.sidebar.sizeHintForColumn(0) + 56, widest + 32))

    def _update_title(self) -> None:
        neutral = self.context.settings.neutral_title
        self.setWindowTitle(self.tr("Notes") if neutral else self.tr("Ippo"))

    # -- pages ---------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if this is its first visit."""
        if key not in self._pages:
            index = [s.key for s in PAGES].index(key)
            widget = self._create_page(PAGES[index])
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = widget
        return self._pages[key]

    def _create_page(self, spec: PageSpec) -> QWidget:
        try:
            module = importlib.import_module(spec.module)
            return getattr(module, spec.cls)(self.context, self.stack)  # type: ignore[no-any-return]
        except Exception:  # a broken page must not take the whole window down
            import logging  # only on this rare path: start-up stays lean

            logging.getLogger(__name__).exception("page %s could not be built", spec.key)
            label = QLabel(self.tr("This page could not be opened. Your data is safe."))
            from PySide6.QtCore import Qt

            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

    def show_page(self, key: str, arg: object = None) -> QWidget:
        if self.context.store is None:  # still opening, or locked: nothing to show yet
            return self.stack.currentWidget()
        index = [s.key for s in PAGES].index(key)
        widget = self.page(key)
        if self.sidebar.currentRow() != index:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(index)
            self.sidebar.blockSignals(False)
        current = self.stack.currentWidget()
        if current is not widget and hasattr(current, "flush"):
            current.flush()
        self.stack.setCurrentIndex(index)
        name_controls(widget)
        if arg is not None and hasattr(widget, "open_item"):
            widget.open_item(arg)
        elif hasattr(widget, "refresh"):
            widget.refresh()
        self.page_shown.emit(key)
        return widget

    def holds_unsaved_text(self) -> bool:
        """True while a page holds typing that could be neither saved nor kept as a draft."""
        return any(getattr(w, "holds_unsaved_text", lambda: False)()
                   for w in self._pages.values())

    def go_to_page(self, key: str) -> QWidget:
        """Show a page from the keyboard (Ctrl+1…7) and put the focus inside it, so
        typing goes to the page and not to the side bar."""
        widget = self.show_page(key)
        start = getattr(widget, "focus_start", None)
        target = start() if callable(start) else None
        if not isinstance(target, QWidget):
            target = first_focusable(widget)
        if target is not None:
            from PySide6.QtCore import Qt

            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return widget

    def built_pages(self) -> list[str]:
        return list(self._pages)

    def current_key(self) -> str:
        return PAGES[self.stack.currentIndex()].key

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_page(PAGES[row].key)

    def _on_help_requested(self) -> None:
        self.show_help_now()

    def show_help_now(self) -> None:
        """"Need help now": also reachable from the lock screen (shows only what may be shown)."""
        from ui.plan.help_now_dialog import HelpNowDialog

        HelpNowDialog.ask(self.context, self)

    def _on_context_navigate_requested(self, key: str, arg: object) -> None:
        self.show_page(key, arg)

    def rebuild_pages(self) -> None:
        """Drop every built page (after a language change) and rebuild the visible one."""
        current = self.current_key()
        for key, widget in list(self._pages.items()):
            if hasattr(widget, "flush"):
                widget.flush()
            index = [s.key for s in PAGES].index(key)
            self.stack.insertWidget(index, QWidget(self.stack))
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self._retranslate()
        self.show_page(current)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- geometry ------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.context.settings.window_geometry
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(1100, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for widget in self._pages.values():
            if hasattr(widget, "flush"):
                widget.flush()
        if self.holds_unsaved_text():
            from ui.shell.unsaved_close import UnsavedClose  # only on this rare path

            if not UnsavedClose.ask(self):
                event.ignore()  # stay open: the text is still in its form
                return
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.update_settings(window_geometry=geometry)
        super().closeEvent(event)
