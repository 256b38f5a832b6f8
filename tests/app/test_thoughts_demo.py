"""Demo thought records: a few a month, with traps, a draft, and fast."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from app.thoughts import demo, service
from app.thoughts import traps as trap_service


def test_demo_spreads_records_with_traps_over_the_period(db):
    days = [date(2016, 1, 1) + timedelta(days=i) for i in range(3650)]
    started = time.perf_counter()
    demo.populate(db, days, random.Random(3))
    assert time.perf_counter() - started < 3
    records = service.list_records(db)
    per_month = len(records) / 120
    assert 1.5 < per_month < 5
    assert len(service.drafts_of(db)) == 1
    assert trap_service.trap_counts(db, days[0], days[-1])[0].count > 10
    changes = service.mood_change(db, days[0], days[-1])
    assert all(c.after is not None and c.after < c.before for c in changes)
