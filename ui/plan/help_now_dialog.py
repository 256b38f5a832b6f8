""""Need help now": the user's own coping steps and contacts, and the local emergency number."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.plan import service
from app.plan.models import WHAT_HELPS, Plan
from ui.context import AppContext
from ui.plan.plan_html import sections_html

CONTACT_KEYS = ("contacts", "ask_help", "professionals")
STEP_KEYS = tuple(k for k in WHAT_HELPS if k not in ("ask_help", "professionals"))


class HelpNowDialog(QDialog):
    """A window that stays open beside Ippo (not modal), so it can be kept in view."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Need help now"))
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        col.setSpacing(10)
        self.emergency = QLabel(self.tr(
            "If you are in danger, or might hurt yourself, please call your local emergency "
            "number now."), self)
        self.emergency.setWordWrap(True)
        self.emergency.setProperty("role", "title")
        col.addWidget(self.emergency)
        calm = QLabel(self.tr(
            "You do not have to get through this alone. Take one slow breath, then choose one "
            "thing below."), self)
        calm.setWordWrap(True)
        col.addWidget(calm)
        row = QHBoxLayout()
        self.steps_view = QTextBrowser(self)
        self.steps_view.setAccessibleName(self.tr("Things that help me"))
        self.people_view = QTextBrowser(self)
        self.people_view.setAccessibleName(self.tr("People I can contact"))
        for view in (self.steps_view, self.people_view):
            view.setOpenLinks(False)
            row.addWidget(view, 1)
        col.addLayout(row, 1)
        buttons = QDialogButtonBox(self)
        self.plan_button = QPushButton(self.tr("&Open my plan"), self)
        self.plan_button.clicked.connect(self._on_plan_clicked)
        buttons.addButton(self.plan_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.close)
        col.addWidget(buttons)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 100, m.lineSpacing() * 30)

    def refresh(self) -> None:
        if self.context.store is None:  # locked: show nothing private, only the reminder
            note = "<p>{}</p>".format(self.tr(
                "Ippo is locked, so your plan is hidden. You can unlock it to see your own "
                "steps and people."))
            self.steps_view.setHtml(note)
            self.people_view.setHtml("")
            return
        steps, people = self.html(service.current_plan(self.context.db))
        self.steps_view.setHtml(steps)
        self.people_view.setHtml(people)

    def html(self, plan: Plan | None) -> tuple[str, str]:
        """The two columns: my own steps, and the people I can contact."""
        steps = sections_html(plan, STEP_KEYS) if plan else ""
        people = sections_html(plan, CONTACT_KEYS) if plan else ""
        if not steps:
            steps = "<p>{}</p><p>{}</p>".format(
                self.tr("No steps are written in your plan yet, and that is all right."),
                self.tr("For now: breathe in slowly while counting to four, and out while "
                        "counting to six, a few times. Then do one small, kind thing for "
                        "yourself, like a glass of water or a window opened."))
        if not people:
            people = "<p>{}</p>".format(self.tr(
                "No people are written in your plan yet. If you can, tell someone you trust "
                "how you feel. When you are ready, you can add people in the plan."))
        return ("<h3>{}</h3>{}".format(self.tr("Things that help me"), steps),
                "<h3>{}</h3>{}".format(self.tr("People I can contact"), people))

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and screen readers)."""
        return "\n".join((self.emergency.text(), self.steps_view.toPlainText(),
                          self.people_view.toPlainText()))

    def _on_plan_clicked(self) -> None:
        self.context.navigate_requested.emit("plan", "what_helps")

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget) -> HelpNowDialog:
        """Show the window (one at a time) without blocking, and return it."""
        # Owned by its parent window (Qt keeps it while open), which also remembers it
        # weakly, so pressing the button again brings back the same window. Closed is
        # deleted: the next one is built afresh, so a changed language or plan shows.
        holder = parent
        kept = getattr(holder, "_help_now_dialog", None)
        dialog = kept() if kept is not None else None
        if dialog is not None and not (shiboken6.isValid(dialog) and dialog.isVisible()):
            dialog = None
        if dialog is None:
            dialog = cls(context, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            holder._help_now_dialog = weakref.ref(dialog)  # type: ignore[attr-defined]
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
