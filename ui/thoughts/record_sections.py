"""The fields of a thought record, grouped by step; both editors lay out the same groups."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock, dates
from app.thoughts import traps as trap_service
from app.thoughts.models import Mood, ThoughtRecord
from ui.thoughts.link_picker import LinkPicker
from ui.thoughts.mood_rows import MoodRows
from ui.thoughts.rating_spin import RatingSpin
from ui.thoughts.rerate_rows import RerateRows
from ui.thoughts.thought_rows import ThoughtRows
from ui.thoughts.trap_picker import TrapPicker

if TYPE_CHECKING:
    from sqlite_utils import Database

# Which step shows a FieldErrors key (service field name → guide step id).
FIELD_STEP = {"situation": "situation", "place": "situation", "people": "situation",
              "moods": "moods", "thoughts": "thoughts", "evidence_for": "evidence_for",
              "evidence_against": "evidence_against", "alternative": "alternative",
              "rerate": "rerate", "action": "action", "notes": "action"}


@dataclass
class Section:
    """One group of fields: the widget to place and the field that takes focus first."""

    step_id: str
    widget: QWidget
    focus: list[QWidget] = field(default_factory=list)


def _text(parent: QWidget, name: str, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, so the form works by keyboard alone
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class RecordSections(QObject):
    """Builds every field once and converts between the widgets and a ThoughtRecord."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.parent_widget = parent
        self.sections: dict[str, Section] = {}
        self._build()

    def _build(self) -> None:
        p = self.parent_widget
        box = QWidget(p)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.day = QDateEdit(box)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(dates.edit_format())
        self.day.setMaximumDate(QDate(clock.today()))
        self.place = QLineEdit(box)
        self.people = QLineEdit(box)
        self.situation = _text(box, self.tr("What happened"))
        self.link = LinkPicker(self.db, box)
        form.addRow(self.tr("&When:"), self.day)
        form.addRow(self.tr("Whe&re:"), self.place)
        form.addRow(self.tr("Wh&o was there:"), self.people)
        form.addRow(self.tr("What ha&ppened:"), self.situation)
        form.addRow(self.tr("&Ladder step:"), self.link)
        form.setRowVisible(self.link, self.link.step.count() > 1)
        self.sections["situation"] = Section("situation", box, [self.situation])
        self.moods = MoodRows(p)
        self.sections["moods"] = Section("moods", self.moods, [])
        self.thoughts = ThoughtRows(p)
        self.sections["thoughts"] = Section("thoughts", self.thoughts, [])
        self.traps = TrapPicker(self.thoughts, p)
        self.traps.set_catalogue(trap_service.traps(self.db, include_hidden=True))
        self.sections["traps"] = Section("traps", self.traps, [self.traps.list])
        self.evidence_for = _text(p, self.tr("Evidence for the hot thought"), 5)
        self.sections["evidence_for"] = Section("evidence_for", self.evidence_for,
                                                [self.evidence_for])
        self.evidence_against = _text(p, self.tr("Evidence against the hot thought"), 5)
        self.sections["evidence_against"] = Section("evidence_against", self.evidence_against,
                                                    [self.evidence_against])
        self._build_later_sections()
        for w in (self.place, self.people):
            w.textChanged.connect(self.changed)
        for w in (self.situation, self.evidence_for, self.evidence_against, self.alternative,
                  self.action, self.notes):
            w.textChanged.connect(self.changed)
        for sig in (self.day.dateChanged, self.link.changed, self.moods.changed,
                    self.thoughts.changed, self.alternative_belief.valueChanged,
                    self.rerate.changed, self.hot_after.valueChanged):
            sig.connect(self.changed)
        self.moods.changed.connect(self._on_moods_changed)
        self.rerate.rebuilt.connect(self._on_rerate_rebuilt)

    def _build_later_sections(self) -> None:
        p = self.parent_widget
        box = QWidget(p)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.alternative = _text(box, self.tr("A more balanced thought"), 4)
        self.alternative_belief = RatingSpin(box, " %")
        form.addRow(self.alternative)
        form.addRow(self.tr("How much I &believe it:"), self.alternative_belief)
        self.sections["alternative"] = Section("alternative", box, [self.alternative])
        box = QWidget(p)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.rerate = RerateRows(box)
        column.addWidget(self.rerate)
        hot_form = QFormLayout()
        self.hot_after = RatingSpin(box, " %")
        hot_form.addRow(self.tr("How much I believe the hot thought no&w:"), self.hot_after)
        column.addLayout(hot_form)
        self.sections["rerate"] = Section("rerate", box, [])
        box = QWidget(p)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.action = _text(box, self.tr("What I will do now"), 3)
        self.notes = _text(box, self.tr("Notes"), 3)
        form.addRow(self.tr("What I will &do now:"), self.action)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.sections["action"] = Section("action", box, [self.action])

    def _on_moods_changed(self) -> None:
        self.rerate.set_moods([name for name, _ in self.moods.values()])

    def _on_rerate_rebuilt(self) -> None:
        if self.rerate.spins:
            QWidget.setTabOrder(self.rerate.spins[-1], self.hot_after)

    def focus_widget(self, step_id: str) -> QWidget | None:
        section = self.sections[step_id]
        if section.focus:
            return section.focus[0]
        getter = getattr(section.widget, "first_field", None)
        if step_id == "rerate":
            return self.rerate.first_field() or self.hot_after
        return getter() if getter else None

    # -- record <-> widgets ---------------------------------------------------------
    def load(self, rec: ThoughtRecord) -> None:
        self.day.setDate(QDate(rec.day or clock.today()))
        self.place.setText(rec.place)
        self.people.setText(rec.people)
        self.situation.setPlainText(rec.situation)
        self.link.set_link(rec.step_id, rec.attempt_id)
        self.moods.set_moods(rec.moods)
        self.thoughts.set_thoughts(rec.thoughts)
        self.traps.sync()
        self.evidence_for.setPlainText(rec.evidence_for)
        self.evidence_against.setPlainText(rec.evidence_against)
        self.alternative.setPlainText(rec.alternative)
        self.alternative_belief.set_rating(rec.alternative_belief)
        self.rerate.set_moods([m.name for m in rec.moods], [m.after for m in rec.moods])
        self.hot_after.set_rating(rec.hot_belief_after)
        self.action.setPlainText(rec.action)
        self.notes.setPlainText(rec.notes)

    def record(self, base: ThoughtRecord) -> ThoughtRecord:
        """What the fields hold now, on top of `base` (id, status, mode, step)."""
        afters = self.rerate.values()
        moods = tuple(Mood(name, before, afters[i] if i < len(afters) else None)
                      for i, (name, before) in enumerate(self.moods.values()))
        step_id, attempt_id = self.link.link()
        return ThoughtRecord(
            id=base.id, status=base.status, mode=base.mode, guided_step=base.guided_step,
            day=self.day.date().toPython(), place=self.place.text(), people=self.people.text(),
            situation=self.situation.toPlainText(), moods=moods,
            thoughts=tuple(self.thoughts.values()), evidence_for=self.evidence_for.toPlainText(),
            evidence_against=self.evidence_against.toPlainText(),
            alternative=self.alternative.toPlainText(),
            alternative_belief=self.alternative_belief.rating(),
            hot_belief_after=self.hot_after.rating(), action=self.action.toPlainText(),
            notes=self.notes.toPlainText(), step_id=step_id, attempt_id=attempt_id)
