"""What the ladder teaches (issue 20): the attempt dialog, the timer and the step panel
say the inhibitory-learning words in both languages; skipping is quiet and marks
nothing reached; the first practice gets the warm word, a hard one the lapse line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.ladder import service as sv
from app.ladder.guide import guide
from app.ladder.inputs import AttemptInput, StepInput
from ui.ladder.attempt_dialog import AttemptDialog
from ui.ladder.outing_timer import OutingTimer
from ui.ladder.step_panel import StepPanel

T0 = datetime(2026, 5, 4, 15, 0, tzinfo=UTC)


@pytest.fixture
def language(request, context):
    from ui.shell import translations

    translations.install(request.param)
    yield request.param
    translations.install("en")


@pytest.fixture
def page(window):
    return window.show_page("ladder")


def _ladder(context, page=None):
    ladder = sv.create_ladder(context.db, "Outside", [StepInput("Door", 5, 30),
                                                      StepInput("Gate", 5, 50),
                                                      StepInput("Corner", 5, 60)])
    if page is not None:
        page.refresh()
    return ladder


def _saving_attempt(monkeypatch, data):
    """AttemptDialog.ask saves `data` as if typed, and says it was saved."""
    def ask(cls, parent, title, initial, save, keep=None, draft=None):
        save(data)
        return True
    monkeypatch.setattr(AttemptDialog, "ask", classmethod(ask))


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_attempt_dialog_teaches_what_an_attempt_is_for(qtbot, language):
    words = guide()
    dialog = AttemptDialog("Door", AttemptInput(T0), lambda data: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert words.stay in dialog.intro.text() and words.early in dialog.intro.text()
    assert dialog.suds_hint.isVisible() and dialog.suds_hint.text() == words.suds
    assert words.safety in dialog.safety_hint.text()
    assert words.safety_examples in dialog.safety_hint.text()
    if language == "en":
        assert "does not have to go down first" in dialog.intro.text()
        assert "0 is completely calm" in dialog.suds_hint.text()
        assert "headphones" in dialog.safety_hint.text()
    else:
        assert "つらさ（0〜100）" in dialog.suds_hint.text()
        assert "安全行動" in dialog.safety_hint.text()
    # The reply to "it happened" shows only when it did, partly or fully.
    shown = {}
    for i in range(dialog.happened.count()):
        dialog.happened.setCurrentIndex(i)
        shown[dialog.happened.itemData(i)] = dialog.happened_reply.isVisible()
    assert shown == {None: False, "no": False, "partly": True, "yes": True}
    assert dialog.happened_reply.text() == words.happened
    if language == "en":
        assert dialog.happened_reply.text() == (
            "It happened and you got through it — what did that teach you?")
    dialog.close()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_timer_says_stay_until_you_find_out(qtbot, language):
    words = guide()
    timer = OutingTimer()
    qtbot.addWidget(timer)
    assert words.early in timer.hint.text()
    timer.start()
    assert words.stay in timer.hint.text()
    timer.stop()
    if language == "en":
        assert "easier" not in timer.hint.text()


def test_skip_and_work_on_now_are_quiet_and_mark_nothing_reached(
        page, qtbot, monkeypatch, context):
    ladder = _ladder(context, page)
    door, gate, corner = sv.steps(context.db, ladder.id)
    qtbot.mouseClick(page.panel.skip_button, Qt.MouseButton.LeftButton)
    assert sv.current_step(context.db, ladder.id).id == gate.id
    assert not page.banner.isVisible() and "courage" not in page.banner.text()
    page.step_list.setCurrentRow(2)
    qtbot.mouseClick(page.panel.make_current_button, Qt.MouseButton.LeftButton)
    assert sv.current_step(context.db, ladder.id).id == corner.id
    assert not page.banner.isVisible() and "courage" not in page.banner.text()
    assert [s.reached_at for s in sv.steps(context.db, ladder.id)] == [None, None, None]
    # Practising the step is what reaches it, and what earns the warm word, once.
    _saving_attempt(monkeypatch, AttemptInput(T0, planned_minutes=5, actual_minutes=5,
                                              outcome_happened="no", suds_peak=40))
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    assert page.banner.isVisible() and "That took courage" in page.banner.text()
    assert "Corner" in page.banner.text()
    assert [s.reached_at is not None for s in sv.steps(context.db, ladder.id)] == [
        False, False, True]
    # A hard attempt next: the lapse-and-relapse line, and no second warm word.
    _saving_attempt(monkeypatch, AttemptInput(T0 + timedelta(days=1), planned_minutes=5,
                                              actual_minutes=2, outcome_happened="yes"))
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    assert page.banner.isVisible() and page.banner.text() == guide().lapse
    assert "relapse" in page.banner.text()
    # An easy one: nothing to say.
    _saving_attempt(monkeypatch, AttemptInput(T0 + timedelta(days=2), outcome_happened="no",
                                              suds_peak=20))
    qtbot.mouseClick(page.panel.log_button, Qt.MouseButton.LeftButton)
    assert not page.banner.isVisible()


def test_repeat_says_fear_may_come_back_not_that_it_gets_easier(page, qtbot, context):
    _ladder(context, page)
    qtbot.mouseClick(page.panel.repeat_button, Qt.MouseButton.LeftButton)
    assert page.banner.isVisible() and page.banner.text() == guide().repeat
    assert "easier each time" not in page.banner.text()
    assert "comes back" in page.banner.text()


def _panel_with(qtbot, context, attempts):
    ladder = _ladder(context)
    door = sv.steps(context.db, ladder.id)[0]
    for a in attempts:
        sv.log_attempt(context.db, door.id, a)
    panel = StepPanel()
    qtbot.addWidget(panel)
    panel.show_step(context.db, ladder.id, sv.get_step(context.db, door.id), True, False, True)
    return panel


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_ready_offers_variety_and_says_why_attempts_counted_half(qtbot, context, language):
    panel = _panel_with(qtbot, context, [
        AttemptInput(T0, planned_minutes=5, actual_minutes=2, outcome_happened="no"),
        AttemptInput(T0 + timedelta(days=1), outcome_happened="no",
                     safety_behaviours="headphones"),
        AttemptInput(T0 + timedelta(days=2), outcome_happened="no")])
    text = panel.suggestion.text()
    words = guide()
    assert words.variety_intro in text and all(v in text for v in words.variety)
    if language == "en":
        assert "ready for the next step" in text and "you decide" in text
        assert "ended before the planned time counts half" in text
        assert "safety behaviour counts half" in text
    else:
        assert "次の段に進む準備" in text and "決めるのは自分です" in text
        assert "予定より早く終えた練習は、半分" in text and "安全行動）があった練習は、半分" in text
    if language == "en":
        assert panel.rule.text().startswith("How Ippo suggests the next step")


def test_repeat_after_leaving_early_says_that_is_all_right(qtbot, context):
    panel = _panel_with(qtbot, context, [
        AttemptInput(T0, planned_minutes=5, actual_minutes=1, suds_peak=15,
                     feared_likelihood_before=70)])
    text = panel.suggestion.text()
    assert "repeat this step" in text and guide().early in text
    line = panel.attempt_list.item(0).text()
    assert "came back early" in line and "70% before → – afterwards" in line


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_expectations_are_visible_in_the_list_and_a_chart(qtbot, context, language):
    panel = _panel_with(qtbot, context, [
        AttemptInput(T0, feared_outcome="They will stare", feared_likelihood_before=80,
                     outcome_happened="partly", likelihood_after=30,
                     learned="One person looked, and I was fine")])
    line = panel.attempt_list.item(0).text()
    assert "One person looked, and I was fine" in line
    if language == "en":
        assert "80% before → 30% afterwards" in line
        assert "What I learned: One person looked" in line
        assert "the feared outcome partly happened" in line
    else:
        assert "前 80% → 後 30%" in line and "わかったこと：" in line
    names = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert names[1] == ("What I expected" if language == "en" else "予想と結果")
    panel.tabs.setCurrentIndex(1)
    chart = panel.expectancy_chart
    assert chart.figure is not None
    lines = [ln for ln in chart.figure.axes[0].get_lines() if not ln.get_label().startswith("_")]
    assert [list(ln.get_ydata()) for ln in lines] == [[80.0], [30.0]]
    assert panel.tabs.tabText(2) == ("Steps practised" if language == "en" else "練習した段")


def test_the_attempt_dialogs_paragraphs_are_not_clipped(qtbot):
    dialog = AttemptDialog("Door", AttemptInput(T0), lambda data: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.happened.setCurrentIndex(3)
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the reply's row is laid out on the next turn of the event loop
    for label in (dialog.intro, dialog.suds_hint, dialog.safety_hint, dialog.happened_reply):
        assert label.isVisible(), label.text()[:30]
        assert label.height() >= label.heightForWidth(label.width()) > 0, label.text()[:30]
    dialog.close()
