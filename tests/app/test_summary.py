"""The first-appointment summary: figures computed from data stored through the services."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.progress import notes, periods, summary
from app.progress.models import DEFAULT_SECTIONS, SECTIONS, SummaryNotes

START = date(2026, 3, 2)  # a Monday
PERIOD = periods.custom(START, START + timedelta(days=27))


def _diary(db, day, **kw):
    from app.diary import service
    from app.diary.models import DiaryEntry

    service.save_entry(db, DiaryEntry(day=day, **kw))


def _four_weeks(db):
    """Mood 3 then 7, anxiety 8 then 4; bed 23:30 / 01:30, 7 h; outside on 10 days."""
    for i in range(28):
        day = START + timedelta(days=i)
        early = i < 14
        bed = time(23, 30) if i % 2 else time(1, 30)
        wake = time(6, 30) if i % 2 else time(8, 30)
        _diary(db, day, mood=3 if early else 7, anxiety=8 if early else 4, bedtime=bed,
               waketime=wake, minutes_outside=42 if i % 3 == 0 else 0,
               face_contacts=1 if i % 7 == 0 else 0)


def test_thought_records_and_most_frequent_traps(db):
    from app.thoughts import service as thoughts
    from app.thoughts.models import Mood, Thought, ThoughtRecord

    def save(traps, before, after):
        thoughts.save(db, ThoughtRecord(day=START + timedelta(days=2), situation="s",
                                        moods=(Mood("Anxious", before, after),),
                                        thoughts=(Thought("t", 70, True, traps),)), finish=True)

    save(("mind_reading", "fortune_telling"), 80, 40)
    save(("mind_reading",), 60, 40)
    save(("labelling",), 70, None)
    t = summary.compose(db, PERIOD, sections=["thoughts"]).thoughts
    assert t.records == 3
    assert t.traps[0][1] == 2 and len(t.traps) == 3
    assert (t.mood_before, t.mood_after) == (70.0, 40.0)  # only re-rated records count


def test_traps_tied_at_the_cut_are_all_named(db):
    """Three traps are named, but a trap as frequent as the third is named too: which of
    the tied ones was left out would otherwise hang on the alphabet of the language."""
    from app.thoughts import service as thoughts
    from app.thoughts.models import Mood, Thought, ThoughtRecord

    for traps in (("catastrophising",), ("catastrophising", "labelling"),
                  ("mind_reading", "fortune_telling"), ("should_statements",),
                  ("overgeneralising",)):
        thoughts.save(db, ThoughtRecord(day=START, situation="s", moods=(Mood("Low", 60),),
                                        thoughts=(Thought("t", 70, True, traps),)), finish=True)
    t = summary.compose(db, PERIOD, sections=["thoughts"]).thoughts
    assert [count for _, count in t.traps] == [2, 1, 1, 1, 1, 1]


def test_sections_left_out_are_not_computed(db):
    _four_weeks(db)
    s = summary.compose(db, PERIOD, sections=["words", "questions"])
    assert s.diary is None and s.ladder is None and s.thoughts is None and s.plan is None
    # The private sections are off unless chosen.
    default = summary.compose(db, PERIOD)
    assert default.sections == DEFAULT_SECTIONS
    assert default.thoughts is None and default.diary is not None
    assert default.plan is not None and default.plan.warning_signs == ()  # facts only


def test_notes_are_kept_for_next_time(db):
    saved = notes.save(db, SummaryNotes(name=" A.K. ", hard_for_me="Going out\x00 at all",
                                        how_long="About two years",
                                        questions="- Is this common?\n\nWhat can I try?",
                                        sections=("questions", "mood")))
    again = notes.load(db)
    assert again == saved
    assert again.name == "A.K." and again.hard_for_me == "Going out at all"
    assert again.sections == ("mood", "questions")  # kept in page order
    assert again.question_lines() == ["Is this common?", "What can I try?"]


def test_notes_too_long_are_refused_and_nothing_saved(db):
    from app.validation import FieldErrors

    with pytest.raises(FieldErrors) as err:
        notes.save(db, SummaryNotes(hard_for_me="x" * 5000))
    assert "hard_for_me" in err.value.messages
    assert notes.load(db) == SummaryNotes()


def test_periods():
    end = date(2026, 11, 22)
    assert periods.of_weeks(4, end) == periods.Period(date(2026, 10, 26), end, "4w")
    assert periods.of_weeks(52, end).days == 364
    assert periods.preset("1y", end).days == 365
    assert periods.custom(end, date(2026, 11, 1)).start == date(2026, 11, 1)
    assert [periods.preset(k, end).days for k in ("4w", "3m", "6m")] == [28, 91, 182]




# -- the diary: known figures --------------------------------------------------
def test_at_the_start_and_now_with_days_noted(db):
    _four_weeks(db)
    _diary(db, START - timedelta(days=1), mood=0)  # outside the period: ignored
    d = summary.compose(db, PERIOD, sections=list(SECTIONS)).diary
    assert (d.days_with_entry, d.days_in_period) == (28, 28)
    a, b = d.at_start, d.now
    assert (a.start, a.end, b.start, b.end) == (START, START + timedelta(days=13),
                                                START + timedelta(days=14), PERIOD.end)
    assert (a.mood.value, a.mood.days, b.mood.value) == (3.0, 14, 7.0)
    assert (a.anxiety.value, b.anxiety.value) == (8.0, 4.0)
    # Bedtimes on one scale (hours after the previous noon): 01:30 -> 13.5, 23:30 -> 11.5.
    assert a.bed_hour.value == pytest.approx((7 * 13.5 + 7 * 11.5) / 14)
    assert a.sleep_hours.value == pytest.approx(7.0)


def test_a_whole_period_average_does_not_hide_a_change_of_bedtime(db):
    for i in range(28):
        late = i < 14
        _diary(db, START + timedelta(days=i), bedtime=time(5, 0) if late else time(0, 30),
               waketime=time(14, 0) if late else time(8, 30))
    d = summary.compose(db, PERIOD, sections=["sleep"]).diary
    from app.progress.diary_figures import clock_text

    assert clock_text(d.at_start.bed_hour.value) == "05:00"
    assert clock_text(d.now.bed_hour.value) == "00:30"


def test_one_noted_day_is_five_minutes_not_thirty_five(db):
    """The issue's case: one day with 5 minutes outside is "5 min, 1 day noted"."""
    _diary(db, PERIOD.end, minutes_outside=5)
    d = summary.compose(db, PERIOD, sections=["outside"]).diary
    last = d.weeks[-1]
    assert (last.outside_minutes, last.outside_days, last.days_noted) == (5, 1, 1)
    assert all(w.outside_minutes is None for w in d.weeks[:-1])  # gaps, not zeros


def test_weeks_count_back_from_the_last_day_and_say_what_is_left_out(db):
    period = periods.custom(START, START + timedelta(days=30))  # 31 days: 4 weeks and 3 days
    _diary(db, START, minutes_outside=40)  # in the 3 days left out
    d = summary.compose(db, period, sections=["outside"]).diary
    assert len(d.weeks) == 4 and d.left_out_days == 3
    assert d.weeks[-1].end == period.end and d.weeks[0].start == START + timedelta(days=3)
    assert all(w.outside_minutes is None for w in d.weeks)
    assert d.days_with_entry == 1  # still counted as a day noted


# -- the diary: hypothesis, against an independent calculation ------------------
DAY_VALUES = st.fixed_dictionaries({}, optional={
    "mood": st.integers(0, 10), "anxiety": st.integers(0, 10),
    "minutes_outside": st.integers(0, 300), "face_contacts": st.integers(0, 5)})


def _simple_weeks(period, entries):
    """Weeks counted back from the end, each figure from the days noted: no shared code."""
    out = []
    n = period.days // 7
    for k in range(n):
        end = period.end - timedelta(days=7 * (n - 1 - k))
        start = end - timedelta(days=6)
        inside = [e for e in entries if start <= e.day <= end]
        minutes = [e.minutes_outside for e in inside if e.minutes_outside is not None]
        moods = [e.mood for e in inside if e.mood is not None]
        out.append({"start": start, "days": len(inside),
                    "outside": sum(minutes) if minutes else None, "outside_days": len(minutes),
                    "mood": sum(moods) / len(moods) if moods else None})
    return out


@settings(max_examples=30, deadline=None)
@given(length=st.integers(1, 60), data=st.data())
def test_weeks_and_charts_equal_a_simple_count(length, data):
    from app.diary.models import DiaryEntry
    from app.progress import diary_figures
    from app.progress.models import Summary
    from app.progress.summary_charts import summary_figure

    period = periods.custom(START, START + timedelta(days=length - 1))
    noted = data.draw(st.sets(st.integers(0, length - 1)))  # gaps wherever not drawn
    entries = [DiaryEntry(day=START + timedelta(days=i), **data.draw(DAY_VALUES))
               for i in sorted(noted)]
    d = diary_figures.compute(entries, period)
    expected = _simple_weeks(period, entries)
    assert [(w.start, w.days_noted, w.outside_minutes, w.outside_days) for w in d.weeks] == [
        (e["start"], e["days"], e["outside"], e["outside_days"]) for e in expected]
    for w, e in zip(d.weeks, expected, strict=True):
        assert (w.mood is None) == (e["mood"] is None)
        assert w.mood is None or w.mood == pytest.approx(e["mood"])
    assert d.days_with_entry == len(noted) and d.left_out_days == length % 7
    span = 14 if length >= 28 else length // 2
    if span:
        first = [e.mood for e in entries if (e.day - START).days < span and e.mood is not None]
        assert d.at_start.mood.days == len(first)
        assert d.at_start.days_noted == len([e for e in entries if (e.day - START).days < span])
    # What the chart plots is what the model holds: read the lines back from the Figure.
    s = Summary(period=period, made_on=period.end, notes=SummaryNotes(),
                sections=("mood", "outside", "charts"), diary=d)
    fig = summary_figure(s, 7.0, keys=["mood", "outside"])
    lines = {line.get_gid(): line for ax in fig.axes for line in ax.get_lines()}
    plotted = list(lines["outside-weekly"].get_ydata())
    assert len(plotted) == len(expected)
    for y, e in zip(plotted, expected, strict=True):
        assert (y != y) if e["outside"] is None else y == e["outside"]  # NaN is a gap
    rug = next(c for ax in fig.axes for c in ax.collections if c.get_gid() == "noted-days")
    assert len(rug.get_segments()) == len(noted)
    # A week with nothing noted is hatched as a gap: it cannot be read as zero.
    gaps = [p for ax in fig.axes for p in ax.patches
            if str(p.get_gid()).startswith("outside-gap")]
    assert len(gaps) == sum(1 for e in expected if e["outside"] is None)


# -- ladders ---------------------------------------------------------------------
def _ladder(db, goal, n_steps):
    from app.ladder import service as ladder
    from app.ladder.inputs import StepInput

    lad = ladder.create_ladder(db, goal, [StepInput(f"{goal} step {i + 1}", 1, 10 * (i + 1))
                                          for i in range(n_steps)])
    return ladder.steps(db, lad.id)


def _attempt(db, step, day, peak=None):
    from app.ladder import service as ladder
    from app.ladder.inputs import AttemptInput

    when = datetime.combine(day, time(15, 0)).astimezone()
    ladder.log_attempt(db, step.id, AttemptInput(when, suds_peak=peak, note="tried"))


def test_every_ladder_practised_is_named_with_its_attempts(db):
    shop = _ladder(db, "Go to the shop", 3)
    phone = _ladder(db, "Phone the clinic", 4)
    _ladder(db, "Never tried", 2)
    for i, (step, peak) in enumerate([(shop[0], 30), (shop[0], 20), (shop[1], 55)]):
        _attempt(db, step, START + timedelta(days=3 + i), peak)
    _attempt(db, phone[3], START - timedelta(days=2), 80)  # before the period: not counted
    _attempt(db, phone[2], START + timedelta(days=9), 70)
    f = summary.compose(db, PERIOD, sections=["ladder"]).ladder
    assert [(x.name, x.highest_practised, len(x.steps), x.attempts) for x in f.ladders] == [
        ("Go to the shop", 2, 3, 3), ("Phone the clinic", 3, 4, 1)]
    assert f.ladders[0].highest_title == "Go to the shop step 2"
    assert f.attempts == 4 and [p.step for p in f.points] == [1, 1, 2, 3]


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.tuples(st.integers(1, 5), st.lists(
    st.tuples(st.integers(-5, 32), st.integers(0, 4), st.one_of(st.none(),
                                                                st.integers(0, 100))),
    max_size=8)), min_size=1, max_size=3))
def test_ladder_counts_equal_the_marks_on_the_chart(db, plan):
    from app.ladder import service as ladder
    from app.progress.models import Summary
    from app.progress.summary_charts import day_number, summary_figure

    for old in ladder.list_ladders(db, True):
        ladder.delete_ladder(db, old.id)
    expected = []
    for k, (n_steps, attempts) in enumerate(plan):
        steps = _ladder(db, f"Ladder {k}", n_steps)
        inside = []
        for offset, position, peak in attempts:
            step = min(position, n_steps - 1)
            _attempt(db, steps[step], START + timedelta(days=offset), peak)
            if 0 <= offset <= 27:
                inside.append((step + 1, peak))
        if inside:
            expected.append((f"Ladder {k}", max(s for s, _ in inside), len(inside),
                             sum(1 for _, p in inside if p is not None)))
    f = summary.compose(db, PERIOD, sections=["ladder", "charts"]).ladder
    assert [(x.name, x.highest_practised, x.attempts) for x in f.ladders] == [
        e[:3] for e in expected]
    if not f.attempts:
        return
    s = Summary(period=PERIOD, made_on=PERIOD.end, notes=SummaryNotes(),
                sections=("ladder", "charts"), ladder=f)
    fig = summary_figure(s, 7.0, keys=["ladder"])
    lines = {line.get_gid(): line for ax in fig.axes for line in ax.get_lines()}
    for i, e in enumerate(expected):
        steps = list(lines[f"ladder-{i}-steps"].get_ydata())
        peaks = [y for y in lines[f"ladder-{i}-peak"].get_ydata() if y == y]
        assert len(steps) == e[2] and max(steps) == e[1] and len(peaks) == e[3]
        # An attempt on the period's last day is drawn whole, not cut at the edge.
        assert not lines[f"ladder-{i}-peak"].get_clip_on()
        assert lines[f"ladder-{i}-peak"].axes.get_xlim()[1] > day_number(PERIOD.end)


def test_a_ladder_with_no_attempts_is_not_charted(db):
    _ladder(db, "Not yet", 3)
    from app.progress.summary_charts import panel_keys

    s = summary.compose(db, PERIOD, sections=["ladder", "charts"])
    assert s.ladder.ladders == () and panel_keys(s) == []


def test_one_day_of_data_draws_no_trend(db):
    from app.progress.summary_charts import panel_keys

    _diary(db, PERIOD.end, mood=5, anxiety=5, bedtime=time(1, 0), waketime=time(9, 0),
           minutes_outside=10)
    s = summary.compose(db, PERIOD, sections=list(SECTIONS))
    assert not s.is_empty and panel_keys(s) == []


def test_a_period_with_nothing_is_empty_not_an_error(db):
    s = summary.compose(db, PERIOD, sections=list(SECTIONS))
    assert s.is_empty
    assert s.diary.days_with_entry == 0 and s.diary.at_start.mood.value is None


# -- the plan: facts without its words -----------------------------------------
def test_plan_facts_and_signs_noticed_without_the_plan_text(db):
    from app.plan import service as plan
    from app.plan.models import NO_OUTSIDE

    saved_at = datetime.combine(START + timedelta(days=5), time(20, 0)).astimezone()
    plan.save_plan(db, {"warning_signs": ["Sleeping past noon"]}, saved_at=saved_at)
    plan.save_watcher(db, NO_OUTSIDE, enabled=True, days=4)
    for i in range(28):  # outside on the first day only, then diary entries without outings
        _diary(db, START + timedelta(days=i), mood=5, minutes_outside=30 if i == 0 else 0)
    facts = summary.compose(db, PERIOD, sections=["plan_facts"]).plan
    assert facts.exists and facts.last_changed == START + timedelta(days=5)
    assert facts.warning_signs == ()  # the plan's words only when the plan part is chosen
    (seen,) = facts.noticed
    assert (seen.kind, seen.first, seen.last, seen.days) == (
        NO_OUTSIDE, START + timedelta(days=4), PERIOD.end, 24)
    chosen = summary.compose(db, PERIOD, sections=["plan"]).plan
    assert chosen.warning_signs == ("Sleeping past noon",)


def test_no_plan_says_so(db):
    p = summary.compose(db, PERIOD, sections=["plan_facts"]).plan
    assert not p.exists and p.last_changed is None and p.noticed == ()


def test_the_progress_page_and_the_printed_page_plot_the_same_weeks(db):
    """One chart engine: the screen's chart is the printed one, from the same model."""
    from app.progress import overview, page_charts
    from app.progress.summary_charts import summary_figure

    _four_weeks(db)
    steps = _ladder(db, "Go out", 3)
    _attempt(db, steps[1], START + timedelta(days=2), 50)
    ov = overview.load(db, PERIOD)
    screen = {spec.key: spec.build for spec in page_charts.specs(ov)}
    printed = summary_figure(summary.compose(db, PERIOD, sections=list(SECTIONS)), 7.0)

    def lines(fig):
        return {ln.get_gid(): list(ln.get_ydata()) for ax in fig.axes for ln in ax.get_lines()
                if ln.get_gid()}

    from app.charts import LIGHT

    on_paper = lines(printed)
    for key, gids in (("mood", ["mood-weekly", "anxiety-weekly"]),
                      ("outside", ["outside-weekly"]), ("ladder", ["ladder-0-steps"])):
        on_screen = lines(screen[key](LIGHT))
        for gid in gids:
            assert on_screen[gid] == on_paper[gid], gid
    assert on_paper["mood-weekly"] == [3.0, 3.0, 7.0, 7.0]


def test_words_saved_before_the_plan_facts_existed_get_them_by_default(db):
    from app import drafts

    drafts.keep(db, notes.KIND, notes.REF, {"name": "A.", "sections": ["mood", "questions"]})
    assert notes.load(db).sections == ("mood", "routine", "plan_facts", "questions")
    # Once saved with today's parts, a part the user turned off stays off.
    notes.save(db, SummaryNotes(sections=("mood",)))
    assert notes.load(db).sections == ("mood",)


@pytest.mark.parametrize("n_steps", [2, 5, 9, 10])
def test_the_exposure_panels_tick_labels_never_touch(db, n_steps):
    """On paper the panel is small: the step numbers must not run into each other or
    into the distress scale below (the 1 and the 100 used to overlap)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from app.progress.models import Summary
    from app.progress.summary_charts import ROW_INCHES, summary_figure

    steps = _ladder(db, "Go out", n_steps)
    for i, step in enumerate(steps):
        _attempt(db, step, START + timedelta(days=2 * i), 10 * i % 100)
    f = summary.compose(db, PERIOD, sections=["ladder", "charts"]).ladder
    s = Summary(period=PERIOD, made_on=PERIOD.end, notes=SummaryNotes(),
                sections=("ladder", "charts"), ladder=f)
    # Two panels to a row, as printed on page one, in its shortest rows.
    fig = summary_figure(s, 7.0, keys=["ladder", "ladder"], row_in=ROW_INCHES[0])
    renderer = FigureCanvasAgg(fig).get_renderer()
    step_ax, suds_ax = fig.axes[0], fig.axes[1]
    boxes = [t.get_window_extent(renderer) for ax in (step_ax, suds_ax)
             for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]
    assert len(boxes) >= 4
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b), (a, b)
