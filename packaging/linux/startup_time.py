"""Start-up time of the built bundle to its main window (figures for packaging/README.md).

Usage: python3 packaging/linux/startup_time.py [BUNDLE_DIR] [--source]
Runs `<bundle>/ippo --smoke-test` on a 1-year demo folder, one warm-up then 7
launches, and prints the median seconds from launch until the main window was
shown and until Today was filled (IPPO_STARTUP_TRACE milestones) and until the
process had exited. With --source, the same from the source tree's venv, for
comparison. Uses QT_QPA_PLATFORM from the environment (default offscreen); run
under `xvfb-run -a env QT_QPA_PLATFORM=xcb ...` for a real X11 window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7


def launch(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr}")
    out = {"exited": time.time() - start}
    for line in done.stderr.splitlines():
        if line.startswith("ippo-startup "):
            _, name, stamp = line.split()
            out[name] = float(stamp) - start
    return out


def measure(label: str, cmd: list[str], env: dict[str, str]) -> None:
    first = launch(cmd, env)  # fresh HOME: no caches yet; also warms the file cache
    runs = [launch(cmd, env) for _ in range(RUNS)]
    print(f"{label}: first launch with a fresh HOME: shown {first.get('shown', 0):.2f} s")
    parts = []
    for key in ("shown", "ready", "exited"):
        values = [r[key] for r in runs if key in r]
        if values:
            parts.append(f"{key} {statistics.median(values):.2f} s "
                         f"({min(values):.2f}-{max(values):.2f})")
    print(f"{label}: median of {RUNS}: " + ", ".join(parts))


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    bundle = Path(args[0] if args else ROOT / "dist" / "ippo").resolve()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "IPPO_DATA_DIR")}
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_CACHE_HOME=str(home / ".cache"), IPPO_STARTUP_TRACE="1")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        data = Path(tmp) / "data"
        subprocess.run([str(bundle / "ippo"), "demo", "--data-dir", str(data), "--years", "1"],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        (data / "settings.json").write_text('{"welcome_seen": true}')
        print(f"platform {env['QT_QPA_PLATFORM']}, 1-year demo folder")
        measure("frozen bundle", [str(bundle / "ippo"), "--data-dir", str(data), "--smoke-test"],
                env)
        if "--source" in sys.argv:
            measure("source venv  ", [str(ROOT / ".venv" / "bin" / "python"), "-m", "ui.main",
                                      "--data-dir", str(data), "--smoke-test"],
                    {**env, "PYTHONPATH": str(ROOT)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
