"""The command line, run as a real process."""

from __future__ import annotations

from app import __version__
from tests.conftest import run_ippo


def test_version():
    out = run_ippo("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"Ippo {__version__}"


def test_check_good_folder(tmp_path):
    data = tmp_path / "d"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "2").returncode == 0
    out = run_ippo("check", "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    assert "good order" in out.stdout


def test_check_missing_folder(tmp_path):
    out = run_ippo("check", "--data-dir", str(tmp_path / "nothing"))
    assert out.returncode == 1
    assert "no Ippo data" in out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "nothing").exists()


def test_check_corrupt_folder(tmp_path):
    data = tmp_path / "d"
    assert run_ippo("demo", "--data-dir", str(data), "--weeks", "8").returncode == 0
    db = data / "ippo.sqlite3"
    raw = bytearray(db.read_bytes())
    raw[4096 * 2: 4096 * 2 + 64] = b"\xa5" * 64  # scribble over page 3
    db.write_bytes(bytes(raw))
    out = run_ippo("check", "--data-dir", str(data))
    assert out.returncode == 1
    assert "damaged" in out.stderr
    assert "Traceback" not in out.stderr
    assert db.read_bytes() == bytes(raw)


def test_check_in_japanese(tmp_path):
    out = run_ippo("check", "--data-dir", str(tmp_path / "none"), "--lang", "ja")
    assert out.returncode == 1
    assert "Ippo" in out.stderr and "there is no" not in out.stderr.lower()


def test_python_m_app_is_the_same_command(tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True,
                         text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == f"Ippo {__version__}"
