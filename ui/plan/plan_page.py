"""The Plan page: the sections of the relapse-prevention plan, its versions and watchers."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import STORE_ERRORS, SaveFailed, as_save_failed
from app.plan import service
from app.plan.guide import load_guide_or_none
from app.plan.models import WHAT_HELPS, WITH_DETAIL, PlanItem, section_title
from app.validation import FieldErrors
from ui.context import AppContext
from ui.plan.crisis_card_editor import CrisisCardEditor
from ui.plan.guide_dialog import GuideDialog
from ui.plan.plan_html import saved_when
from ui.plan.section_editor import SectionEditor
from ui.plan.versions_dialog import VersionsDialog
from ui.plan.watchers_panel import WatchersPanel
from ui.privacy.clipboard_guard import copy_private
from ui.widgets.card import Card
from ui.widgets.draft_timer import DraftTimer


class PlanPage(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editors: dict[str, SectionEditor] = {}
        self._dirty = False
        self.write_failed = False  # the latest draft or save did not reach the disk
        # Edits are kept as a draft a second after a pause and at least every two seconds.
        self.draft_timer = DraftTimer(self)
        self.draft_timer.due.connect(self.flush)
        self._build_ui()
        self.refresh()

    # -- building ---------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("My plan"))
        inner = QWidget(self)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(24, 20, 24, 20)
        self.column.setSpacing(14)
        self.column.addWidget(self._build_header(inner))
        self.guide_card = self._build_guide_card(inner)
        self.column.addWidget(self.guide_card)
        self.section_cards: dict[str, Card] = {}
        groups = [("signs", self.tr("Noticing early"), ("warning_signs", "triggers")),
                  ("what_helps", self.tr("What helps, in this order"), WHAT_HELPS),
                  ("people", self.tr("People to contact"), ("contacts",)),
                  ("keep", self.tr("What keeps me going"), ("reasons", "practice", "after_slip"))]
        for group, title, keys in groups:
            card = Card(title, inner)
            if group == "what_helps":
                note = QLabel(self.tr("Start with the first part; if it is not enough, go on "
                                      "to the next."), card)
                note.setWordWrap(True)
                note.setProperty("role", "muted")
                card.body.addWidget(note)
            if group == "people":
                note = QLabel(self.tr("Names and how to reach them stay on this computer "
                                      "only."), card)
                note.setWordWrap(True)
                note.setProperty("role", "muted")
                card.body.addWidget(note)
            for key in keys:
                editor = SectionEditor(key, section_title(key), key in WITH_DETAIL, card)
                editor.edited.connect(self._on_editor_edited)
                card.body.addWidget(editor)
                self.editors[key] = editor
            self.section_cards[group] = card
            self.column.addWidget(card)
            if group == "people":
                self.crisis_card = CrisisCardEditor(self.context, inner)
                self.column.addWidget(self.crisis_card)
        self.watchers_panel = WatchersPanel(self.context, inner)
        self.column.addWidget(self.watchers_panel)
        self.column.addStretch(1)
        self.setWidget(inner)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)

    def _build_header(self, parent: QWidget) -> QWidget:
        header = QWidget(parent)
        col = QVBoxLayout(header)
        col.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("My plan for harder days"), header)
        title.setProperty("role", "title")
        col.addWidget(title)
        intro = QLabel(self.tr(
            "Written on a good day, read on a hard one. Slips are normal; this plan helps you "
            "notice them early and find your way back."), header)
        intro.setWordWrap(True)
        col.addWidget(intro)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save my plan"), header)
        self.save_button.setToolTip(self.tr("Save my plan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.versions_button = QPushButton(self.tr("Earlier &versions…"), header)
        self.versions_button.clicked.connect(self._on_versions_clicked)
        row.addWidget(self.save_button)
        row.addWidget(self.versions_button)
        self.copy_button = QPushButton(self.tr("&Copy my text"), header)
        self.copy_button.setToolTip(self.tr("Puts every line of the plan on the clipboard, "
                                            "to keep it somewhere else."))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.copy_button.hide()  # only while the edits could not be written
        row.addWidget(self.copy_button)
        row.addStretch(1)
        col.addLayout(row)
        self.status = QLabel(header)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        col.addWidget(self.status)
        return header

    def _build_guide_card(self, parent: QWidget) -> Card:
        card = Card(self.tr("Start your plan"), parent)
        text = QLabel(self.tr(
            "Your plan is empty. Would you like to fill it in one part at a time, with "
            "examples to choose from?"), card)
        text.setWordWrap(True)
        card.body.addWidget(text)
        self.guide_button = QPushButton(self.tr("Fill it in &step by step…"), card)
        self.guide_button.clicked.connect(self._on_guide_clicked)
        row = QHBoxLayout()
        row.addWidget(self.guide_button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    # -- loading and saving ---------------------------------------------------------
    def refresh(self) -> None:
        if self._dirty:
            return  # keep what the user is typing
        plan = service.current_plan(self.context.db)
        draft = service.draft(self.context.db)
        if draft is not None:
            self._load(draft)
            self._dirty = True
            self.status.setText(self.tr("Your changes from last time are still here; "
                                        "they are not saved yet."))
        else:
            self._load(plan.sections if plan else {})
            self._show_saved_status()
        self.guide_card.setVisible(plan is None or plan.is_empty())
        self.watchers_panel.refresh()

    def _load(self, sections: dict[str, list[PlanItem]]) -> None:
        for key, editor in self.editors.items():
            editor.set_items(list(sections.get(key, [])))

    def sections(self) -> dict[str, list[PlanItem]]:
        return {key: editor.items() for key, editor in self.editors.items()}

    def save(self) -> bool:
        """Save every section as one new version; messages at the sections if not."""
        for editor in self.editors.values():
            editor.note.clear_message()
        try:
            plan = service.save_plan(self.context.db, self.sections(), discard_draft=True)
        except SaveFailed as failed:
            self.flush()  # at least as a draft, if there is room for that
            self.status.setText(failed.user_message())
            return False
        except FieldErrors as err:
            for key, message in err.messages.items():
                if key in self.editors:
                    self.editors[key].show_error(message)
            self.status.setText(self.tr("Not saved yet: please look at the note in the plan."))
            return False
        self.draft_timer.stop()
        self._dirty = False
        self._set_write_failed(False)
        self._load(plan.sections)  # blank lines disappear, as saved
        self.guide_card.setVisible(plan.is_empty())
        self._show_saved_status()
        self.context.notify("plan")
        return True

    def flush(self) -> None:
        """Keep unsaved edits as a draft when leaving the page or closing Ippo."""
        self.draft_timer.stop()
        if self._dirty and self.context.store is not None:
            try:
                service.keep_draft(self.context.db, self.sections())
            except STORE_ERRORS as exc:  # the edits stay in the lists; the next change retries
                self._set_write_failed(True)
                self.status.setText(as_save_failed(exc).user_message())
                return
            self._set_write_failed(False)

    def holds_unsaved_text(self) -> bool:
        """Edits that could be neither saved nor kept as a draft (a full disk)."""
        return self._dirty and self.write_failed

    def focus_start(self) -> QWidget | None:
        return None  # the first field Tab reaches

    def _set_write_failed(self, failed: bool) -> None:
        self.write_failed = failed
        self.copy_button.setVisible(failed)

    def copy_text(self) -> str:
        """Every line of the plan as plain text, under its section's title."""
        parts = []
        for editor in self.editors.values():
            lines = [" — ".join(t for t in (i.text.strip(), i.detail.strip()) if t)
                     for i in editor.items()]
            lines = [line for line in lines if line]
            if lines:
                parts.append("\n".join([editor.title, *lines]))
        return "\n\n".join(parts)

    def _on_copy_clicked(self) -> None:
        copy_private(self.copy_text())

    def _show_saved_status(self) -> None:
        infos = service.versions(self.context.db)
        self.versions_button.setEnabled(bool(infos))
        if not infos:
            self.status.setText(self.tr("Not saved yet."))
            return
        when = saved_when(infos[0].saved_at)
        self.status.setText(self.tr("Saved on {when}. Earlier versions: %n.", "",
                                    len(infos) - 1).format(when=when))

    # -- navigation ---------------------------------------------------------------
    def open_item(self, arg: object) -> None:
        """`"what_helps"`, `"crisis_card"` or a section id: show that part and focus it."""
        self.refresh()
        key = str(arg)
        if key == "crisis_card":
            self.crisis_card.emergency.setFocus()
            QTimer.singleShot(0, lambda: self._scroll_to(self.crisis_card))
            self._scroll_to(self.crisis_card)
            return
        if key == "what_helps":
            target, editor = self.section_cards["what_helps"], self.editors[WHAT_HELPS[0]]
        elif key in self.editors:
            editor = self.editors[key]
            target = editor
        else:
            return
        editor.table.setFocus()
        QTimer.singleShot(0, lambda: self._scroll_to(target))
        self._scroll_to(target)

    def _scroll_to(self, widget: QWidget) -> None:
        top = widget.mapTo(self.widget(), widget.rect().topLeft()).y()
        self.verticalScrollBar().setValue(max(0, top - 12))

    # -- slots ------------------------------------------------------------------------
    def _on_editor_edited(self) -> None:
        self._dirty = True
        if not self.write_failed:  # else the status still says why they cannot be kept
            self.status.setText(self.tr("Changes not saved yet."))
        self.draft_timer.poke()

    def _on_versions_clicked(self) -> None:
        VersionsDialog.ask(self.context.db, self)

    def _on_guide_clicked(self) -> None:
        guide = load_guide_or_none()
        if guide is None:
            self.status.setText(self.tr("The guide could not be loaded; you can still write "
                                        "your plan directly below."))
            return
        result = GuideDialog.ask(guide, self)
        if result is None:
            return
        self._load(result)
        self._dirty = True
        self.save()
