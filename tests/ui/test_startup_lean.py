"""What the window loads to show Today (issue 15's start-up targets).

The first frame is Today with the person's data. Reading it needs neither
sqlite-utils nor numpy (together ~0.16 s and 38 MB before the window could show),
nor hashlib's own copy of OpenSSL, nor a TOML parser (no content is read); they
load later, when something needs them.
These run the real start-up in a child process, as `make bench` does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

CHILD = """
import runpy, sys
sys.argv = ["ippo", "--data-dir", sys.argv[1], "--smoke-test"]
try:
    runpy.run_module("ui.main", run_name="__main__")
except SystemExit as done:
    code = done.code
print("exit", code)
for name in ("sqlite_utils", "numpy", "_hashlib", "app.importers.registry", "matplotlib",
             "tomllib"):
    print(name, name in sys.modules)
"""


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lean") / "data"
    subprocess.run([sys.executable, "-m", "app", "demo", "--data-dir", str(folder),
                    "--weeks", "3"], check=True, cwd=ROOT, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    settings = folder / "settings.json"
    settings.write_text(json.dumps({"welcome_seen": True}))
    settings.chmod(0o600)
    return folder


def _child(script: str, folder, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `script` as the start-up's own process on `folder` (offscreen)."""
    return subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True,
                          text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "QT_QPA_PLATFORM": "offscreen", **env})


def test_today_is_shown_without_the_heavy_libraries(demo_folder):
    out = _child(CHILD, demo_folder)
    assert out.returncode == 0, out.stderr
    seen = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert seen == {"exit": "0", "sqlite_utils": "False", "numpy": "False",
                    "_hashlib": "False", "app.importers.registry": "False",
                    "matplotlib": "False", "tomllib": "False"}, out.stderr


# The window's start in the child, to its end (the smoke test quits once it settled).
START_WINDOW = """
sys.argv = ["ippo", "--data-dir", sys.argv[1], "--smoke-test"]
try:
    runpy.run_module("ui.main", run_name="__main__")
except SystemExit:
    pass
"""

AT_DRAWN = """
import os, runpy, sys
os.environ["IPPO_STARTUP_TRACE"] = "1"
import PySide6.QtCore as QtCore
import ui.shell.startup_trace as startup_trace
from ui.widgets import dialog_fit, keys
def filters():
    return keys._filter is not None and dialog_fit._fitter is not None
seen = {}
def trace(milestone):
    # PySide6 builds Python's copy of the whole `Qt` namespace (every enum in it,
    # about 20 ms) the first time anything imports it from QtCore.
    seen.setdefault(milestone, ("Qt" in vars(QtCore), filters()))
startup_trace.trace = trace
""" + START_WINDOW + """
print(*seen.get("drawn"), "Qt" in vars(QtCore), filters(), "app.privacy.cli" in sys.modules)
"""


def test_today_is_drawn_before_the_qt_namespace_is_built(demo_folder):
    """Today's first frame needs no `Qt.` enum: `Qt` is built after it (when the
    system's colour scheme is asked). Also a guard: were PySide6 to build `Qt`
    with the module, this fails (the check itself would then be moot)."""
    out = _child(AT_DRAWN, demo_folder)
    assert out.returncode == 0, out.stderr
    qt_at_drawn, filters_at_drawn, qt_at_exit, filters_at_exit, commands_loaded = (
        out.stdout.split())
    assert qt_at_drawn == "False", "something before Today's first frame imported Qt"
    assert qt_at_exit == "True"  # built after the frame: the check can see it
    # The app-wide event filters (~35 ms while the window is made) come after the frame.
    assert (filters_at_drawn, filters_at_exit) == ("False", "True")
    assert commands_loaded == "False"  # the window never loads the commands' modules


BEFORE_A_DIALOG = """
import runpy, sys
from ui.shell.startup_problem import StartupProblemScreen
from ui.widgets import dialog_fit, keys
def ask(problem):
    print("filters", keys._filter is not None and dialog_fit._fitter is not None)
    return False
StartupProblemScreen.ask = staticmethod(ask)
sys.argv = ["ippo", "--data-dir", sys.argv[1]]
try:
    runpy.run_module("ui.main", run_name="__main__")
except SystemExit as done:
    print("exit", done.code)
"""


def test_a_dialog_before_the_first_frame_has_the_event_filters(tmp_path):
    """A problem at start is told before any window: that dialog gets the filters
    (screen-reader names, Enter on buttons, room for its words) all the same."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "ippo.sqlite3").write_bytes(b"not a database at all" * 100)
    out = _child(BEFORE_A_DIALOG, data)
    assert out.stdout.split() == ["filters", "True", "exit", "1"], out.stderr


STYLE_AT_START = """
import os, runpy, sys
os.environ["IPPO_STARTUP_TRACE"] = "1"
import PySide6.QtWidgets as QtWidgets
import ui.shell.startup_trace as startup_trace
seen = {}
def trace(milestone):
    seen.setdefault(milestone, "QStyle" in vars(QtWidgets))
startup_trace.trace = trace
""" + START_WINDOW + """
app = QtWidgets.QApplication.instance()
app.setStyleSheet("")  # the style under Ippo's style sheet
print(app.style().name(), seen["drawn"])
"""


def test_the_window_is_fusion_without_building_qstyle_before_its_first_frame(demo_folder):
    """Fusion even where the desktop asks for another style (Qt's -style option wins
    over QT_STYLE_OVERRIDE), chosen as the application is made: `app.setStyle`
    would build Python's copy of QStyle (~10 ms) before the first frame."""
    out = _child(STYLE_AT_START, demo_folder, QT_STYLE_OVERRIDE="windows")
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["fusion", "False"], out.stderr
