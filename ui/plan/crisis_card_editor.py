"""The plan's "For a crisis" card: the person's own numbers, and an opt-in card
that "Need help now" can show while Ippo is locked.

What is written here is kept outside the encrypted database (app/plan/crisis_card.py)
and the card says so plainly, right above the Save button.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.plan import crisis_card, service
from app.plan.crisis_card import CrisisCard
from app.plan.models import Plan
from app.privacy.files import WriteProblem
from app.validation import FieldErrors
from ui.context import AppContext
from ui.widgets.card import Card
from ui.widgets.field_note import FieldNote
from ui.widgets.form_grid import FormGrid
from ui.widgets.wrapping_check_box import WrappingCheckBox

# What "Start from my plan" copies onto the card, in the safety plan's order.
CARD_KEYS = ("alone", "distract", "ask_help", "contacts", "professionals", "reasons")


class CrisisCardEditor(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("For a crisis: my numbers and my card"), parent)
        self.context = context
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        intro = QLabel(self.tr(
            "Ippo comes with no phone numbers: services change, and they differ from place "
            "to place. Write the ones you trust where you live. “Need help now” (F1) shows "
            "them first. Ippo never calls or messages anyone."), self)
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        grid = FormGrid()
        self.emergency = QLineEdit(self)
        self.crisis_line = QLineEdit(self)
        self.crisis_text = QLineEdit(self)
        for field in (self.emergency, self.crisis_line, self.crisis_text):
            field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
            field.textEdited.connect(self._on_edited)
        grid.add_row(self.tr("My local &emergency number:"), self.emergency)
        grid.add_row(self.tr("A crisis &line to call:"), self.crisis_line)
        grid.add_row(self.tr("If calling is too hard, a &text or chat service:"),
                     self.crisis_text)
        self.body.addLayout(grid)
        self.show_locked = WrappingCheckBox(self.tr(
            "&Show my crisis card in “Need help now” while Ippo is locked"), self)
        self.show_locked.toggled.connect(self._on_show_locked_toggled)
        self.body.addWidget(self.show_locked)
        self.card_text = QPlainTextEdit(self)
        self.card_text.setAccessibleName(self.tr("My crisis card"))
        self.card_text.setPlaceholderText(self.tr(
            "A few lines for a very bad moment: what helps, who to reach and how, why I "
            "keep going."))
        self.card_text.setTabChangesFocus(True)
        self.card_text.setFixedHeight(self.fontMetrics().lineSpacing() * 7)
        self.card_text.textChanged.connect(self._on_edited)
        self.body.addWidget(self.card_text)
        self.from_plan_button = QPushButton(self.tr("Start the card from my &plan"), self)
        self.from_plan_button.clicked.connect(self._on_from_plan_clicked)
        row = QHBoxLayout()
        row.addWidget(self.from_plan_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.readable = QLabel(self.tr(
            "Please note: the numbers above, and the card when it is switched on, are kept "
            "outside your locked notes, so that they can be shown while Ippo is locked. "
            "Anyone using this computer can read them without your passphrase. Write only "
            "what you are comfortable with."), self)
        self.readable.setWordWrap(True)
        self.body.addWidget(self.readable)
        self.note = FieldNote(self)
        self.body.addWidget(self.note)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save my numbers and card"), self)
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        save_row.addWidget(self.status, 1)
        self.body.addLayout(save_row)

    # -- loading and saving ---------------------------------------------------------
    def refresh(self) -> None:
        card = crisis_card.load(self.context.paths.crisis_card)
        for field, value in ((self.emergency, card.emergency_number),
                             (self.crisis_line, card.crisis_line),
                             (self.crisis_text, card.crisis_text)):
            field.setText(value)
        self.card_text.blockSignals(True)
        self.card_text.setPlainText(card.card_text)
        self.card_text.blockSignals(False)
        self.show_locked.setChecked(card.show_when_locked)
        self._on_show_locked_toggled(card.show_when_locked)
        self.note.clear_message()
        self.status.clear()

    def card(self) -> CrisisCard:
        """What the form holds; the card's words only when it is switched on."""
        on = self.show_locked.isChecked()
        return CrisisCard(self.emergency.text(), self.crisis_line.text(),
                          self.crisis_text.text(), on,
                          self.card_text.toPlainText() if on else "")

    def save(self) -> bool:
        self.note.clear_message()
        try:
            crisis_card.save(self.context.paths.crisis_card, self.card())
        except FieldErrors as err:
            self.note.show_message(next(iter(err.messages.values())))
            self.status.setText(self.tr("Not saved yet."))
            return False
        except WriteProblem as problem:
            self.status.setText(problem.user_message())
            return False
        self.status.setText(self.tr("Saved."))
        self.context.notify("crisis_card")
        return True

    def fill_from(self, plan: Plan | None) -> None:
        """Put the plan's lines on the card (the person then trims it)."""
        if plan is None:
            return
        lines = []
        for key in CARD_KEYS:
            for item in plan.items(key):
                lines.append(f"{item.text} — {item.detail}" if item.detail else item.text)
        if lines:
            self.card_text.setPlainText("\n".join(lines))

    # -- slots ------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.status.setText(self.tr("Changes not saved yet."))

    def _on_show_locked_toggled(self, on: bool) -> None:
        self.card_text.setEnabled(on)
        self.from_plan_button.setEnabled(on)

    def _on_from_plan_clicked(self) -> None:
        self.fill_from(service.current_plan(self.context.db))
