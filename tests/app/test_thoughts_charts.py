"""Thought charts: the Figure shows exactly the stored data."""

from __future__ import annotations

from datetime import date

from app.thoughts import service
from app.thoughts import traps as trap_service
from app.thoughts.charts import mood_change_figure, trap_counts_figure
from app.thoughts.models import Mood, Thought, ThoughtRecord


def _save(db, day, moods, traps):
    service.save(db, ThoughtRecord(day=day, situation="s", moods=moods,
                                   thoughts=(Thought("t", 70, True, traps),)), finish=True)


def test_mood_chart_plots_before_and_after_per_record(db):
    from matplotlib.dates import num2date

    _save(db, date(2026, 2, 1), (Mood("Sad", 80, 30), Mood("Anxious", 60, 50)), ())
    _save(db, date(2026, 2, 9), (Mood("Sad", 70),), ())
    changes = service.mood_change(db, date(2026, 1, 1), date(2026, 3, 1))
    fig = mood_change_figure(changes)
    ax = fig.axes[0]
    before, after = ax.lines[0], ax.lines[1]
    assert list(before.get_ydata()) == [70.0, 70.0]
    assert list(after.get_ydata()) == [40.0]  # the second record was not re-rated
    assert [num2date(x).date() for x in before.get_xdata()] == [date(2026, 2, 1), date(2026, 2, 9)]
    # Greyscale-safe: before and after differ in marker, not only colour.
    assert before.get_marker() != after.get_marker()
    assert len(ax.collections[0].get_segments()) == 1


def test_trap_chart_is_one_barh_call_with_stored_counts(db):
    for _ in range(3):
        _save(db, date(2026, 2, 1), (Mood("Sad", 50),), ("mind_reading",))
    _save(db, date(2026, 2, 2), (Mood("Sad", 50),), ("mind_reading", "labelling"))
    counts = trap_service.trap_counts(db, date(2026, 2, 1), date(2026, 2, 28))
    ax = trap_counts_figure(counts).axes[0]
    assert len(ax.containers) == 1  # one barh call
    assert [p.get_width() for p in ax.patches] == [4, 1]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Mind reading", "Labelling"]


def test_empty_charts_say_so_kindly():
    assert mood_change_figure([]).axes[0].texts
    assert trap_counts_figure([]).axes[0].texts
