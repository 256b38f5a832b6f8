"""Progress benchmark (`make bench`, not a test): opening Progress and `ippo report`.

On a 10-year demo folder, in the same run:
  - baseline: a bare `python -c "import matplotlib; import PySide6.QtGui"`;
  - the first opening of Progress in a fresh process (matplotlib imported then),
    from `show_page("progress")` until the charts in view are drawn and painted;
  - a later opening (back from Today, nothing changed), and one after new data;
  - `ippo report --weeks 52` (the last year) as a whole process.
Medians of RUNS each, after one warm-up. Targets (issue 7): first opening <= 0.8 s,
later <= 0.25 s, report process <= 2x the baseline.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}

# Runs in a child: a real main window on the demo folder, then Progress.
CHILD = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app import settings as settings_mod
from app.db import open_store
from app.paths import resolve
from ui.context import AppContext
from ui.shell import theme, translations
from ui.shell.shell import Shell

paths = resolve(sys.argv[1])
translations.install("en")
theme.apply(app, "light", 100)
store = open_store(paths)
context = AppContext(paths, store, settings_mod.load(paths.settings))
shell = Shell(app, context)
window = shell.window
window.resize(1100, 760)
window.show()
for _ in range(5):
    app.processEvents()
assert "matplotlib" not in sys.modules, "matplotlib was imported before Progress opened"

def settle(page, done, start, limit=30.0):
    # Run the event loop until the charts in view are drawn and painted.
    first = None
    while time.perf_counter() - start < limit:
        app.processEvents()
        if first is None and page.painted_charts():
            first = time.perf_counter() - start
        if done and all(k in page.painted_charts() for k in page.drawn_keys()):
            break
    return first


def open_progress(changed=False):
    cpu, start = time.process_time(), time.perf_counter()
    page = window.show_page("progress")
    done = []
    page.charts_drawn.connect(lambda: done.append(1))
    if changed or not page.drawn_keys():
        first = settle(page, done, start)
    else:  # nothing changed: the page only checks that it is still right
        app.processEvents()
        first = None
    page.charts_drawn.disconnect()
    return time.perf_counter() - start, first, time.process_time() - cpu, page

first, first_chart, first_cpu, page = open_progress()
in_view = page.drawn_keys()
window.show_page("today"); app.processEvents()
later, _, later_cpu, _ = open_progress()
window.show_page("today"); app.processEvents()
context.notify("diary")
changed, _, changed_cpu, _ = open_progress(changed=True)
t = time.perf_counter()
page.draw_all()
for key in page.drawn_keys():
    page._cards[key][1].canvas.draw()  # render the charts below the fold too
rest = time.perf_counter() - t
print(json.dumps({"first": first, "first_chart": first_chart, "first_cpu": first_cpu,
                  "in_view": len(in_view), "rest": rest, "later": later, "later_cpu": later_cpu,
                  "changed": changed, "changed_cpu": changed_cpu}))
"""


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(fn, runs: int = RUNS):  # type: ignore[no-untyped-def]
    fn()  # warm-up: file cache, matplotlib font cache, .pyc files
    return [fn() for _ in range(runs)]


def child(data: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(data)], check=True, env=ENV,
                         cwd=ROOT, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        subprocess.run([sys.executable, "-m", "ui.main", "demo", "--data-dir", str(data),
                        "--years", "10"], check=True, cwd=ROOT, env=ENV,
                       stdout=subprocess.DEVNULL)
        (data / "settings.json").write_text('{"welcome_seen": true}')
        base = median_of(lambda: wall([sys.executable, "-c",
                                       "import matplotlib; import PySide6.QtGui"]))
        report = median_of(lambda: wall([sys.executable, "-m", "ui.main", "report",
                                         "--data-dir", str(data), "--weeks", "52",
                                         "--out", str(Path(tmp) / "year.pdf")]))
        child(data)
        pages = [child(data) for _ in range(RUNS)]
    print(f"  (load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    b = statistics.median(base)
    r = statistics.median(report)
    m = {k: statistics.median(p[k] or 0.0 for p in pages) for k in pages[0]}
    print(f"Progress benchmark, 10-year demo folder, median of {RUNS}, same run:")
    print(f"  baseline python -c 'import matplotlib; import PySide6.QtGui': {b:.3f} s")
    print("  first opening of Progress, incl. matplotlib import (target <= 0.8 s):")
    print(f"    first chart on screen:                             {m['first_chart']:.3f} s")
    print(f"    all {m['in_view']:.0f} charts in view drawn:                     "
          f"{m['first']:.3f} s = {m['first'] / b:.2f}x baseline (CPU {m['first_cpu']:.3f} s)")
    print(f"    the charts below the fold (drawn when scrolled to): {m['rest']:.3f} s")
    print(f"  later opening, nothing changed (target <= 0.25 s):   "
          f"{m['later']:.3f} s (CPU {m['later_cpu']:.3f} s)")
    print(f"  later opening after new diary data:                  "
          f"{m['changed']:.3f} s (CPU {m['changed_cpu']:.3f} s)")
    print(f"  ippo report --weeks 52 (whole process):              "
          f"{r:.3f} s = {r / b:.2f}x baseline  (target <= 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
