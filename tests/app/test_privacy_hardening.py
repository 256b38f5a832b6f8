"""Ippo's memory (diary text, the database key) is kept out of crash dumps."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import cli
from app.privacy import hardening
from tests.conftest import ROOT

CHILD = """
import resource
from app.privacy.hardening import is_dumpable, keep_out_of_crash_dumps
print(is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE)[0] != 0)
print(keep_out_of_crash_dumps(), is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_no_core_file_and_not_dumpable_afterwards():
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)

    def allow_cores() -> None:  # in the child: as many cores as this system allows
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

    out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True,
                         text=True, check=True, preexec_fn=allow_cores)
    before, after = out.stdout.splitlines()
    assert before == f"True {hard != 0}"
    assert after == "True False (0, 0)"


class _NoWindow:
    """A front end with no Qt: this test process must not create a QCoreApplication,
    or every later test that needs a QApplication fails."""

    def install_translations(self, language: str) -> None:
        pass


def test_every_cli_command_asks_before_opening_data(tmp_path, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(hardening, "keep_out_of_crash_dumps", lambda: calls.append("asked"))
    assert cli.main(["check", "--data-dir", str(tmp_path / "none")], frontend=_NoWindow()) == 1
    assert calls == ["asked"]
