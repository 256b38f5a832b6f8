"""The first-appointment summary: figures computed from data stored through the services."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

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


def test_diary_figures_from_known_entries(db):
    _four_weeks(db)
    _diary(db, START - timedelta(days=1), mood=0)  # outside the period: ignored
    s = summary.compose(db, PERIOD, sections=list(SECTIONS))
    d = s.diary
    assert d is not None
    assert (d.days_with_entry, d.days_in_period) == (28, 28)
    assert (d.mood_first, d.mood_last) == (3.0, 7.0)
    assert (d.anxiety_first, d.anxiety_last) == (8.0, 4.0)
    assert d.sleep_hours == pytest.approx(7.0)
    assert d.bedtime in ("00:30", "23:30", "01:30")  # the median of the two bedtimes
    assert d.days_outside == 10
    assert d.outside_per_week == pytest.approx(10 * 42 / 4)
    assert d.face_contacts_per_week == pytest.approx(1.0)
    assert len(d.weeks) == 4 and d.weeks[0].mood == 3.0 and d.weeks[-1].mood == 7.0
    # The night on one scale (hours after the previous noon): 01:30 -> 13.5, 23:30 -> 11.5.
    assert d.weeks[0].bed_hour == pytest.approx((4 * 13.5 + 3 * 11.5) / 7)
    assert d.weeks[0].wake_hour == pytest.approx((4 * 20.5 + 3 * 18.5) / 7)
    assert not s.is_empty


def test_typical_bedtime_crosses_midnight(db):
    for i, bed in enumerate([time(23, 0), time(0, 0), time(1, 0)]):
        _diary(db, START + timedelta(days=i), bedtime=bed, waketime=time(9, 0))
    d = summary.compose(db, PERIOD, sections=["sleep"]).diary
    assert d.bedtime == "00:00"  # not noon, which a plain clock average would give


def test_ladder_highest_step_and_attempts(db):
    from app.ladder import service as ladder
    from app.ladder.models import AttemptInput, StepInput

    lad = ladder.create_ladder(db, "Go to the shop", [StepInput("Door", 1, 20),
                                                      StepInput("Corner", 5, 40),
                                                      StepInput("Shop", 10, 70)])
    steps = ladder.steps(db, lad.id)
    when = datetime.combine(START + timedelta(days=3), time(15, 0)).astimezone()
    for i, (step, peak) in enumerate([(steps[0], 30), (steps[0], 20), (steps[1], 55)]):
        ladder.log_attempt(db, step.id, AttemptInput(when + timedelta(days=i), suds_peak=peak))
    s = summary.compose(db, PERIOD, sections=["ladder"])
    line = s.ladder.ladders[0]
    assert (line.name, line.highest_step, line.highest_index, line.steps) == (
        "Go to the shop", "Corner", 2, 3)
    assert line.attempts == 3 and s.ladder.attempts == 3
    assert sorted(v for _, v in s.ladder.suds) == [20.0, 30.0, 55.0]


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


def test_plan_warning_signs(db):
    from app.plan import service as plan

    assert summary.compose(db, PERIOD, sections=["plan"]).plan.exists is False
    plan.save_plan(db, {"warning_signs": ["Sleeping past noon", "Skipping my walk"]})
    p = summary.compose(db, PERIOD, sections=["plan"]).plan
    assert p.exists and p.warning_signs == ("Sleeping past noon", "Skipping my walk")


def test_sections_left_out_are_not_computed(db):
    _four_weeks(db)
    s = summary.compose(db, PERIOD, sections=["words", "questions"])
    assert s.diary is None and s.ladder is None and s.thoughts is None and s.plan is None
    # The private sections are off unless chosen.
    default = summary.compose(db, PERIOD)
    assert default.sections == DEFAULT_SECTIONS
    assert default.thoughts is None and default.plan is None and default.diary is not None


def test_a_period_with_nothing_is_empty_not_an_error(db):
    s = summary.compose(db, PERIOD, sections=list(SECTIONS))
    assert s.is_empty
    assert s.diary.days_with_entry == 0 and s.diary.mood_first is None


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


def test_compact_charts_are_vector_svg_with_the_chosen_panels(db):
    from app.progress.charts import summary_panels, summary_svg

    _four_weeks(db)
    s = summary.compose(db, PERIOD, sections=["mood", "sleep", "charts"])
    titles = [p.title for p in summary_panels(s)]
    assert len(titles) == 2 and "Mood" in titles[0] and "Going to bed" in titles[1]
    svg, width, height = summary_svg(s, 500)
    text = svg.decode()
    assert "<image" not in text and "<polyline" in text and "Going to bed" in text
    assert ">00:00<" in text  # clock times on the night's axis
    assert width == 500 and height > 100
    assert "Minutes outside" not in text  # not chosen


def test_blank_days_do_not_count_as_staying_in(db):
    # Two noted days of 30 minutes in four weeks: 30 a day on the days we know -> 210 a week.
    _diary(db, START, minutes_outside=30, face_contacts=2)
    _diary(db, START + timedelta(days=20), minutes_outside=30, face_contacts=0)
    d = summary.compose(db, PERIOD, sections=["outside"]).diary
    assert d.outside_per_week == pytest.approx(210.0)
    assert d.face_contacts_per_week == pytest.approx(7.0)
    assert d.days_outside == 2
