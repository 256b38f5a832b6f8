"""My days: the anchors of the week as a schedule (plan against what happened), the
anchors themselves, and one or two planned activities for a day."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock, dates
from app.errors import STORE_ERRORS
from app.routine import milestones, service
from app.routine import plans as routine_plans
from app.routine.models import DONE, NOT_DONE, Anchor, DayAnchor, Week
from app.routine.plans import Plan
from app.routine.templates import anchor_templates, area_examples
from app.validation import FieldErrors
from ui.context import AppContext
from ui.ladder.confirm import Confirm
from ui.routine import texts
from ui.routine.anchor_dialog import AnchorDialog
from ui.routine.rate_dialog import RateDialog
from ui.routine.week_grid import WeekGrid
from ui.widgets.card import Card
from ui.widgets.flow_layout import ButtonRow

log = logging.getLogger(__name__)
DONE_MARK, OPEN_MARK = "✓", "○"


def _narrow_combo(parent: QWidget) -> QComboBox:
    """A combo box whose width does not follow its longest item (200 % text)."""
    box = QComboBox(parent)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(18)
    return box


class RoutinePage(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.shown_week: date = service.week_start(clock.today())
        self.week: Week | None = None
        self.anchors: list[Anchor] = []
        self.plans: list[Plan] = []
        self.milestones: list[milestones.Milestone] = []
        self._build_ui()
        self.refresh()
        context.data_changed.connect(self._on_data_changed)

    # -- building -----------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("My days"))
        inner = QWidget(self)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(24, 20, 24, 20)
        self.column.setSpacing(14)
        title = QLabel(self.tr("My days"), inner)
        title.setProperty("role", "title")
        self.column.addWidget(title)
        intro = QLabel(self.tr(
            "A few fixed points give a day its shape. Here you see the week you planned "
            "beside the week as it went. An empty box is just an empty box."), inner)
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self.column.addWidget(self._build_week_card(inner))
        self.column.addWidget(self._build_plans_card(inner))
        self.column.addWidget(self._build_anchors_card(inner))
        self.column.addWidget(self._build_done_card(inner))
        self.column.addStretch(1)
        self.setWidget(inner)

    def _build_week_card(self, parent: QWidget) -> Card:
        card = Card(self.tr("The week"), parent)
        nav = ButtonRow(card)  # wraps at 200 % text instead of scrolling sideways
        self.earlier_button = QPushButton(self.tr("◀ &Earlier week"), card)
        self.earlier_button.clicked.connect(lambda: self.show_week(-7))
        self.this_week_button = QPushButton(self.tr("T&his week"), card)
        self.this_week_button.clicked.connect(lambda: self.show_week(0))
        self.later_button = QPushButton(self.tr("&Later week ▶"), card)
        self.later_button.clicked.connect(lambda: self.show_week(7))
        self.week_label = QLabel(card)
        self.week_label.setWordWrap(True)
        nav.add(self.earlier_button, self.this_week_button, self.later_button)
        card.body.addWidget(nav)
        card.body.addWidget(self.week_label)
        self.grid = WeekGrid(card)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setAccessibleName(self.tr("Anchors of the week"))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.cellActivated.connect(self._on_cell_activated)
        self.grid.cellDoubleClicked.connect(self._on_cell_activated)
        card.body.addWidget(self.grid)
        self.legend = QLabel(self.tr(
            "{done} done, with the time · {open} planned · empty: not planned that day. "
            "Double-click a planned box (or press Enter) to tick it or take the tick away.")
            .format(done=DONE_MARK, open=OPEN_MARK), card)
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "muted")
        card.body.addWidget(self.legend)
        self.week_status = QLabel(card)
        self.week_status.setWordWrap(True)
        self.week_status.hide()
        card.body.addWidget(self.week_status)
        return card

    def _build_anchors_card(self, parent: QWidget) -> Card:
        card = Card(self.tr("My anchors"), parent)
        self.anchor_list = QListWidget(card)
        self.anchor_list.setAccessibleName(self.tr("My anchors"))
        self.anchor_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.anchor_list.itemActivated.connect(lambda _item: self.edit_selected())
        card.body.addWidget(self.anchor_list)
        row = ButtonRow(card)
        self.add_button = QPushButton(self.tr("&Add an anchor…"), card)
        self.add_button.clicked.connect(self.add_anchor)
        self.edit_button = QPushButton(self.tr("Chan&ge…"), card)
        self.edit_button.clicked.connect(self.edit_selected)
        self.pause_button = QPushButton(self.tr("&Pause"), card)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.remove_button = QPushButton(self.tr("&Remove…"), card)
        self.remove_button.clicked.connect(self.remove_selected)
        row.add(self.add_button, self.edit_button, self.pause_button, self.remove_button)
        card.body.addWidget(row)
        examples = ButtonRow(card)
        self.template_box = _narrow_combo(card)
        self.template_box.setAccessibleName(self.tr("An example anchor"))
        self.templates = anchor_templates()
        for t in self.templates:
            self.template_box.addItem(self.tr("{time}  {name} ({days})").format(
                time=dates.time_of_day(t.at), name=t.name, days=texts.weekdays_text(t.weekdays)),
                t.key)
        self.template_button = QPushButton(self.tr("Add this e&xample"), card)
        self.template_button.clicked.connect(self.add_template)
        examples.add(self.template_box, self.template_button)
        card.body.addWidget(examples)
        self.anchor_status = QLabel(card)
        self.anchor_status.setWordWrap(True)
        self.anchor_status.hide()
        card.body.addWidget(self.anchor_status)
        return card

    def _build_done_card(self, parent: QWidget) -> Card:
        card = Card(self.tr("What I have done"), parent)
        note = QLabel(self.tr("Firsts worth remembering, found in what you have noted. This "
                              "list only grows; a harder week takes nothing from it."), card)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        card.body.addWidget(note)
        self.done_list = QLabel(card)
        self.done_list.setWordWrap(True)
        self.done_list.setTextFormat(Qt.TextFormat.PlainText)
        self.done_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.body.addWidget(self.done_list)
        return card

    def _fill_done(self) -> None:
        try:
            self.milestones = milestones.milestones(self.context.db, clock.today())
        except STORE_ERRORS:
            log.exception("milestones could not be read")
            self.milestones = []
        if not self.milestones:
            self.done_list.setText(self.tr(
                "When something happens for the first time, such as the first practice of "
                "a step, it will be noted here."))
            return
        self.done_list.setText("\n".join(
            self.tr("{day}: {text}").format(day=dates.short_date(m.day), text=m.text)
            for m in self.milestones))

    def _build_plans_card(self, parent: QWidget) -> Card:
        card = Card(self.tr("Planned activities"), parent)
        note = QLabel(self.tr(
            "Plan one or two things for a day, each for something that matters to you. "
            "Afterwards, note whether it happened and how it felt; it goes into your diary."),
            card)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        card.body.addWidget(note)
        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("&Day"), card)
        self.plan_day = QDateEdit(card)
        self.plan_day.setCalendarPopup(True)
        self.plan_day.setDisplayFormat(dates.edit_format())
        today = clock.today()
        self.plan_day.setDate(QDate(today.year, today.month, today.day))
        self.plan_day.dateChanged.connect(lambda _d: self.refresh_plans())
        day_label.setBuddy(self.plan_day)
        day_row.addWidget(day_label)
        day_row.addWidget(self.plan_day)
        day_row.addStretch(1)
        card.body.addLayout(day_row)
        self.plan_list = QListWidget(card)
        self.plan_list.setAccessibleName(self.tr("Planned activities"))
        self.plan_list.currentRowChanged.connect(lambda _row: self._update_plan_buttons())
        card.body.addWidget(self.plan_list)
        self.no_plans = QLabel(self.tr("Nothing is planned for this day yet."), card)
        self.no_plans.setProperty("role", "muted")
        card.body.addWidget(self.no_plans)
        outcome = ButtonRow(card)
        self.happened_button = QPushButton(self.tr("It &happened…"), card)
        self.happened_button.clicked.connect(self.note_happened)
        self.not_done_button = QPushButton(self.tr("It did &not happen"), card)
        self.not_done_button.clicked.connect(self.note_not_done)
        self.remove_plan_button = QPushButton(self.tr("Remo&ve plan"), card)
        self.remove_plan_button.clicked.connect(self.remove_plan)
        outcome.add(self.happened_button, self.not_done_button, self.remove_plan_button)
        card.body.addWidget(outcome)
        self.plan_what = QLineEdit(card)
        self.plan_what.setPlaceholderText(self.tr("What would you like to do?"))
        self.plan_what.setAccessibleName(self.tr("What would you like to do?"))
        self.plan_what.returnPressed.connect(self.add_plan)
        card.body.addWidget(self.plan_what)
        add = ButtonRow(card)
        area_label = QLabel(self.tr("&What it matters for:"), card)
        self.plan_area = _narrow_combo(card)
        self.plan_area.setEditable(True)
        self.plan_area.setAccessibleName(self.tr("What it matters for"))
        area_label.setBuddy(self.plan_area)
        self.plan_button = QPushButton(self.tr("Pla&n it"), card)
        self.plan_button.clicked.connect(self.add_plan)
        add.add(area_label, self.plan_area, self.plan_button)
        card.body.addWidget(add)
        self.plan_status = QLabel(card)
        self.plan_status.setWordWrap(True)
        self.plan_status.hide()
        card.body.addWidget(self.plan_status)
        return card

    # -- the shell's calls ------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.anchors = service.list_anchors(self.context.db)
            self.week = service.week(self.context.db, self.shown_week)
        except STORE_ERRORS:
            log.exception("routine could not be read")
            self.anchors, self.week = [], None
        self._fill_week()
        self._fill_anchors()
        self.refresh_plans()
        self._fill_done()

    def flush(self) -> None:
        """Nothing is kept half-typed here except a plan's words, which are short."""

    def holds_unsaved_text(self) -> bool:
        """Only text that could not be written counts; a plan is saved at once or says why."""
        return False

    def open_item(self, arg: object) -> None:
        if isinstance(arg, date):
            self.shown_week = service.week_start(arg)
            self.refresh()

    def focus_start(self) -> QWidget | None:
        return self.grid

    # -- the week ---------------------------------------------------------------------
    def show_week(self, delta_days: int) -> None:
        if delta_days == 0:
            self.shown_week = service.week_start(clock.today())
        else:
            self.shown_week = self.shown_week + timedelta(days=delta_days)
        self.week_status.hide()
        self.refresh()

    def _fill_week(self) -> None:
        week = self.week
        self.grid.clear()
        if week is None:
            self.grid.setRowCount(0)
            return
        today = clock.today()
        self.week_label.setText(self.tr("{first} to {last}").format(
            first=dates.short_date(week.days[0]), last=dates.short_date(week.days[-1])))
        self.grid.setHorizontalHeaderLabels(
            [f"{dates.weekday_name(d.weekday())}\n{dates.day_month(d)}"
             + ("\n" + self.tr("today") if d == today else "") for d in week.days])
        self.grid.setRowCount(len(week.rows))
        labels = []
        for r, (anchor, cells) in enumerate(week.rows):
            label = f"{dates.time_of_day(anchor.at)}  {anchor.name}"
            if not anchor.active:
                label += " " + self.tr("(paused)")
            labels.append(label)
            for c, cell in enumerate(cells):
                self.grid.setItem(r, c, self._cell(cell))
        self.grid.set_row_labels(labels)
        self.legend.setVisible(bool(week.rows))
        if not week.rows:
            self.week_label.setText(self.week_label.text() + "\n" + self.tr(
                "No anchors yet: add one below, or start with an example."))

    def _cell(self, cell: DayAnchor) -> QTableWidgetItem:
        if cell.done:
            text = f"{DONE_MARK} {dates.time_of_day(cell.done_at)}" if cell.done_at else DONE_MARK
            spoken = (self.tr("{name}, {day}: done at {time}").format(
                name=cell.anchor.name, day=dates.short_date(cell.day),
                time=dates.time_of_day(cell.done_at)) if cell.done_at else
                self.tr("{name}, {day}: done").format(name=cell.anchor.name,
                                                      day=dates.short_date(cell.day)))
        elif cell.planned:
            text = OPEN_MARK
            spoken = self.tr("{name}, {day}: planned").format(name=cell.anchor.name,
                                                             day=dates.short_date(cell.day))
        else:
            text = ""
            spoken = self.tr("{name}, {day}: not planned").format(
                name=cell.anchor.name, day=dates.short_date(cell.day))
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setToolTip(spoken)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        return item

    def cell_at(self, anchor_id: int, day: date) -> str:
        """The text shown for one anchor on one day (for tests and screen readers)."""
        if self.week is None:
            return ""
        for r, (anchor, cells) in enumerate(self.week.rows):
            for c, cell in enumerate(cells):
                if anchor.id == anchor_id and cell.day == day:
                    item = self.grid.item(r, c)
                    return item.text() if item is not None else ""
        return ""

    def _on_cell_activated(self, row: int, column: int) -> None:
        if self.week is None or row >= len(self.week.rows):
            return
        self.toggle(self.week.rows[row][1][column])

    def toggle(self, cell: DayAnchor) -> None:
        """Tick an anchor on a day of the week shown, or take the tick away."""
        self.week_status.hide()
        try:
            if cell.done:
                service.untick(self.context.db, cell.anchor.id, cell.day)
            else:
                service.tick(self.context.db, cell.anchor.id, cell.day)
        except FieldErrors as errors:
            self._say(self.week_status, " ".join(errors.messages.values()))
            return
        except STORE_ERRORS:
            self._say(self.week_status, self._write_failed())
            return
        self.context.notify("routine")
        self.refresh()

    # -- anchors ----------------------------------------------------------------------
    def _fill_anchors(self) -> None:
        current = self.selected_anchor()
        self.anchor_list.clear()
        for anchor in self.anchors:
            text = (f"{dates.time_of_day(anchor.at)}  {anchor.name} · "
                    f"{texts.weekdays_text(anchor.weekdays)}")
            if not anchor.active:
                text += " " + self.tr("(paused)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, anchor.id)
            self.anchor_list.addItem(item)
            if current is not None and current.id == anchor.id:
                self.anchor_list.setCurrentItem(item)
        self._fit_list(self.anchor_list)
        self._update_buttons()

    def selected_anchor(self) -> Anchor | None:
        item = self.anchor_list.currentItem()
        if item is None:
            return None
        anchor_id = item.data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.anchors if a.id == anchor_id), None)

    def select_anchor(self, anchor_id: int) -> None:
        for i in range(self.anchor_list.count()):
            if self.anchor_list.item(i).data(Qt.ItemDataRole.UserRole) == anchor_id:
                self.anchor_list.setCurrentRow(i)

    def _update_buttons(self) -> None:
        anchor = self.selected_anchor()
        for b in (self.edit_button, self.pause_button, self.remove_button):
            b.setEnabled(anchor is not None)
        self.pause_button.setText(self.tr("Take up &again") if anchor is not None
                                  and not anchor.active else self.tr("&Pause"))

    def open_anchor_dialog(self, anchor: Anchor | None) -> AnchorDialog:
        dialog = AnchorDialog(self.context.db, anchor, self)
        dialog.accepted.connect(lambda: self._on_anchor_saved(dialog.saved))
        dialog.open()
        return dialog

    def add_anchor(self) -> AnchorDialog:
        return self.open_anchor_dialog(None)

    def edit_selected(self) -> AnchorDialog | None:
        anchor = self.selected_anchor()
        return self.open_anchor_dialog(anchor) if anchor is not None else None

    def _on_anchor_saved(self, anchor: Anchor | None) -> None:
        self.anchor_status.hide()
        if anchor is not None:
            notes = service.same_time_notes(self.context.db, anchor.at, anchor.weekdays,
                                            except_id=anchor.id)
            if notes:
                self._say(self.anchor_status, " ".join(notes))
        self.context.notify("routine")
        self.refresh()
        if anchor is not None:
            self.select_anchor(anchor.id)

    def add_template(self) -> None:
        key = self.template_box.currentData()
        template = next((t for t in self.templates if t.key == key), None)
        if template is None:
            return
        try:
            anchor = service.add_from_template(self.context.db, template)
        except FieldErrors as errors:
            self._say(self.anchor_status, " ".join(errors.messages.values()))
            return
        except STORE_ERRORS:
            self._say(self.anchor_status, self._write_failed())
            return
        self._on_anchor_saved(anchor)

    def toggle_pause(self) -> None:
        anchor = self.selected_anchor()
        if anchor is None:
            return
        try:
            service.set_active(self.context.db, anchor.id, not anchor.active)
        except FieldErrors as errors:
            self._say(self.anchor_status, " ".join(errors.messages.values()))
            return
        except STORE_ERRORS:
            self._say(self.anchor_status, self._write_failed())
            return
        self.anchor_status.hide()
        self.context.notify("routine")
        self.refresh()

    def remove_selected(self) -> None:
        anchor = self.selected_anchor()
        if anchor is None:
            return
        if not Confirm.ask(self, self.tr("Remove this anchor?"), self.tr(
                "“{name}” and the days it was ticked will be removed. To keep them, you can "
                "pause it instead.").format(name=anchor.name)):
            return
        try:
            service.remove_anchor(self.context.db, anchor.id)
        except STORE_ERRORS:
            self._say(self.anchor_status, self._write_failed())
            return
        self.anchor_status.hide()
        self.context.notify("routine")
        self.refresh()

    # -- planned activities ---------------------------------------------------------------
    def plan_date(self) -> date:
        d = self.plan_day.date()
        return date(d.year(), d.month(), d.day())

    def set_plan_date(self, day: date) -> None:
        self.plan_day.setDate(QDate(day.year, day.month, day.day))

    def refresh_plans(self) -> None:
        try:
            self.plans = routine_plans.plans_for(self.context.db, self.plan_date())
            names = [a.name for a in routine_plans.areas(self.context.db)]
        except STORE_ERRORS:
            log.exception("plans could not be read")
            self.plans, names = [], []
        current = self.plan_list.currentRow()
        self.plan_list.clear()
        for plan in self.plans:
            self.plan_list.addItem(self._plan_text(plan))
        if self.plans:
            self.plan_list.setCurrentRow(min(max(current, 0), len(self.plans) - 1))
        typed = self.plan_area.currentText()
        self.plan_area.clear()
        self.plan_area.addItem("")
        for name in names + [n for n in area_examples() if n not in names]:
            self.plan_area.addItem(name)
        self.plan_area.setCurrentText(typed)
        self._fit_list(self.plan_list)
        self.plan_list.setVisible(bool(self.plans))
        self.no_plans.setVisible(not self.plans)
        self._update_plan_buttons()

    def _plan_text(self, plan: Plan) -> str:
        text = plan.what + (f" · {plan.area}" if plan.area else "")
        if plan.status == DONE:
            ratings = []
            if plan.enjoyment is not None:
                ratings.append(self.tr("enjoyment {n}").format(n=plan.enjoyment))
            if plan.achievement is not None:
                ratings.append(self.tr("achievement {n}").format(n=plan.achievement))
            if ratings:
                return self.tr("{plan} — it happened ({ratings})").format(
                    plan=text, ratings=self.tr(", ").join(ratings))
            return self.tr("{plan} — it happened").format(plan=text)
        if plan.status == NOT_DONE:
            return self.tr("{plan} — not this time").format(plan=text)
        return text

    def selected_plan(self) -> Plan | None:
        row = self.plan_list.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def _update_plan_buttons(self) -> None:
        plan = self.selected_plan()
        self.happened_button.setEnabled(plan is not None)
        self.not_done_button.setEnabled(plan is not None and plan.status != DONE)
        self.remove_plan_button.setEnabled(plan is not None)

    def add_plan(self) -> None:
        try:
            routine_plans.add_plan(self.context.db, self.plan_date(), self.plan_what.text(),
                             self.plan_area.currentText())
        except FieldErrors as errors:
            self._say(self.plan_status, " ".join(errors.messages.values()))
            return
        except STORE_ERRORS:
            self._say(self.plan_status, self._write_failed())
            return
        self.plan_status.hide()
        self.plan_what.clear()
        self.context.notify("routine")
        self.refresh_plans()
        self.plan_list.setCurrentRow(len(self.plans) - 1)

    def note_happened(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        ratings = RateDialog.ask(self, plan.what)
        if ratings is None:
            return
        self._plan_call(lambda: routine_plans.note_done(self.context.db, plan.id, *ratings),
                        "diary")

    def note_not_done(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self._plan_call(lambda: routine_plans.note_not_done(self.context.db, plan.id))

    def remove_plan(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self._plan_call(lambda: routine_plans.remove_plan(self.context.db, plan.id))

    def _plan_call(self, call: object, also: str = "") -> None:
        try:
            call()  # type: ignore[operator]
        except FieldErrors as errors:
            self._say(self.plan_status, " ".join(errors.messages.values()))
            return
        except STORE_ERRORS:
            self._say(self.plan_status, self._write_failed())
            return
        self.plan_status.hide()
        self.context.notify("routine")
        if also:
            self.context.notify(also)
        self.refresh_plans()

    # -- small helpers ----------------------------------------------------------------
    @staticmethod
    def _fit_list(widget: QListWidget) -> None:
        """As tall as its rows (a few), so the page scrolls instead of the list."""
        rows = max(1, widget.count())
        row_height = widget.sizeHintForRow(0) if widget.count() else 24
        widget.setFixedHeight(rows * max(row_height, 20) + 2 * widget.frameWidth() + 4)

    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    def _write_failed(self) -> str:
        return self.tr("This could not be saved just now. Please try again in a moment.")

    def _on_data_changed(self, feature: str) -> None:
        if self.isVisible():  # milestones read every feature
            self.refresh()
