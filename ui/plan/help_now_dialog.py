""""Need help now": the emergency line, then the person's own safety plan in its order.

The order is the safety plan's (Stanley & Brown 2012; see app/plan/models.py,
CRISIS_KEYS): warning signs, what I can do on my own, people and places that
distract, people to ask for help and professionals (each with how to reach
them), making my surroundings safe, and my reasons for living.

While Ippo is locked the database is closed: the window then shows only the
emergency line and, if the person chose it, their crisis card (both kept
outside the database, see app/plan/crisis_card.py). Ippo contacts no one.
"""

from __future__ import annotations

import weakref
from html import escape

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.plan import crisis_card, service
from app.plan.crisis_card import CrisisCard
from app.plan.models import CRISIS_KEYS, WITH_DETAIL, Plan, PlanItem, section_title
from ui.context import AppContext

PEOPLE_KEYS = ("ask_help", "contacts", "professionals")
# Lets the lock guard know this window shows nothing private while locked: it is
# refreshed (plan hidden, card shown if chosen) instead of being covered.
SHOWN_WHILE_LOCKED = "ippoShownWhileLocked"


class HelpNowDialog(QDialog):
    """A window that stays open beside Ippo (not modal), so it can be kept in view."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setProperty(SHOWN_WHILE_LOCKED, True)
        self.setWindowTitle(self.tr("Need help now"))
        self._build_ui()
        context.data_changed.connect(self._on_context_data_changed)
        self.refresh()

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        col.setSpacing(10)
        self.emergency = QLabel(self)
        self.emergency.setWordWrap(True)
        self.emergency.setProperty("role", "title")
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.emergency)
        self.lines = QLabel(self)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.lines)
        self.no_contact = QLabel(self.tr(
            "Ippo does not call or message anyone, and no one is told that you opened this. "
            "It only shows what you wrote."), self)
        self.no_contact.setWordWrap(True)
        self.no_contact.setProperty("role", "muted")
        col.addWidget(self.no_contact)
        self.calm = QLabel(self)
        self.calm.setWordWrap(True)
        col.addWidget(self.calm)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("My plan for a crisis"))
        self.view.setOpenLinks(False)
        col.addWidget(self.view, 1)
        buttons = QDialogButtonBox(self)
        self.plan_button = QPushButton(self.tr("&Open my plan"), self)
        self.plan_button.clicked.connect(self._on_plan_clicked)
        buttons.addButton(self.plan_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.numbers_button = QPushButton(self.tr("&Add my numbers…"), self)
        self.numbers_button.setAccessibleName(self.tr(
            "Add my emergency number and a crisis line"))
        self.numbers_button.clicked.connect(self._on_numbers_clicked)
        buttons.addButton(self.numbers_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.close)
        col.addWidget(buttons)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 80, m.lineSpacing() * 36)

    # -- contents ---------------------------------------------------------------
    def refresh(self) -> None:
        card = crisis_card.load(self.context.paths.crisis_card)
        locked = self.context.store is None
        self.emergency.setText(self.emergency_text(card))
        self.lines.setText(self.lines_text(card, locked))
        self.lines.setVisible(bool(self.lines.text()))
        self.plan_button.setVisible(not locked)
        self.numbers_button.setVisible(not locked and not card.has_numbers())
        self.calm.setText(self.tr(
            "You do not have to get through this alone. Take one slow breath: in while "
            "counting to four, out while counting to six.") if locked else self.tr(
            "You do not have to get through this alone. Take one slow breath, then go down "
            "your plan one part at a time."))
        if locked:  # the database is closed: only what the person chose for the card
            self.view.setHtml(self.locked_html(card))
        else:
            self.view.setHtml(self.html(service.current_plan(self.context.db)))

    def emergency_text(self, card: CrisisCard) -> str:
        if card.emergency_number:
            return self.tr("If you are in danger, or might hurt yourself, please call {number} "
                           "now.").format(number=card.emergency_number)
        return self.tr("If you are in danger, or might hurt yourself, please call your local "
                       "emergency number now.")

    def lines_text(self, card: CrisisCard, locked: bool) -> str:
        """The crisis line and the text or chat option, as the person wrote them."""
        parts = []
        if card.crisis_line:
            parts.append(self.tr("Crisis line: {line}").format(line=card.crisis_line))
        if card.crisis_text:
            parts.append(self.tr("If calling is too hard, you can write instead: {service}")
                         .format(service=card.crisis_text))
        if not parts and not locked:
            parts.append(self.tr(
                "You can add your local emergency number and a crisis line (one to call, and "
                "one to text or chat with if calling is too hard) in your plan."))
        return "\n".join(parts)

    def html(self, plan: Plan | None) -> str:
        """The plan's parts in the safety plan's order; kind words where parts are empty."""
        parts: list[str] = []
        has_any = plan is not None and any(plan.items(k) for k in CRISIS_KEYS)
        has_people = plan is not None and any(plan.items(k) for k in PEOPLE_KEYS)
        for key in CRISIS_KEYS:
            items = plan.items(key) if plan else []
            if items:
                parts.append(_section(key, items))
            if key == PEOPLE_KEYS[0] and has_any and not has_people:
                parts.append("<p>{}</p>".format(escape(self.tr(
                    "No people are written in your plan yet. If you can, tell someone you "
                    "trust how you feel. When you are ready, you can add people in the plan."))))
        if not parts:
            return "<p>{}</p><p>{}</p><p>{}</p>".format(
                escape(self.tr("Nothing is written in your plan yet, and that is all right.")),
                escape(self.tr("For now: breathe in slowly while counting to four, and out "
                               "while counting to six, a few times. Then do one small, kind "
                               "thing for yourself, like a glass of water or a window "
                               "opened.")),
                escape(self.tr("If you can, tell someone you trust how you feel.")))
        return "".join(parts)

    def locked_html(self, card: CrisisCard) -> str:
        text = card.locked_card()
        if not text:
            return "<p>{}</p><p>{}</p>".format(escape(self.tr(
                "Ippo is locked, so your plan is hidden. You can unlock it to see your own "
                "steps and people.")), escape(self.tr(
                    "If you like, your plan can hold a crisis card that shows here even while "
                    "Ippo is locked.")))
        lines = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
        return "<h4>{}</h4>{}".format(escape(self.tr("My crisis card")), lines)

    def text(self) -> str:
        """Everything the window says, as plain text (for tests and screen readers)."""
        shown = [self.emergency.text()]
        if self.lines.isVisibleTo(self):
            shown.append(self.lines.text())
        shown += [self.no_contact.text(), self.view.toPlainText()]
        return "\n".join(shown)

    # -- slots ------------------------------------------------------------------
    def _on_context_data_changed(self, feature: str) -> None:
        if feature in ("plan", "crisis_card") and self.isVisible():
            self.refresh()

    def _on_plan_clicked(self) -> None:
        self.context.navigate_requested.emit("plan", "what_helps")

    def _on_numbers_clicked(self) -> None:
        self.context.navigate_requested.emit("plan", "crisis_card")

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


def _section(key: str, items: list[PlanItem]) -> str:
    rows = []
    for item in items:
        if key in WITH_DETAIL and item.detail:
            rows.append(f"<li><b>{escape(item.text)}</b> — {escape(item.detail)}</li>")
        else:
            rows.append(f"<li>{escape(item.text)}</li>")
    return f"<h4>{escape(section_title(key))}</h4><ul>{''.join(rows)}</ul>"
