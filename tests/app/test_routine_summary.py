"""The summary's routine figures (planned against done, waking regularity) equal a recount
of the rows they come from."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import clock
from app.diary import service as diary
from app.diary.models import Activity, DiaryEntry
from app.progress import summary
from app.progress.periods import custom
from app.routine import plans as routine_plans

END = date(2026, 11, 29)
PERIOD = custom(END - timedelta(days=27), END)

day_rows = st.lists(
    st.tuples(st.integers(-3, 30),  # days back from END; some outside the period
              st.one_of(st.none(), st.integers(0, 1439)),  # waking minute
              st.lists(st.tuples(st.sampled_from(["walk", "bake", "read", "call"]),
                                 st.booleans()), max_size=3, unique_by=lambda t: t[0])),
    max_size=25, unique_by=lambda t: t[0])


def _recount(rows):
    """Independently of the services: straight from what was generated."""
    inside = [r for r in rows if 0 <= r[0] <= 27]
    planned = sum(len(plans) for _, _, plans in inside)
    done = sum(1 for _, _, plans in inside for _, happened in plans if happened)
    wakes = [w for _, w, _ in inside if w is not None]
    if not wakes:
        return planned, done, 0, None, 0
    ordered = sorted(wakes)
    typical = ordered[(len(ordered) - 1) // 2]
    near = 0
    for w in wakes:
        gap = abs(w - typical)
        if min(gap, 1440 - gap) <= 60:
            near += 1
    return planned, done, len(wakes), typical, near


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=day_rows)
def test_routine_figures_equal_a_recount(store, monkeypatch, rows):
    db = store.db
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(END, time(23)).astimezone())
    for table in ("routine_plans", "diary_activities", "diary_entries"):
        db.execute(f"DELETE FROM {table}")
    for back, wake, plans in rows:
        day = END - timedelta(days=back)
        if back < 0:
            day = END + timedelta(days=-back)  # after the period (a clock set ahead)
        diary.save_entry(db, DiaryEntry(
            day=day, waketime=None if wake is None else time(wake // 60, wake % 60),
            activities=tuple(Activity(what.upper()) for what, happened in plans if happened)))
        for what, _ in plans:
            routine_plans.add_plan(db, day, what)
    f = summary.compose(db, PERIOD, sections=["routine"]).routine
    assert f is not None
    assert (f.planned, f.done, f.wake_days, f.wake_typical, f.wake_near) == _recount(rows)


def test_routine_is_computed_only_when_chosen(db):
    assert summary.compose(db, PERIOD, sections=["mood"]).routine is None
    assert summary.compose(db, PERIOD, sections=["routine"]).routine is not None
