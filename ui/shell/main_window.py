"""The main window: a sidebar, a stack of pages built on first visit, and nothing more."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
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
from ui.shell.page import Page, as_widget
from ui.widgets.a11y import name_controls

PageFactory = Callable[[AppContext, QWidget], Page]


# Each factory imports its page only when it is first visited, so start-up loads no
# feature code (the window appears before any page module is read).
def _today(context: AppContext, parent: QWidget) -> Page:
    from ui.today.today_page import TodayPage  # lazy: first visit

    return TodayPage(context, parent)


def _ladder(context: AppContext, parent: QWidget) -> Page:
    from ui.ladder.ladder_page import LadderPage  # lazy: first visit

    return LadderPage(context, parent)


def _diary(context: AppContext, parent: QWidget) -> Page:
    from ui.diary.diary_page import DiaryPage  # lazy: first visit

    return DiaryPage(context, parent)


def _thoughts(context: AppContext, parent: QWidget) -> Page:
    from ui.thoughts.thoughts_page import ThoughtsPage  # lazy: first visit

    return ThoughtsPage(context, parent)


def _plan(context: AppContext, parent: QWidget) -> Page:
    from ui.plan.plan_page import PlanPage  # lazy: first visit

    return PlanPage(context, parent)


def _practice(context: AppContext, parent: QWidget) -> Page:
    from ui.practice.practice_page import PracticePage  # lazy: first visit

    return PracticePage(context, parent)


def _routine(context: AppContext, parent: QWidget) -> Page:
    from ui.routine.routine_page import RoutinePage  # lazy: first visit

    return RoutinePage(context, parent)


def _progress(context: AppContext, parent: QWidget) -> Page:
    from ui.progress.progress_page import ProgressPage  # lazy: first visit

    return ProgressPage(context, parent)


def _settings(context: AppContext, parent: QWidget) -> Page:
    from ui.settings.settings_page import SettingsPage  # lazy: first visit

    return SettingsPage(context, parent)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text, translated when shown
    build: PageFactory


PAGES = [
    PageSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), _today),
    PageSpec("ladder", QT_TRANSLATE_NOOP("MainWindow", "Ladder"), _ladder),
    PageSpec("diary", QT_TRANSLATE_NOOP("MainWindow", "Diary"), _diary),
    PageSpec("thoughts", QT_TRANSLATE_NOOP("MainWindow", "Thoughts"), _thoughts),
    PageSpec("plan", QT_TRANSLATE_NOOP("MainWindow", "Plan"), _plan),
    PageSpec("practice", QT_TRANSLATE_NOOP("MainWindow", "Practice"), _practice),
    PageSpec("routine", QT_TRANSLATE_NOOP("MainWindow", "My days"), _routine),
    PageSpec("progress", QT_TRANSLATE_NOOP("MainWindow", "Progress"), _progress),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), _settings),
]


class BrokenPage(QLabel):
    """Shown in place of a page that could not be built; it does nothing else."""

    def refresh(self) -> None:
        """Nothing to show but the note."""

    def flush(self) -> None:
        """Nothing to save."""

    def open_item(self, arg: object) -> None:
        """Nothing to open."""

    def holds_unsaved_text(self) -> bool:
        return False

    def focus_start(self) -> QWidget | None:
        return None


def first_focusable(widget: QWidget) -> QWidget | None:
    """The first widget inside `widget` that Tab would reach, or None."""
    # lazy: only on this path (start-up stays lean) (only when asked: start-up stays lean)
    from PySide6.QtCore import Qt

    w = widget.nextInFocusChain()
    while w is not None and w is not widget:
        if (widget.isAncestorOf(w) and w.isVisibleTo(widget) and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return w
        w = w.nextInFocusChain()
    return None


def close_dialogs_of(owners: list[QWidget]) -> list[QDialog]:
    """Close every open dialog opened from one of `owners` (a page, or a widget in it):
    its draft is kept first, then it is rejected, so a modal `exec()` returns and
    Qt deletes it. Such dialogs use the store through the page that opened them (or
    hold it themselves), so none may outlive the store being closed or the page."""
    from ui.widgets.draft_timer import DraftTimer  # lazy: only on lock or a language change

    closed = []
    for top in QApplication.topLevelWidgets():
        if not isinstance(top, QDialog) or not top.isVisible():
            continue
        if top.property("ippoShownWhileLocked"):
            continue  # "Need help now" stays usable while locked and hides the plan itself
        owner = top.parentWidget()
        while owner is not None and owner not in owners:
            owner = owner.parentWidget()
        if owner is None:
            continue
        for timer in top.findChildren(DraftTimer):
            timer.flush()  # what was typed is kept as a draft before the dialog goes
        top.reject()
        closed.append(top)
    return closed


class MainWindow(QMainWindow):
    """Navigation only. Pages are imported and built when first shown."""

    page_shown = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._pages: dict[str, Page] = {}
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
        return as_widget(self._page(key))

    def _page(self, key: str) -> Page:
        if key not in self._pages:
            index = [s.key for s in PAGES].index(key)
            page = self._create_page(PAGES[index])
            old = self.stack.widget(index)
            self.stack.insertWidget(index, as_widget(page))
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def _create_page(self, spec: PageSpec) -> Page:
        try:
            return spec.build(self.context, self.stack)
        except Exception as exc:  # a broken page must not take the whole window down
            import logging  # lazy: only on this rare path (start-up stays lean)

            from PySide6.QtCore import Qt  # lazy: only on this rare path (start-up stays lean)

            from app.tracebacks import describe  # lazy: only on this rare path

            # Type and frames only: the message may quote what the person typed.
            logging.getLogger(__name__).error(
                "page %s could not be built: %s", spec.key, describe(exc))
            label = BrokenPage(self.tr("This page could not be opened. Your data is safe."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

    def built(self) -> list[Page]:
        """The pages built so far (the lock flushes and drops them)."""
        return list(self._pages.values())

    def show_page(self, key: str, arg: object = None) -> QWidget:
        if self.context.store is None:  # still opening, or locked: nothing to show yet
            return self.stack.currentWidget()
        index = [s.key for s in PAGES].index(key)
        page = self._page(key)
        widget = as_widget(page)
        if self.sidebar.currentRow() != index:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(index)
            self.sidebar.blockSignals(False)
        current = self._shown_page()
        if current is not None and current is not page:
            current.flush()
        self.stack.setCurrentIndex(index)
        name_controls(widget)
        if arg is not None:
            page.open_item(arg)
        else:
            page.refresh()
        self.page_shown.emit(key)
        return widget

    def _shown_page(self) -> Page | None:
        return self._pages.get(PAGES[self.stack.currentIndex()].key)

    def holds_unsaved_text(self) -> bool:
        """True while a page holds typing that could be neither saved nor kept as a draft."""
        return any(p.holds_unsaved_text() for p in self._pages.values())

    def go_to_page(self, key: str) -> QWidget:
        """Show a page from the keyboard (Ctrl+1…9) and put the focus inside it, so
        typing goes to the page and not to the side bar."""
        widget = self.show_page(key)
        page = self._pages.get(key)
        target = page.focus_start() if page is not None else None
        if target is None:
            target = first_focusable(widget)
        if target is not None:
            from PySide6.QtCore import Qt  # lazy: only on this path (start-up stays lean)

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
        # lazy: only on this path (start-up stays lean)
        from ui.plan.help_now_dialog import HelpNowDialog

        HelpNowDialog.ask(self.context, self)

    def _on_context_navigate_requested(self, key: str, arg: object) -> None:
        self.show_page(key, arg)

    def rebuild_pages(self) -> None:
        """Drop every built page (after a language change) and rebuild the visible one."""
        current = self.current_key()
        self.drop_pages()
        self._retranslate()
        self.show_page(current)

    def drop_pages(self) -> None:
        """Save (or keep as drafts) what every built page holds, then destroy the pages
        and the dialogs opened from them: no entry text stays in a widget, and nothing
        built with the store outlives it. The next visit builds each page again."""
        for page in self._pages.values():
            page.flush()
        close_dialogs_of([as_widget(p) for p in self._pages.values()])
        shown = self.stack.currentIndex()
        for key, page in list(self._pages.items()):
            widget = as_widget(page)
            index = [s.key for s in PAGES].index(key)
            self.stack.insertWidget(index, QWidget(self.stack))
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self.stack.setCurrentIndex(shown)

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
        if self.context.replacing_store:
            event.ignore()  # a restore is swapping the data file; it ends in a moment
            return
        for page in self._pages.values():
            page.flush()
        if self.holds_unsaved_text():
            # lazy: only on this path (start-up stays lean) (only on this rare path)
            from ui.shell.unsaved_close import UnsavedClose

            if not UnsavedClose.ask(self):
                event.ignore()  # stay open: the text is still in its form
                return
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.update_settings(window_geometry=geometry)
        super().closeEvent(event)
