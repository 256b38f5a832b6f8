"""The lighter first import of matplotlib keeps charts working exactly as before."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

CODE = """
import PySide6.QtWidgets
from ui.progress import lean_matplotlib
lean_matplotlib.prepare()
from matplotlib.figure import Figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
fig = Figure()
ax = fig.add_subplot()
line, = ax.plot([1, 2], [3, 4])
line.set(color="#D55E00", linewidth=3, label="mood")
ax.set(xlim=(0, 5), title="title")
FigureCanvasAgg(fig).draw()
import shibokensupport.feature as feature
print(line.get_color(), line.get_linewidth(), ax.get_title(),
      getattr(feature._mod_uses_pyside, "_ippo_quick", False))
"""


def test_charts_work_after_the_lighter_import():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT),
                              "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["#D55E00", "3.0", "title", "True"]
