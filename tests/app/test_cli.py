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


WINDOW_ARGVS = [
    [],
    ["--data-dir", "some folder"],
    ["--data-dir=demo", "--lang", "ja"],  # a folder named like a command
    ["--lang", "en", "--passphrase-file", "p.txt", "--background"],
    ["--smoke-test", "--data", "x"],  # an abbreviation, as argparse allows
]
NOT_WINDOW_ARGVS = [
    ["demo", "--weeks", "2"],
    ["--data-dir", "x", "check"],
    ["-h"],
    ["--lang", "fr"],  # a mistake: the full parser says what is wrong
    ["--data-dir"],
    ["--out", "x.pdf"],
]


def test_the_window_s_options_parse_as_the_full_parser_parses_them():
    from app.cli import build_parser, window_args

    for argv in WINDOW_ARGVS:
        fast = window_args(argv)
        assert fast is not None, argv
        assert vars(fast) == vars(build_parser().parse_args(argv)), argv
    for argv in NOT_WINDOW_ARGVS:
        assert window_args(argv) is None, argv


def test_starting_the_window_loads_none_of_the_commands_modules(tmp_path):
    """The window's start skips the commands' modules; a command still finds its own."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from app import cli\n"
        "class Front:\n"
        "    def install_translations(self, language): pass\n"
        "    def run_gui(self, args): return 0\n"
        "    def run_report(self, args): return 0\n"
        "code = cli.main(sys.argv[1:], frontend=Front())\n"
        "print(sorted(m for m in sys.modules\n"
        "             if m.endswith('.cli') and m.startswith('app.') and m != 'app.cli'))\n"
        "sys.exit(code)\n")
    window = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, check=True)
    assert window.stdout.strip() == "[]"
    command = subprocess.run([sys.executable, "-c", script, "check", "--data-dir",
                              str(tmp_path / "none")], capture_output=True, text=True)
    assert command.returncode == 1
    assert "app.privacy.cli" in command.stdout
