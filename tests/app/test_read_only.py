"""A read-only data folder: a plain message, non-zero exit, files byte-identical.

Root ignores file modes, so when the tests run as root (as on CI) the folder
and its files are also made immutable with `chattr +i`, which binds root too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_ippo


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _immutable(paths: list[Path], on: bool) -> None:
    flag = "+i" if on else "-i"
    result = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True)
    if on and result.returncode != 0:
        pytest.skip("cannot make files read-only for root here (no chattr +i)")


@pytest.fixture
def read_only_folder():
    top = Path(tempfile.mkdtemp(prefix="ippo-ro-"))
    os.chmod(top, 0o755)
    data = top / "data"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "3").returncode == 0
    files = [data, *data.rglob("*")]
    for p in files:
        os.chmod(p, 0o555 if p.is_dir() else 0o444)
    as_root = os.geteuid() == 0
    if as_root:
        _immutable(files, True)
    yield data
    if as_root:
        _immutable(files, False)
    for p in files:
        os.chmod(p, 0o755)
    shutil.rmtree(top)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("command", [["demo", "--weeks", "1"], ["check"]])
def test_read_only_folder_gets_a_plain_message(read_only_folder, command):
    before = _digests(read_only_folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "HOME": "/tmp", "XDG_CACHE_HOME": "/tmp", "XDG_CONFIG_HOME": "/tmp"}
    out = subprocess.run([sys.executable, "-m", "ui.main", command[0], "--data-dir",
                          str(read_only_folder), *command[1:]], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=60)
    assert "Traceback" not in out.stderr
    if command[0] == "demo":
        assert out.returncode == 1
        assert "cannot write" in out.stderr
    else:  # reading needs no writing: the check still works
        assert out.returncode == 0, out.stderr
        assert "good order" in out.stdout
    assert _digests(read_only_folder) == before
