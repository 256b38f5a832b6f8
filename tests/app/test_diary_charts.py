"""Diary charts plot exactly the stored data, stay light for ten years; the demo drifts."""

from __future__ import annotations

import random
import time as time_mod
from datetime import date, time, timedelta

import numpy as np
import pytest

from app.diary import charts, demo, service
from app.diary.models import DiaryEntry, SymptomRating

START = date(2025, 1, 6)  # a Monday


def _artist(fig, gid):
    found = [a for ax in fig.axes for a in ax.get_children() if a.get_gid() == gid]
    assert len(found) == 1, gid
    return found[0]


def _stored(db, days=21):
    rng = random.Random(3)
    sid = service.add_symptom(db, "Headache").id
    for i in range(days):
        if i in (4, 5):  # a gap
            continue
        service.save_entry(db, DiaryEntry(
            day=START + timedelta(days=i), mood=rng.randint(0, 10), anxiety=rng.randint(0, 10),
            bedtime=time(rng.choice([23, 1, 3, 5]), 30), waketime=time(rng.randint(7, 13), 0),
            minutes_outside=rng.randint(0, 60), face_contacts=rng.randint(0, 3),
            symptoms=(SymptomRating(sid, rng.randint(0, 3)),)))
    return service.entries_between(db, START, START + timedelta(days=days))


def test_mood_chart_plots_the_stored_values_and_a_seven_day_mean(db):
    entries = _stored(db)
    fig = charts.mood_chart(entries)
    dots = _artist(fig, "mood-daily")
    assert list(dots.get_ydata()) == [e.mood for e in entries]
    assert list(dots.get_xdata()) == [charts.day_number(e.day) for e in entries]
    mean = _artist(fig, "anxiety-mean")
    x, y = np.asarray(mean.get_xdata()), np.asarray(mean.get_ydata())
    i = int(np.where(x == charts.day_number(START + timedelta(days=10)))[0][0])
    window = [e.anxiety for e in entries
              if START + timedelta(days=4) <= e.day <= START + timedelta(days=10)]
    assert y[i] == pytest.approx(sum(window) / len(window))
    wide = charts.mood_chart(entries, span=(START - timedelta(days=60), START + timedelta(days=30)))
    assert wide.axes[0].get_xlim()[0] == charts.day_number(START - timedelta(days=60)) - 0.5


def test_sleep_chart_draws_each_night_from_bed_to_waking(db):
    entries = _stored(db)
    fig = charts.sleep_chart(entries)
    bars = _artist(fig, "sleep-bars")
    spans = [(p.vertices[:4, 1].min(), p.vertices[:4, 1].max()) for p in bars.get_paths()]
    expected = []
    for e in entries:
        bed = e.bedtime.hour + e.bedtime.minute / 60
        wake = e.waketime.hour + e.waketime.minute / 60
        expected.append((bed - 24 if bed > wake else bed, wake))
    flat = [float(v) for pair in spans for v in pair]
    assert flat == pytest.approx([v for pair in expected for v in pair])
    ax = fig.axes[0]
    top, bottom = ax.get_ylim()[1], ax.get_ylim()[0]
    assert top <= -6 and bottom >= 18  # 18:00 the evening before at the top
    assert "18:00" in [t.get_text() for t in ax.get_yticklabels()]


def test_weekly_outside_and_contacts_are_the_sums_of_the_stored_days(db):
    entries = _stored(db)
    fig = charts.outside_chart(entries)
    minutes = _artist(fig, "minutes_outside-weekly")
    contacts = _artist(fig, "face_contacts-weekly")
    for artist, name in ((minutes, "minutes_outside"), (contacts, "face_contacts")):
        values = artist.get_data().values
        for week in range(3):
            week_days = [e for e in entries if (e.day - START).days // 7 == week]
            assert values[week] == sum(getattr(e, name) for e in week_days)


def test_symptom_heatmap_holds_the_weekly_means(db):
    entries = _stored(db)
    fig = charts.symptom_heatmap(entries, service.symptoms(db, include_retired=True))
    grid = _artist(fig, "symptom-heatmap").get_array()
    for week in range(3):
        ratings = [e.symptoms[0].rating for e in entries if (e.day - START).days // 7 == week]
        assert grid[0, week] == pytest.approx(sum(ratings) / len(ratings))


def test_empty_diary_gives_kind_notes_not_errors():
    for fig in (charts.mood_chart([]), charts.sleep_chart([]), charts.outside_chart([]),
                charts.symptom_heatmap([], [])):
        assert fig.axes[0].texts  # a sentence instead of a chart


def test_ten_years_build_fast_with_few_artists(db):
    days = [date(2016, 1, 1) + timedelta(days=i) for i in range(3650)]
    demo.populate(db, days, random.Random(1))
    entries = service.entries_between(db, days[0], days[-1])
    assert len(entries) > 3000
    charts.sleep_chart(entries[:10])  # the matplotlib import is not what we measure
    started = time_mod.perf_counter()
    fig = charts.sleep_chart(entries)
    built = time_mod.perf_counter() - started
    assert built < 4  # about 0.2 s here; generous for a loaded 2-core CI box
    ax = fig.axes[0]
    assert len(ax.patches) == 0 and len(ax.collections) == 1  # one PolyCollection
    assert len(_artist(fig, "sleep-bars").get_paths()) == len(entries)
    assert len(ax.get_children()) < 30
    for build in (charts.mood_chart, charts.outside_chart):
        started = time_mod.perf_counter()
        fig = build(entries)
        assert time_mod.perf_counter() - started < 4
        assert sum(len(a.patches) + len(a.lines) + len(a.collections) for a in fig.axes) < 20
    heat = charts.symptom_heatmap(entries, service.symptoms(db, include_retired=True))
    assert len(heat.axes[0].images) == 1


def test_demo_is_fast_and_drifts_from_nocturnal_to_daytime_living(db):
    days = [date(2016, 1, 1) + timedelta(days=i) for i in range(3650)]
    started = time_mod.perf_counter()
    demo.populate(db, days, random.Random(7))
    assert time_mod.perf_counter() - started < 8  # about 0.8 s when the machine is idle
    entries = service.entries_between(db, days[0], days[-1])
    assert 0.8 * len(days) < len(entries) < len(days)  # some days have no entry

    def mean(items, f):
        values = [f(e) for e in items if f(e) is not None]
        return sum(values) / len(values)

    first, last = entries[:90], entries[-90:]
    # Midpoint measured from noon the day before, so 04:00 and 09:00 compare directly.
    mid = lambda e: None if e.sleep_midpoint is None else (e.sleep_midpoint + 12) % 24  # noqa: E731
    assert mean(first, mid) - mean(last, mid) > 3.5  # about 09:30 -> about 04:30
    assert 4 <= mean(first, lambda e: e.bedtime.hour + e.bedtime.minute / 60) <= 6
    assert 12.5 <= mean(first, lambda e: e.waketime.hour + e.waketime.minute / 60) <= 15
    assert 7.5 <= mean(last, lambda e: e.waketime.hour + e.waketime.minute / 60) <= 9.5
    assert mean(last, lambda e: e.mood) > mean(first, lambda e: e.mood) + 2
    assert any(e.symptoms for e in entries) and any(e.activities for e in entries)
