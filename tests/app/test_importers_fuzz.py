"""Fuzzed files never crash an importer and never change live data.

Whatever bytes arrive, reading gives a preview or an ImportProblem (a sentence
for the person); putting the preview beside the diary and checking every day
reads only; an import either succeeds or leaves the file byte for byte.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.importers.model import ImportProblem, Options
from app.importers.registry import IMPORTERS, read_file
from app.importers.service import KEEP_BOTH, apply, plan, prepare
from tests.app.importer_samples import DAYLIO_HEADER, data_hash

TODAY = date(2026, 1, 1)
CELL = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(["2024-05-31", "31/05/2024", "1899-12-31", "2999-01-01", "rad", "meh",
                     "5", "-1", "2", "11", "1e309", "nan", "23:30", "07:00", "8:37 PM",
                     "a | b", "\"", "<br>", "気分", "\ufeff", "\x00"]))
DATES = st.one_of(st.dates(min_value=date(1890, 1, 1), max_value=date(2030, 12, 31))
                  .map(date.isoformat), CELL)
# Mostly well-formed rows (a date first), so many files get as far as the diary.
ROW = st.one_of(st.lists(CELL, min_size=0, max_size=9),
                st.tuples(DATES, st.lists(CELL, min_size=1, max_size=8)).map(
                    lambda t: [t[0], *t[1]]))
DAYLIO_ROW = st.tuples(DATES, CELL, st.sampled_from(["rad", "meh", "5", "x"]), CELL,
                       CELL).map(lambda t: [t[0], "May 31", "Friday", t[1], t[2], t[3], "",
                                            t[4]])
HEADERS = st.sampled_from([DAYLIO_HEADER, "Date,Walk,Read,", "date,mood,anxiety,note",
                           "日付;気分;メモ", "a\tb\tc", ""])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp932", "latin-1"])


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=400))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    header = draw(HEADERS)
    rows_of = DAYLIO_ROW if header == DAYLIO_HEADER and draw(st.booleans()) else ROW
    rows = [delimiter.join('"' + c.replace('"', '""') + '"' if draw(st.booleans()) else c
                           for c in r) for r in draw(st.lists(rows_of, max_size=12))]
    header = header.replace(",", delimiter)
    text = "\n".join([header, *rows])
    return text.encode(draw(ENCODINGS), "replace")


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(data=csv_files(), moods=st.dictionaries(
    st.sampled_from(["rad", "meh", "5", ""]), st.integers(-3, 13), max_size=3))
def test_fuzzed_files_never_crash_and_never_change_live_data(tmp_path, store, data, moods):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    before = data_hash(store.paths.database)
    for kind in [None, *(i.kind for i in IMPORTERS)]:
        try:
            _importer, preview = read_file(path, kind, Options(mood_map=moods, today=TODAY))
        except ImportProblem as problem:
            assert problem.user_message()
            continue
        assert all(1900 <= d.day.year and d.day <= TODAY for d in preview.days)
        assert all(d.mood is None or 0 <= d.mood <= 10 for d in preview.days)
        event("read: days" if preview.days else "read: no days")
        plan(store.db, preview)
        try:
            prepare(store.db, preview, KEEP_BOTH)
        except ImportProblem as problem:
            assert problem.user_message()
        assert data_hash(store.paths.database) == before


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(data=csv_files())
def test_a_fuzzed_import_is_all_or_nothing(tmp_path, store, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        _importer, preview = read_file(path, None, Options(
            mood_map={"rad": 10, "meh": 5, "5": 5}, today=TODAY))
    except ImportProblem:
        return
    before = data_hash(store.paths.database)
    try:
        result = apply(store.db, preview, KEEP_BOTH)
    except ImportProblem:
        assert data_hash(store.paths.database) == before
        return
    assert result.added + result.combined + result.kept + result.replaced == len(preview.days)
