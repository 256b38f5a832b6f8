"""The Practice page: the pacer with a fake clock, reduced motion, keyboard use with named
controls, a rehearsal becoming a ladder step, the log feeding Progress, my reasons."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QWidget,
)

from app import clock
from app.ladder import service as ladder
from app.ladder.inputs import StepInput
from app.practice import reasons as reasons_service
from app.practice import service
from ui.practice.breathing import BreathingPanel
from ui.practice.grounding import GroundingPanel
from ui.practice.practice_page import PracticePage
from ui.practice.rehearsal import LadderChoice, RehearsalPanel


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _gone(*widgets) -> None:
    """Deleted by Qt now, not left to Python's collector (which may free a widget in the
    middle of a later test's theme walk: issue 13)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for w in widgets:
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def page(context, qtbot):
    p = PracticePage(context)
    p.resize(1000, 700)
    p.show()
    yield p
    _gone(p)


def _breathing(page, qtbot, fake):
    panel = page.panels["breathing"]
    panel.clock = fake
    panel.timer.setInterval(10_000)  # the test drives the ticks itself
    return panel


def test_the_pacer_counts_with_a_fake_clock(page, qtbot):
    fake = FakeClock()
    panel = _breathing(page, qtbot, fake)
    panel.breathe_in.setValue(4)
    panel.breathe_out.setValue(6)
    panel.minutes.setValue(1)
    panel.start()
    assert panel.count.text() == "Breathe in: 1 of 4"
    assert panel.count.accessibleName() == "Breathe in: 1 of 4"
    fake.t += 2.5
    panel._tick()
    assert panel.count.text() == "Breathe in: 3 of 4"
    assert 0.5 < panel.shape.size_now < 1
    fake.t += 1.5
    panel._tick()
    assert panel.count.text() == "Breathe out: 1 of 6"
    assert panel.shape.size_now == pytest.approx(1.0)
    fake.t += 5.9
    panel._tick()
    assert panel.count.text() == "Breathe out: 6 of 6" and panel.shape.size_now < 0.05
    fake.t = 1000.0 + 60
    panel._tick()
    assert not panel.running() and panel.start_button.text() == "&Start"
    assert panel.log.minutes.value() == 1


def test_reduced_motion_shows_only_the_count(page, qtbot, context):
    fake = FakeClock()
    panel = _breathing(page, qtbot, fake)
    panel.still.click()
    assert panel.still.isChecked() and not panel.shape.isVisible()
    painted = panel.shape.paints
    panel.start()
    for _ in range(12):
        fake.t += 0.5
        panel._tick()
        qtbot.wait(1)
    assert panel.shape.size_now == 0.0 and panel.shape.paints == painted
    assert panel.count.text().startswith("Breathe")
    assert service.prefs(context.db)["reduced_motion"] == "1"
    # The choice is kept: a new page starts still.
    again = PracticePage(context)
    assert again.panels["breathing"].still.isChecked()
    _gone(again)


def _named(panel: QWidget) -> list[str]:
    """Every focusable control's spoken name; empty names are the failures."""
    from ui.widgets.a11y import name_controls

    name_controls(panel)
    out = []
    for w in [panel, *panel.findChildren(QWidget)]:
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not (
                w is panel or w.isVisibleTo(panel)):
            continue
        if isinstance(w.parent(), QAbstractSpinBox):
            continue  # the spin box's own line edit: the spin box carries the name
        if isinstance(w, (QAbstractButton, QLineEdit, QPlainTextEdit, QSpinBox,
                          QTextBrowser)) or \
                w.accessibleName():
            name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
            out.append(name)
    return out


@pytest.mark.parametrize("key", ["breathing", "grounding", "door", "reasons", "family_guide",
                                 "lesson_staying"])
def test_every_control_has_a_name(page, key):
    page.show_panel(key)
    names = _named(page.panels[key])
    assert names and all(n.strip() for n in names), (key, names)


def test_breathing_and_grounding_by_keyboard_alone(page, qtbot):
    panel = page.panels["breathing"]
    page.show_panel("breathing")
    panel.start_button.setFocus()
    qtbot.keyClick(panel.start_button, Qt.Key.Key_Space)
    assert panel.running()
    qtbot.keyClick(panel.start_button, Qt.Key.Key_Space)
    assert not panel.running()
    grounding = page.panels["grounding"]
    assert isinstance(grounding, GroundingPanel)
    page.show_panel("grounding")
    grounding.next_button.setFocus()
    for _ in range(6):
        qtbot.keyClick(grounding.next_button, Qt.Key.Key_Space)
    assert grounding.step.text() == grounding.exercise.done
    qtbot.keyClick(grounding.log.note_button, Qt.Key.Key_Space)
    assert [e.exercise for e in service.practice_between(page.context.db, clock.today(),
                                                         clock.today())] == ["grounding"]


def test_own_lines_are_stored(page, qtbot, context):
    panel = page.panels["door"]
    assert isinstance(panel, RehearsalPanel)
    qtbot.keyClicks(panel.mine[1], "Here you go.")
    assert panel.save()
    assert service.own_lines(context.db, "door") == {1: "Here you go."}
    fresh = RehearsalPanel(context, panel.exercise)
    assert fresh.mine[1].text() == "Here you go."
    _gone(fresh)


def test_a_rehearsal_becomes_a_step_on_the_only_ladder(page, context):
    lad = ladder.create_ladder(context.db, "Getting out", [StepInput("Open the window", None, 10)])
    panel = page.panels["phone"]
    panel.step_button.click()
    steps = ladder.steps(context.db, lad.id)
    assert [s.title for s in steps] == ["Open the window", "Phone to make an appointment"]
    assert "Getting out" in panel.status.text()


def test_with_several_ladders_it_asks_which(page, context, monkeypatch):
    ladder.create_ladder(context.db, "First")
    second = ladder.create_ladder(context.db, "Second")
    asked = []

    def choose(parent, choices):
        asked.append([goal for _id, goal in choices])
        return second.id

    monkeypatch.setattr(LadderChoice, "ask", classmethod(lambda cls, p, c: choose(p, c)))
    page.panels["interview"].make_step()
    assert asked == [["First", "Second"]]
    assert [s.title for s in ladder.steps(context.db, second.id)] == [
        "Answer two questions in a practice interview"]


def test_without_a_ladder_it_says_so_kindly(page, context):
    panel = page.panels["neighbour"]
    assert not panel.make_step()
    assert "no ladder yet" in panel.status.text()


def test_the_log_feeds_progress(page, context, qtbot):
    from app.progress import overview, periods

    breathing = page.panels["breathing"]
    assert isinstance(breathing, BreathingPanel)
    breathing.log.before.setText("60")
    breathing.log.after.setText("35")
    breathing.log.set_minutes(3)
    assert breathing.log.note()
    page.panels["door"].log.set_minutes(4)
    assert page.panels["door"].log.note()
    ov = overview.load(context.db, periods.of_weeks(4, clock.today()))
    assert sum(w.minutes or 0 for w in ov.practice) == 7
    assert sum(w.times for w in ov.practice) == 2
    from app.progress.page_charts import specs

    assert "practice" in [s.key for s in specs(ov)]
    entry = service.practice_between(context.db, clock.today(), clock.today())[0]
    assert (entry.suds_before, entry.suds_after, entry.minutes) == (60, 35, 3)


def test_reasons_keep_versions_and_show_on_today_now_and_then(page, context, monkeypatch):
    panel = page.panels["reasons"]
    panel.edits["gives"].setPlainText("Quiet")
    panel.edits["easier"].setPlainText("Visit my cousin")
    assert panel.save()
    panel.edits["easier"].setPlainText("Visit my cousin by train")
    assert panel.save()
    assert len(reasons_service.reasons_versions(context.db)) == 2
    assert panel.versions.count() == 2 and panel.versions.isEnabled()
    from ui.practice.reasons_card import ReasonsCard

    day = clock.today()
    while day.toordinal() % reasons_service.EVERY_DAYS:
        day += timedelta(days=1)
    monkeypatch.setattr(clock, "today", lambda: day)
    card = ReasonsCard(context)
    assert not card.isHidden() and card.text.text() == "Visit my cousin by train"
    monkeypatch.setattr(clock, "today", lambda: day + timedelta(days=1))
    card.refresh()
    assert card.isHidden()
    _gone(card)


def test_the_page_is_in_the_side_bar_after_plan(window):
    from ui.shell.main_window import PAGES

    keys = [s.key for s in PAGES]
    assert keys.index("practice") == keys.index("plan") + 1 and keys[-1] == "settings"
    page = window.show_page("practice")
    assert isinstance(page, PracticePage)


def test_an_exercise_used_in_an_attempt_goes_into_the_safety_behaviours(qtbot, context):
    from datetime import datetime

    from app.ladder.inputs import AttemptInput
    from ui.ladder.attempt_dialog import AttemptDialog

    lad = ladder.create_ladder(context.db, "Out", [StepInput("Door", None, 30)])
    step = ladder.steps(context.db, lad.id)[0]
    saved = []
    dialog = AttemptDialog("Door", AttemptInput(started_at=datetime.now().astimezone()),
                           saved.append)
    dialog.safety.setText("headphones")
    titles = [dialog.exercise_pick.itemText(i) for i in range(dialog.exercise_pick.count())]
    assert "Paced breathing" in titles and "Answering the door" not in titles
    index = titles.index("Paced breathing")
    dialog.exercise_pick.activated.emit(index)
    dialog.exercise_pick.activated.emit(index)  # named once
    assert dialog.exercise_pick.currentIndex() == 0
    attempt = dialog.collect()
    assert attempt.safety_behaviours == "headphones, Paced breathing"
    ladder.log_attempt(context.db, step.id, attempt)
    assert ladder.attempts_for_step(context.db, step.id)[0].safety_behaviours == (
        "headphones, Paced breathing")
    # Offered as a way to stay, never to end the step early.
    assert "stay" in dialog.exercise_hint.text()
    dialog.reject()
    _gone(dialog)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_no_two_controls_in_a_panel_share_a_shortcut_letter(context, qtbot, language):
    import re

    from PySide6.QtWidgets import QLabel

    from ui.shell import translations

    translations.install(language)
    try:
        page = PracticePage(context)
        clashes = []
        for key in page.keys():
            panel = page.panels[key]
            seen: dict[str, str] = {}
            texts = [b.text() for b in panel.findChildren(QAbstractButton)]
            texts += [lab.text() for lab in panel.findChildren(QLabel) if lab.buddy()]
            for text in texts:
                found = re.search(r"&([^&\s])", text)
                if not found:
                    continue
                letter = found.group(1).lower()
                if letter in seen and seen[letter] != text:
                    clashes.append(f"{key}: {seen[letter]!r} and {text!r}")
                seen[letter] = text
        _gone(page)
        assert clashes == []
    finally:
        translations.install("en")


def test_the_today_card_opens_my_reasons(window, context, monkeypatch):
    from ui.practice.reasons_card import ReasonsCard

    reasons_service.save_reasons(context.db, {"easier": "Take the train to the sea"})
    day = clock.today()
    while day.toordinal() % reasons_service.EVERY_DAYS:
        day += timedelta(days=1)
    monkeypatch.setattr(clock, "today", lambda: day)
    today = window.show_page("today")
    card = today.card(ReasonsCard)
    card.refresh()
    assert card.text.text() == "Take the train to the sea"
    card.open_button.click()
    assert window.current_key() == "practice"
    page = window.page("practice")
    assert page.current_panel() is page.panels["reasons"]


def test_the_practise_aloud_timer_and_leaving_a_panel_stops_what_runs(page):
    fake = FakeClock()
    door = page.panels["door"]
    page.show_panel("door")
    door.clock = fake
    door.aloud_button.click()
    fake.t += 75
    door._tick()
    assert door.clock_label.text() == "1:15"
    door.aloud_button.click()
    assert door.log.minutes.value() == 2 and door.aloud_button.text() == "&Practise aloud"
    breathing = page.show_panel("breathing")
    breathing.start()
    assert breathing.running()
    page.show_panel("grounding")  # another panel: the pacer stops, nothing ticks on
    assert not breathing.running() and not breathing.timer.isActive()
