"""Start-up benchmark (`make bench`): Ippo's time to its main window vs a bare PySide6 window.

Both are measured in the same run, from launch until the window has been shown
(the child prints a wall-clock milestone, IPPO_STARTUP_TRACE), the median of 7
each, after one warm-up. Ippo opens a 10-year demo data folder; it also reports
when Today has been filled from the database.
Peak RSS comes from the kernel's accounting of each child (os.wait4).
Ippo's own modules are byte-compiled first, as they are after the first start
of an installed copy: PySide6's already are, and a machine that sets
PYTHONDONTWRITEBYTECODE would otherwise charge Ippo a compile on every launch.
Targets (issue 2): ratio <= 1.5, peak RSS <= 100 MB.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1100, 760); w.show()
print("ippo-startup shown %.6f" % time.time(), file=sys.stderr, flush=True)
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def timed(cmd: list[str]) -> dict[str, float]:
    """Seconds from launch to each milestone the child reports, and its peak RSS (MB)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IPPO_STARTUP_TRACE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err}")
    out = {"rss": usage.ru_maxrss / 1024}  # Linux reports KiB
    for line in err.splitlines():
        if line.startswith("ippo-startup "):
            _, name, stamp = line.split()
            out[name] = float(stamp) - start
    return out


def measure(cmd: list[str]) -> dict[str, float]:
    timed(cmd)  # warm the file cache and matplotlib/Qt caches
    results = [timed(cmd) for _ in range(RUNS)]
    keys = {k for r in results for k in r}
    summary = {k: statistics.median(r[k] for r in results) for k in keys if k != "rss"}
    summary["rss"] = max(r["rss"] for r in results)
    return summary


def main() -> int:
    for package in ("app", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ui.main", "demo", "--data-dir", str(data),
                        "--years", "10"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
        print(f"10-year demo folder written in {time.perf_counter() - t0:.1f} s "
              f"({(data / 'ippo.sqlite3').stat().st_size / 1e6:.1f} MB)")
        # Mark the welcome as seen so the window opens straight to Today.
        (data / "settings.json").write_text('{"welcome_seen": true}')
        bare = measure([sys.executable, "-c", BARE])
        ippo = measure([sys.executable, "-m", "ui.main", "--data-dir", str(data),
                        "--smoke-test"])
    print(f"median of {RUNS} launches each, same run:")
    print(f"  bare PySide6 window shown     : {bare['shown']:.3f} s  peak RSS {bare['rss']:.0f} MB")
    print(f"  Ippo main window shown        : {ippo['shown']:.3f} s")
    print(f"  Ippo Today filled (data read) : {ippo['ready']:.3f} s  peak RSS {ippo['rss']:.0f} MB")
    print(f"  ratio shown / bare            : {ippo['shown'] / bare['shown']:.2f}  (target <= 1.5)")
    print(f"  ratio Today filled / bare     : {ippo['ready'] / bare['shown']:.2f}")
    print(f"  Ippo peak RSS                 : {ippo['rss']:.0f} MB (target <= 100 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
