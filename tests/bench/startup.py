"""Start-up benchmark (`make bench`): Ippo against a bare PySide6 window, under X.

Runs under a private Xvfb server with Qt's xcb platform (started here on a free
display, stopped at the end), because the offscreen platform never maps a
window and so hides what a person waits for. Milestones, each printed by the
child (IPPO_STARTUP_TRACE, see ui/shell/startup_trace.py) and timed from launch:

- `visible`: the window's first expose has been handled (mapped and painted);
- `drawn` (Ippo): Today has painted the data it read from the 10-year demo folder.

Launches alternate bare / Ippo, so a machine busy with other work slows both
alike; each pair gives a ratio, and the medians of the ratios are reported with
the medians of the times. Peak RSS comes from the kernel's accounting of each
child (os.wait4). Ippo's own modules are byte-compiled first, as after the first
start of an installed copy. Targets (issue 15): Today drawn <= 2x the bare
window's visible time; peak RSS <= 100 MB.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("IPPO_BENCH_RUNS", "7"))
BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel

class AfterExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Expose:
            return False
        watched.removeEventFilter(self)
        watched.event(event)
        print("ippo-startup visible %.6f" % time.time(), file=sys.stderr, flush=True)
        QTimer.singleShot(0, app.quit)
        return True

app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1100, 760); w.show()
print("ippo-startup shown %.6f" % time.time(), file=sys.stderr, flush=True)
f = AfterExpose(); w.windowHandle().installEventFilter(f)
sys.exit(app.exec())
"""


@contextmanager
def xvfb() -> Iterator[str]:
    """A private X server on a display it picks itself (-displayfd): no clash
    with another server on this machine."""
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as fh:
            number = fh.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start (is the xvfb package installed?)")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def timed(cmd: list[str], display: str) -> dict[str, float]:
    """Seconds from launch to each milestone the child reports, and its peak RSS (MB)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IPPO_STARTUP_TRACE": "1",
           "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
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


def demo_folder(tmp: str) -> Path:
    data = Path(tmp) / "demo"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ui.main", "demo", "--data-dir", str(data),
                    "--years", "10"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    print(f"10-year demo folder written in {time.perf_counter() - t0:.1f} s "
          f"({(data / 'ippo.sqlite3').stat().st_size / 1e6:.1f} MB)")
    # Mark the welcome as seen so the window opens straight to Today.
    (data / "settings.json").write_text('{"welcome_seen": true}')
    return data


def main() -> int:
    for package in ("app", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    bare_cmd = [sys.executable, "-c", BARE]
    with tempfile.TemporaryDirectory() as tmp, xvfb() as display:
        data = demo_folder(tmp)
        ippo_cmd = [sys.executable, "-m", "ui.main", "--data-dir", str(data), "--smoke-test"]
        timed(bare_cmd, display), timed(ippo_cmd, display)  # warm the caches (and the daily backup)
        pairs = [(timed(bare_cmd, display), timed(ippo_cmd, display)) for _ in range(RUNS)]
    report(pairs)
    return 0


def report(pairs: list[tuple[dict[str, float], dict[str, float]]]) -> None:
    def med(values: Iterator[float]) -> float:
        return statistics.median(list(values))

    bare_visible = med(b["visible"] for b, _ in pairs)
    ippo = {k: med(i[k] for _, i in pairs) for k in ("visible", "ready", "drawn")}
    ratio_visible = med(i["visible"] / b["visible"] for b, i in pairs)
    ratio_drawn = med(i["drawn"] / b["visible"] for b, i in pairs)
    bare_rss = max(b["rss"] for b, _ in pairs)
    ippo_rss = max(i["rss"] for _, i in pairs)
    load = os.getloadavg()[0]
    print(f"Xvfb + xcb; {len(pairs)} launches each, bare and Ippo alternating; "
          f"load average {load:.1f}")
    print(f"  bare PySide6 window visible   : {bare_visible:.3f} s   peak RSS {bare_rss:.0f} MB")
    print(f"  Ippo window visible           : {ippo['visible']:.3f} s   "
          f"ratio {ratio_visible:.2f}")
    print(f"  Ippo Today filled (data read) : {ippo['ready']:.3f} s")
    print(f"  Ippo Today drawn with data    : {ippo['drawn']:.3f} s   "
          f"ratio {ratio_drawn:.2f}  (target <= 2)  {'met' if ratio_drawn <= 2 else 'NOT met'}")
    print(f"  Ippo peak RSS                 : {ippo_rss:.0f} MB   (target <= 100 MB)  "
          f"{'met' if ippo_rss <= 100 else 'NOT met'}")


if __name__ == "__main__":
    sys.exit(main())
