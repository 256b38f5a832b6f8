"""Import benchmark (`make bench`): a ten-year Daylio export, 3,650 days × 3 entries.

Times reading the file into a preview (decode, delimiter, parse, one day per
date) and the import itself (duplicates check, every day validated, a verified
backup, one transaction) into a fresh data folder. Prints the medians of RUNS.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.db import open_store  # noqa: E402
from app.importers.model import Options  # noqa: E402
from app.importers.registry import read_file  # noqa: E402
from app.importers.service import import_into  # noqa: E402
from app.paths import resolve  # noqa: E402
from tests.app.importer_samples import daylio_days  # noqa: E402

RUNS = int(os.environ.get("IPPO_BENCH_RUNS", "3"))
MOODS = {"rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 1}


def once(folder: Path) -> tuple[float, float, int]:
    src = folder / "daylio_export.csv"
    src.write_text(daylio_days(3650, 3), encoding="utf-8")
    t0 = time.perf_counter()
    _importer, preview = read_file(src, "daylio", Options(mood_map=MOODS,
                                                          today=date(2026, 1, 1)))
    t1 = time.perf_counter()
    store = open_store(resolve(folder / "data"))
    try:
        t2 = time.perf_counter()
        result = import_into(store, preview)
        t3 = time.perf_counter()
    finally:
        store.close()
    return t1 - t0, t3 - t2, result.added


def main() -> int:
    reads, writes = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            read, write, added = once(Path(tmp))
        assert added == 3650, added
        reads.append(read)
        writes.append(write)
    print(f"Daylio 10 years (3,650 days × 3 entries, {RUNS} runs): "
          f"preview {statistics.median(reads):.2f} s, import {statistics.median(writes):.2f} s "
          f"(median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
