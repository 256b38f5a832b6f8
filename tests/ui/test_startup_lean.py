"""What the window loads to show Today (issue 15's start-up targets).

The first frame is Today with the person's data. Reading it needs neither
sqlite-utils nor numpy (together ~0.16 s and 38 MB before the window could show),
nor hashlib's own copy of OpenSSL; they load later, when something needs them.
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
for name in ("sqlite_utils", "numpy", "_hashlib", "app.importers.registry", "matplotlib"):
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


def test_today_is_shown_without_the_heavy_libraries(demo_folder):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(demo_folder)], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    seen = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert seen == {"exit": "0", "sqlite_utils": "False", "numpy": "False",
                    "_hashlib": "False", "app.importers.registry": "False",
                    "matplotlib": "False"}, out.stderr
