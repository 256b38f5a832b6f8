"""The Ladder page: choose a ladder, arrange its steps, log attempts, move up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import STORE_ERRORS, SaveFailed
from app.ladder import service as sv
from app.ladder.guide import guide
from app.ladder.inputs import AttemptInput, StepInput
from app.ladder.models import Attempt, Ladder, Step
from app.ladder.progress import was_hard
from app.ladder.templates import load_templates
from app.text import quotable
from ui.context import AppContext
from ui.ladder.attempt_dialog import AttemptDialog
from ui.ladder.confirm import Confirm
from ui.ladder.goal_dialog import GoalDialog
from ui.ladder.new_ladder_dialog import NewLadderDialog
from ui.ladder.step_dialog import StepDialog
from ui.ladder.step_list import StepList
from ui.ladder.step_panel import StepPanel
from ui.widgets.flow_layout import ButtonRow


class LadderPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ladder: Ladder | None = None
        self.steps: list[Step] = []
        self._build_ui()
        self.refresh()

    # -- building ----------------------------------------------------------------
    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 16, 20, 16)
        top = QFormLayout()
        self.ladder_combo = QComboBox(self)
        self.ladder_combo.activated.connect(self._on_ladder_combo_activated)
        top.addRow(self.tr("L&adder:"), self.ladder_combo)
        col.addLayout(top)
        # One row that wraps when it gets narrow, so 200 % text still fits.
        grid = ButtonRow(self)
        self.new_button = self._button(self.tr("&New ladder…"), self._on_new_clicked)
        self.rename_button = self._button(self.tr("Re&name…"), self._on_rename_clicked)
        self.current_button = self._button(self.tr("Show on &Today"), self._on_current_clicked)
        self.archive_button = self._button(self.tr("Arc&hive"), self._on_archive_clicked)
        self.delete_button = self._button(self.tr("Delete ladder…"), self._on_delete_clicked)
        grid.add(self.new_button, self.rename_button, self.current_button, self.archive_button,
                 self.delete_button)
        col.addWidget(grid)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setProperty("role", "note")
        self.banner.hide()
        col.addWidget(self.banner)
        split = QSplitter(self)
        split.addWidget(self._build_steps_side(split))
        self.scroll = scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        self.panel = StepPanel(scroll)
        scroll.setWidget(self.panel)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        self.empty = QLabel(self.tr(
            "A ladder breaks something you would like to do into small steps, easiest "
            "first. Press “New ladder” to start from a template or from scratch."), self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        col.addWidget(self.empty)
        col.addWidget(split, 1)
        col.addStretch(0)  # takes the room only while there is no ladder to show
        self.split = split
        self.panel.log_requested.connect(self._on_panel_log_requested)
        self.panel.edit_attempt_requested.connect(self._on_panel_edit_attempt)
        self.panel.delete_attempt_requested.connect(self._on_panel_delete_attempt)
        self.panel.move_requested.connect(self._on_panel_move_requested)
        self.panel.skip_requested.connect(self._on_panel_skip_requested)
        self.panel.repeat_chosen.connect(self._on_panel_repeat_chosen)
        self.panel.timer.stopped.connect(self._on_timer_stopped)

    def _build_steps_side(self, parent: QWidget) -> QWidget:
        side = QWidget(parent)
        col = QVBoxLayout(side)
        col.setContentsMargins(0, 0, 8, 0)
        label = QLabel(self.tr("&Steps, easiest first:"), side)
        self.step_list = StepList(side)
        self.step_list.setAccessibleName(self.tr("Steps, easiest first"))
        self.step_list.setAccessibleDescription(self.tr(
            "Drag a step, or press Alt+Up or Alt+Down, to change the order."))
        label.setBuddy(self.step_list)
        self.step_list.currentRowChanged.connect(self._on_step_list_row_changed)
        self.step_list.order_changed.connect(self._on_step_list_order_changed)
        hint = QLabel(self.tr("Drag a step, or press Alt+Up / Alt+Down, to change the order."),
                      side)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        col.addWidget(label)
        col.addWidget(self.step_list, 1)
        col.addWidget(hint)
        grid = ButtonRow(side)
        self.add_step_button = self._button(self.tr("Add s&tep…"), self._on_add_step_clicked)
        self.edit_step_button = self._button(self.tr("Ed&it step…"), self._on_edit_step_clicked)
        self.delete_step_button = self._button(self.tr("Delete step…"),
                                               self._on_delete_step_clicked)
        self.up_button = self._button(self.tr("Move earlier"),
                                      lambda: self.step_list.move_selected(-1))
        self.down_button = self._button(self.tr("Move later"),
                                        lambda: self.step_list.move_selected(1))
        grid.add(self.add_step_button, self.edit_step_button, self.up_button, self.down_button,
                 self.delete_step_button)
        col.addWidget(grid)
        return side

    def _button(self, text: str, slot: object, row: QHBoxLayout | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        if row is not None:
            row.addWidget(button)
        return button

    # -- showing -----------------------------------------------------------------
    def refresh(self) -> None:
        db = self.context.db
        ladders = sv.list_ladders(db, include_archived=True)
        keep = self.ladder.id if self.ladder else None
        if keep not in [x.id for x in ladders]:
            current = sv.current_ladder(db)
            keep = current.id if current else (ladders[0].id if ladders else None)
        self.ladder_combo.clear()
        for ladder in ladders:
            if ladder.archived:
                text = self.tr("{goal} (archived)").format(goal=ladder.goal)
            elif ladder.is_current:
                text = self.tr("{goal} (on Today)").format(goal=ladder.goal)
            else:
                text = ladder.goal
            self.ladder_combo.addItem(text, ladder.id)
        self.ladder = next((x for x in ladders if x.id == keep), None)
        if self.ladder:
            self.ladder_combo.setCurrentIndex(self.ladder_combo.findData(self.ladder.id))
        self._show_ladder()

    def _show_ladder(self, selected: int | None = None) -> None:
        has = self.ladder is not None
        for b in (self.rename_button, self.current_button, self.archive_button,
                  self.delete_button, self.add_step_button):
            b.setEnabled(has)
        if self.ladder is None:
            self.steps = []
            self.step_list.show_steps([], None, None)
            self.panel.show_step(self.context.db, 0, None, False, True, True)
            self._update_step_buttons()
            self.empty.show()
            self.split.hide()
            return
        self.empty.hide()
        self.split.show()
        self.archive_button.setText(self.tr("Bring &back") if self.ladder.archived
                                    else self.tr("Arc&hive"))
        self.current_button.setEnabled(not self.ladder.is_current)
        self.steps = sv.steps(self.context.db, self.ladder.id)
        current = sv.current_step(self.context.db, self.ladder.id)
        keep = selected if selected is not None else self.step_list.selected_id()
        if keep not in [s.id for s in self.steps]:
            keep = current.id if current else None
        self.step_list.show_steps(self.steps, current.id if current else None, keep)
        self._show_selected()

    def _show_selected(self) -> None:
        step_id = self.step_list.selected_id()
        step = next((s for s in self.steps if s.id == step_id), None)
        current = sv.current_step(self.context.db, self.ladder.id) if self.ladder else None
        ids = [s.id for s in self.steps]
        self.panel.show_step(self.context.db, self.ladder.id if self.ladder else 0, step,
                             bool(step and current and step.id == current.id),
                             bool(step and ids and step.id == ids[-1]),
                             bool(step and ids and step.id == ids[0]))
        self._update_step_buttons()

    def _update_step_buttons(self) -> None:
        row, n = self.step_list.currentRow(), self.step_list.count()
        for b in (self.edit_step_button, self.delete_step_button):
            b.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)

    def selected_step(self) -> Step | None:
        step_id = self.step_list.selected_id()
        return next((s for s in self.steps if s.id == step_id), None)

    def _changed(self, selected: int | None = None) -> None:
        self.context.notify("ladder")
        self.refresh() if selected is None else self._show_ladder(selected)

    # -- navigation from Today -------------------------------------------------------
    def open_item(self, arg: object) -> None:
        """{"log_attempt": True} or {"start_timer": True}: on the current step."""
        self.ladder = None
        self.refresh()
        current = sv.current_step(self.context.db, self.ladder.id) if self.ladder else None
        if current is None or not isinstance(arg, dict):
            return
        self._show_ladder(current.id)
        if arg.get("start_timer"):
            self.panel.timer.start()
            self.scroll.ensureWidgetVisible(self.panel.timer)
        elif arg.get("log_attempt"):
            self._on_panel_log_requested()

    def flush(self) -> None:
        """Nothing to save on leaving; the timer keeps running in the background."""

    def holds_unsaved_text(self) -> bool:
        """The ladder's forms are dialogs, which keep their own drafts."""
        return False

    def focus_start(self) -> QWidget | None:
        return None  # the first field Tab reaches: the ladder chooser

    # -- ladders -----------------------------------------------------------------
    def _on_ladder_combo_activated(self, index: int) -> None:
        ladder_id = self.ladder_combo.itemData(index)
        self.ladder = sv.get_ladder(self.context.db, ladder_id)
        self.banner.hide()
        self._show_ladder()

    def _on_new_clicked(self) -> None:
        created: list[Ladder] = []

        def save(goal: str, steps: list[StepInput], template: str) -> None:
            created.append(sv.create_ladder(self.context.db, goal, steps, template))

        if NewLadderDialog.ask(self, load_templates(), save) and created:
            self.ladder = created[0]
            self._changed()

    def _on_rename_clicked(self) -> None:
        if self.ladder and GoalDialog.ask(
                self, self.ladder.goal,
                lambda goal: sv.rename_ladder(self.context.db, self.ladder.id, goal)):
            self._changed()

    def _on_current_clicked(self) -> None:
        ladder = self.ladder
        if ladder and self._wrote(lambda: sv.set_current_ladder(self.context.db, ladder.id)):
            self.ladder = sv.get_ladder(self.context.db, self.ladder.id)
            self._changed()

    def _on_archive_clicked(self) -> None:
        ladder = self.ladder
        if ladder and self._wrote(
                lambda: sv.archive_ladder(self.context.db, ladder.id, not ladder.archived)):
            self.ladder = sv.get_ladder(self.context.db, self.ladder.id)
            self._changed()

    def _on_delete_clicked(self) -> None:
        if self.ladder and Confirm.ask(self, self.tr("Delete ladder"), self.tr(
                "Delete the ladder “{goal}” with all its steps and attempts? "
                "This cannot be undone. (Archive keeps it out of sight instead.)").format(
                goal=self.ladder.goal)):
            ladder = self.ladder
            if not self._wrote(lambda: sv.delete_ladder(self.context.db, ladder.id)):
                return
            self.ladder = None
            self._changed()

    # -- steps -------------------------------------------------------------------
    def _on_step_list_row_changed(self, _row: int) -> None:
        self._show_selected()

    def _on_step_list_order_changed(self, ids: list) -> None:
        ladder = self.ladder
        if ladder:
            self._wrote(lambda: sv.reorder_steps(self.context.db, ladder.id, [int(i) for i in ids]))
            self._changed(self.step_list.selected_id())  # shows the order as stored

    def _on_add_step_clicked(self) -> None:
        if self.ladder is None:
            return
        added: list[Step] = []
        ladder_id = self.ladder.id
        if StepDialog.ask(self, None, lambda s: added.append(
                sv.add_step_in_order(self.context.db, ladder_id, s))) and added:
            self._changed(added[0].id)

    def _on_edit_step_clicked(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        initial = StepInput(step.title, step.target_minutes, step.predicted_suds, step.note)
        if StepDialog.ask(self, initial, lambda s: sv.update_step(self.context.db, step.id, s)):
            self._changed(step.id)

    def _on_delete_step_clicked(self) -> None:
        step = self.selected_step()
        if step and Confirm.ask(self, self.tr("Delete step"), self.tr(
                "Delete the step “{title}” and its attempts? This cannot be undone.").format(
                title=step.title)):
            if self._wrote(lambda: sv.delete_step(self.context.db, step.id)):
                self._changed()

    # -- attempts and moving up -----------------------------------------------------------
    def _on_panel_log_requested(self, started: datetime | None = None,
                                ended: datetime | None = None) -> None:
        step = self.selected_step()
        if step is None:
            return
        initial = AttemptInput(
            started_at=started or clock.now(), ended_at=ended,
            planned_minutes=step.target_minutes,
            actual_minutes=_minutes(started, ended) if started and ended else None)
        logged: list[Attempt] = []
        ref = sv.new_attempt_ref(step.id)
        if self._ask_attempt(step, initial, ref, lambda a: logged.append(
                sv.log_attempt(self.context.db, step.id, a, draft_ref=ref))):
            self._changed(step.id)
            if logged:
                self._after_attempt(step, logged[-1])

    def _after_attempt(self, step: Step, attempt: Attempt) -> None:
        """A warm word the first time a step is practised (that is when it counts as
        reached), and after a hard attempt a line on lapse and relapse."""
        db = self.context.db
        lines = []
        fresh = sv.get_step(db, step.id)
        if fresh is not None and not fresh.acknowledged:
            # Said once: the step is marked acknowledged as soon as the words are shown.
            lines.append(self.tr(
                "You have practised a new step: “{title}”. That took courage. "
                "Go at your own pace.").format(title=quotable(step.title)))
            self._wrote(lambda: sv.acknowledge_step(db, step.id))
        elif was_hard(attempt) and guide().lapse:
            lines.append(guide().lapse)
        self.banner.setVisible(bool(lines))
        self.banner.setText("\n".join(lines))

    def _ask_attempt(self, step: Step, initial: AttemptInput, ref: str,
                     save: Callable[[AttemptInput], Any]) -> bool:
        """The attempt dialog with its draft: restored if one was left, dropped after."""
        db = self.context.db
        left = sv.attempt_draft(db, ref)
        saved = AttemptDialog.ask(self, step.title, initial, save,
                                  keep=lambda payload: self._keep_draft(ref, payload),
                                  draft=left)
        if self.context.store is not None and self.context.db is db:
            # cancelled too, the dialog's words are dropped; if the lock closed it, the draft stays
            sv.discard_attempt_draft(db, ref)
        return saved

    def _keep_draft(self, ref: str, payload: dict[str, Any]) -> None:
        try:
            sv.keep_attempt_draft(self.context.db, ref, payload)
        except (*STORE_ERRORS, RuntimeError):
            pass  # locked or closed meanwhile: the dialog still holds every word

    def _on_timer_stopped(self, started: datetime, ended: datetime) -> None:
        self._on_panel_log_requested(started, ended)

    def _on_panel_edit_attempt(self, attempt_id: int) -> None:
        step = self.selected_step()
        found = next((a for a in self.panel.attempts if a.id == attempt_id), None)
        if step is None or found is None:
            return
        fields = {k: v for k, v in found.__dict__.items() if k not in ("id", "step_id")}
        ref = sv.edit_attempt_ref(attempt_id)
        if self._ask_attempt(step, AttemptInput(**fields), ref,
                             lambda a: sv.update_attempt(self.context.db, attempt_id, a,
                                                         draft_ref=ref)):
            self._changed(step.id)

    def _on_panel_delete_attempt(self, attempt_id: int) -> None:
        step = self.selected_step()
        if step and Confirm.ask(self, self.tr("Delete attempt"),
                                self.tr("Delete this attempt? This cannot be undone.")):
            if self._wrote(lambda: sv.delete_attempt(self.context.db, attempt_id)):
                self._changed(step.id)

    def _on_panel_move_requested(self, delta: int) -> None:
        """Move up (+1), go back (-1) or work on the selected step (0). None of these
        makes a step reached: only practising it does (see _after_attempt)."""
        if self.ladder is None:
            return
        db, step, ladder_id = self.context.db, self.selected_step(), self.ladder.id
        self.banner.hide()
        try:
            if delta == 0 and step is not None:
                sv.set_current_step(db, ladder_id, step.id)
            else:
                moved = sv.move_current(db, ladder_id, delta)
                if moved is not None and delta > 0:
                    self.banner.setText(self.tr(
                        "Next step: “{title}”. Try it whenever you feel ready, "
                        "at your own pace.").format(title=quotable(moved.title)))
                    self.banner.show()
                step = moved or step
        except SaveFailed as failed:
            self.show_failure(failed)
            return
        self._changed(step.id if step else None)

    def _on_panel_skip_requested(self) -> None:
        """On to the next step without practising this one: no warm word, not reached."""
        if self.ladder is None:
            return
        self.banner.hide()
        try:
            moved = sv.move_current(self.context.db, self.ladder.id, +1)
        except SaveFailed as failed:
            self.show_failure(failed)
            return
        step = moved or self.selected_step()
        self._changed(step.id if step else None)

    def _wrote(self, write: Callable[[], object]) -> bool:
        """Run one write; False, with the reason in the banner, if it could not be stored."""
        try:
            write()
        except SaveFailed as failed:
            self.show_failure(failed)
            return False
        return True

    def show_failure(self, failed: SaveFailed) -> None:
        self.banner.setText(failed.user_message())
        self.banner.show()

    def _on_panel_repeat_chosen(self) -> None:
        # Fear often returns between practices; saying so keeps it from reading as failure.
        self.banner.setText(guide().repeat or self.tr("Repeating a step is a good choice."))
        self.banner.setVisible(bool(self.banner.text()))


def _minutes(started: datetime, ended: datetime) -> int:
    return max(0, round((ended - started).total_seconds() / 60))
