"""One step up close: the suggestion, moving up or back, its attempts and charts."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock, dates
from app.ladder import charts
from app.ladder import service as sv
from app.ladder.attempts import attempts_for_ladder
from app.ladder.guide import guide
from app.ladder.models import Attempt, Step
from app.ladder.progress import (
    Suggestion,
    ended_early,
    highest_step_history,
    minutes_per_week,
    rule_text,
    suggest,
)
from ui.ladder.outing_timer import OutingTimer
from ui.widgets.chart_widget import ChartWidget
from ui.widgets.flow_layout import ButtonRow


class StepPanel(QWidget):
    """Shows `step` of `ladder_id`; asks the page (via signals) to log or edit."""

    log_requested = Signal()
    edit_attempt_requested = Signal(int)
    delete_attempt_requested = Signal(int)
    move_requested = Signal(int)  # +1 accept (move up), -1 go back, 0 make this step current
    skip_requested = Signal()  # on to the next step without practising this one
    repeat_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step: Step | None = None
        self.is_current = False
        self.attempts: list[Attempt] = []
        self.ladder_id: int | None = None
        self._db = None
        self._build_ui()

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        # Everything about a step, hidden while the ladder has no step to show.
        self.details = QWidget(self)
        col = QVBoxLayout(self.details)
        col.setContentsMargins(0, 0, 0, 0)
        self.facts = QLabel(self)
        self.facts.setProperty("role", "muted")
        self.facts.setWordWrap(True)
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.rule = QLabel(rule_text(), self)
        self.rule.setWordWrap(True)
        self.rule.setProperty("role", "muted")
        for w in (self.facts, self.suggestion, self.rule):
            col.addWidget(w)
        self._build_buttons(col)
        self.timer = OutingTimer(self)
        col.addWidget(self.timer)
        # The attempts and their Edit/Delete before the charts, so both are in view at
        # 100 % text in the default window without scrolling.
        self._build_attempts(col)
        self._build_charts(col)
        outer.addWidget(self.details, 1)
        outer.addStretch(0)

    def _build_buttons(self, col: QVBoxLayout) -> None:
        grid = ButtonRow(self)  # wraps at 200 % text instead of cutting the words
        self.log_button = QPushButton(self.tr("&Log an attempt…"), self)
        self.accept_button = QPushButton(self.tr("Move &up to the next step"), self)
        self.repeat_button = QPushButton(self.tr("&Repeat this step"), self)
        self.skip_button = QPushButton(self.tr("S&kip this step"), self)
        self.back_button = QPushButton(self.tr("Go &back a step"), self)
        self.make_current_button = QPushButton(self.tr("&Work on this step now"), self)
        self.log_button.clicked.connect(self.log_requested)
        self.accept_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.skip_button.clicked.connect(self.skip_requested)
        self.back_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.make_current_button.clicked.connect(lambda: self.move_requested.emit(0))
        self.repeat_button.clicked.connect(self.repeat_chosen)
        grid.add(self.log_button, self.make_current_button, self.accept_button,
                 self.repeat_button, self.skip_button, self.back_button)
        col.addWidget(grid)

    def _build_attempts(self, col: QVBoxLayout) -> None:
        self.attempts_label = QLabel(self.tr("Attempts of this step:"), self)
        row = ButtonRow(self)  # made first: Tab reaches the buttons before the list, as shown
        self.edit_attempt_button = QPushButton(self.tr("&Edit attempt…"), self)
        self.delete_attempt_button = QPushButton(self.tr("&Delete attempt…"), self)
        self.attempt_list = QListWidget(self)
        self.attempt_list.setAccessibleName(self.tr("Attempts of this step"))
        self.attempt_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.attempt_list.setSpacing(3)  # an attempt can take three lines: keep them apart
        self.attempt_list.setWordWrap(True)  # long lines wrap rather than scroll sideways
        self.attempts_label.setBuddy(self.attempt_list)
        self.edit_attempt_button.clicked.connect(
            lambda: self._emit_for_selected(self.edit_attempt_requested))
        self.delete_attempt_button.clicked.connect(
            lambda: self._emit_for_selected(self.delete_attempt_requested))
        self.attempt_list.itemActivated.connect(
            lambda _item: self._emit_for_selected(self.edit_attempt_requested))
        row.add(self.edit_attempt_button, self.delete_attempt_button)
        col.addWidget(self.attempts_label)
        col.addWidget(row)  # above the list: in view however long the list grows
        col.addWidget(self.attempt_list)

    def _build_charts(self, col: QVBoxLayout) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Charts"))
        self.suds_chart = ChartWidget(lambda theme: charts.suds_chart(self.attempts, theme),
                                      self.tabs, self.tr("Distress across the attempts"))
        self.expectancy_chart = ChartWidget(
            lambda theme: charts.expectancy_chart(self.attempts, theme), self.tabs,
            self.tr("How likely the feared outcome felt, before and after each attempt"))
        self.reached_chart = ChartWidget(self._build_reached, self.tabs,
                                         self.tr("Highest step practised over time"))
        self.minutes_chart = ChartWidget(self._build_minutes, self.tabs,
                                         self.tr("Minutes outside per week"))
        self.tabs.addTab(self.suds_chart, self.tr("This step"))
        self.tabs.addTab(self.expectancy_chart, self.tr("What I expected"))
        self.tabs.addTab(self.reached_chart, self.tr("Steps practised"))
        self.tabs.addTab(self.minutes_chart, self.tr("Minutes outside"))
        self.tabs.currentChanged.connect(lambda _i: self.redraw_chart())
        col.addWidget(self.tabs)

    def _emit_for_selected(self, signal: Signal) -> None:
        item = self.attempt_list.currentItem()
        if item is not None:
            signal.emit(int(item.data(0x0100)))

    # -- showing ---------------------------------------------------------------
    def show_step(self, db: object, ladder_id: int, step: Step | None, is_current: bool,
                  is_last: bool, is_first: bool) -> None:
        self._db, self.ladder_id, self.step, self.is_current = db, ladder_id, step, is_current
        self.attempts = sv.attempts_for_step(db, step.id) if step else []  # type: ignore[arg-type]
        self.details.setVisible(step is not None)
        if step is None:
            self.title.setText(self.tr("Add a first step to this ladder."))
            self.facts.clear()
            self.suggestion.clear()
            self.attempt_list.clear()
            return
        self.title.setText(step.title)
        self.facts.setText(self._facts(step))
        self.suggestion.setText(self._suggestion_text(is_last))
        for b in (self.accept_button, self.repeat_button, self.skip_button, self.back_button):
            b.setVisible(is_current)
        self.make_current_button.setVisible(not is_current)
        self.accept_button.setEnabled(not is_last)
        self.skip_button.setEnabled(not is_last)
        self.back_button.setEnabled(not is_first)
        self._fill_attempts()
        self.redraw_chart()

    def _facts(self, step: Step) -> str:
        parts = []
        if step.target_minutes is not None:
            parts.append(self.tr("Target: {n} min").format(n=step.target_minutes))
        if step.predicted_suds is not None:
            parts.append(self.tr("Expected distress: {n}").format(n=step.predicted_suds))
        parts.append(self.tr("%n attempt(s) so far", "", len(self.attempts)))
        return " · ".join(parts)

    def _suggestion_text(self, is_last: bool) -> str:
        """The readiness rule's suggestion, why attempts counted half, and (when
        ready) ways to vary the step. The person decides (progress.suggest)."""
        found = suggest(self.attempts)
        words = guide()
        if found.kind == "start":
            return self.tr("No attempts yet. Try it whenever you feel ready; "
                           "one try is already a good start.")
        lines = []
        if found.kind == "repeat":
            lines.append(self.tr(
                "Suggestion: repeat this step a few more times. Each time, note what you "
                "feared and whether it happened: that is what each try can teach you."))
            if not any(a.outcome_happened or a.likelihood_after is not None
                       for a in self.attempts):
                lines.append(self.tr(
                    "Ippo suggests the next step from what you feared and whether it "
                    "happened, so those fields of an attempt matter most."))
            if found.last_ended_early and words.early:
                lines.append(words.early)
        elif is_last:
            lines.append(self.tr("This is the top of the ladder, and it is going well. Keep "
                                 "practising, or start a new ladder whenever you like."))
        else:
            lines.append(self.tr(
                "Suggestion: you look ready for the next step. In your recent attempts, what "
                "you feared did not happen, felt clearly less likely afterwards, or happened "
                "and you got through it. Move up when it feels right, or repeat this one "
                "first: you decide."))
        # Paragraphs: the suggestion, why some attempts counted half, ways to vary.
        groups = [lines, self._half_reasons(found)]
        if found.kind == "ready" and words.variety:
            groups.append([words.variety_intro, *("• " + v for v in words.variety)])
        return "\n\n".join("\n".join(g) for g in groups if g)

    def _half_reasons(self, found: Suggestion) -> list[str]:
        out = []
        if found.half_early:
            out.append(self.tr(
                "An attempt you ended before the planned time counts half: it may not have "
                "shown you whether what you fear happens."))
        if found.half_safety:
            out.append(self.tr(
                "An attempt made with a safety behaviour counts half: it can leave you "
                "thinking that the safety behaviour is what kept you safe."))
        return out

    def _fill_attempts(self) -> None:
        self.attempt_list.clear()
        for a in reversed(self.attempts):
            item = QListWidgetItem(self._attempt_line(a))
            item.setData(0x0100, a.id)
            self.attempt_list.addItem(item)
        has = bool(self.attempts)
        self.edit_attempt_button.setEnabled(has)
        self.delete_attempt_button.setEnabled(has)
        if has:
            self.attempt_list.setCurrentRow(0)

    def _attempt_line(self, a: Attempt) -> str:
        when = dates.date_time(a.started_at)
        dash = "–"
        line = self.tr("{when}: distress {before} → peak {peak} → {after}").format(
            when=when, before=_num(a.suds_before, dash), peak=_num(a.suds_peak, dash),
            after=_num(a.suds_after, dash))
        if a.actual_minutes is not None:
            line += " · " + self.tr("{n} min").format(n=a.actual_minutes)
        if ended_early(a):
            line += " · " + self.tr("came back early")
        if a.outcome_happened == "no":
            line += " · " + self.tr("the feared outcome did not happen")
        elif a.outcome_happened == "partly":
            line += " · " + self.tr("the feared outcome partly happened")
        elif a.outcome_happened == "yes":
            line += " · " + self.tr("the feared outcome happened")
        if a.feared_likelihood_before is not None or a.likelihood_after is not None:
            line += "\n" + self.tr("How likely it felt: {before} before → {after} "
                                    "afterwards").format(
                before=_percent(a.feared_likelihood_before, dash),
                after=_percent(a.likelihood_after, dash))
        if a.learned.strip():
            line += "\n" + self.tr("What I learned: {text}").format(text=a.learned.strip())
        return line

    def redraw_chart(self) -> None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, ChartWidget) and self.step is not None:
            widget.redraw()

    def _build_reached(self, theme):  # type: ignore[no-untyped-def]
        all_steps = sv.steps(self._db, self.ladder_id) if self.ladder_id else []  # type: ignore[arg-type]
        reached = [(s.reached_at, i) for i, s in enumerate(all_steps) if s.reached_at]
        return charts.highest_step_chart(highest_step_history(reached), len(all_steps),
                                         clock.today(), theme)

    def _build_minutes(self, theme):  # type: ignore[no-untyped-def]
        attempts = attempts_for_ladder(self._db, self.ladder_id) if self.ladder_id else []  # type: ignore[arg-type]
        if not attempts:
            return charts.minutes_chart([], theme)
        # The last year at most: a page chart is for seeing recent weeks clearly.
        start = max(attempts[0].started_at.date(), clock.today() - timedelta(weeks=52))
        return charts.minutes_chart(minutes_per_week(attempts, start, clock.today()), theme)


def _num(value: int | None, dash: str) -> str:
    return dash if value is None else str(value)


def _percent(value: int | None, dash: str) -> str:
    return dash if value is None else f"{value}%"
