"""A whole session never touches the network, and no entry text or passphrase reaches a log.

Audit hooks cannot be removed, so the session runs in its own Python process:
every page, a lock and unlock, an export, a backup and (when it exists) the
report, with a hook on socket events and every log record captured.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

CANARY = "canary-diary-text-do-not-log-4b1d"
PASS = "canary passphrase never logged"

SESSION = r"""
import io, json, logging, os, sys
events = []
def hook(event, args):
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        events.append(event)
sys.addaudithook(hook)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.DEBUG)

from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app import demo, drafts
from app.db import StoreProblem, open_store
from app.paths import resolve
from app.privacy import passphrase as pp
from app.privacy.transfer import export_json
from app.backup import make_backup
from app.settings import Settings
from ui.context import AppContext
from ui.shell import theme, translations
from ui.shell.main_window import PAGES
from ui.shell.shell import Shell
from ui.privacy.guard import install

work = Path({work!r})
paths = resolve(work / "data")
translations.install("en")
store = open_store(paths)
demo.generate(store.db, 40, seed=5)
store.db["meta"].insert({{"key": "canary", "value": {canary!r}}})
drafts.keep(store.db, drafts.DraftKind.DIARY, "2026-01-01", {{"note": {canary!r}}})
store, _ = pp.set_passphrase(store, {passphrase!r})
context = AppContext(paths, store, Settings(welcome_seen=True))
shell = Shell(app, context)
guard = install(shell.window, context)
shell.window.show()
for spec in PAGES:
    shell.window.show_page(spec.key)
    app.processEvents()
guard.lock()
form = shell.window.centralWidget().form
form.passphrase.setText("a wrong one")
form.try_open()
form.passphrase.setText({passphrase!r})
form.try_open()
assert context.store is not None
for spec in PAGES:
    shell.window.show_page(spec.key)
    app.processEvents()
export_json(context.db, work / "export.json")
make_backup(context.store, "manual")
try:
    open_store(paths, "another wrong one")
except StoreProblem:
    pass
report = "skipped"
if (Path({root!r}) / "ui" / "report" / "report_cli.py").exists():
    (work / "pass.txt").write_text({passphrase!r})
    from app.cli import build_parser
    from ui.report.report_cli import run
    args = build_parser().parse_args(["report", "--data-dir", str(paths.root),
                                      "--passphrase-file", str(work / "pass.txt"),
                                      "--out", str(work / "report.pdf")])
    report = run(args)
shell.window.close()
context.store.close()
print(json.dumps({{"events": events, "log": stream.getvalue(), "report": report}}))
"""


def test_a_full_session_opens_no_socket_and_logs_no_entry_text(tmp_path):
    code = SESSION.format(root=str(ROOT), work=str(tmp_path), canary=CANARY, passphrase=PASS)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=240, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["events"] == []
    assert (tmp_path / "export.json").exists()
    if result["report"] != "skipped":
        assert result["report"] == 0 and (tmp_path / "report.pdf").exists()
    for text in (result["log"], out.stderr):
        assert CANARY not in text
        assert PASS not in text


def test_the_hook_would_see_a_socket(tmp_path):
    """The same hook does catch a socket, so an empty list above means something."""
    code = ("import sys, socket\nevents=[]\n"
            "sys.addaudithook(lambda e, a: events.append(e) if e.startswith('socket.') else None)\n"
            "try:\n    socket.getaddrinfo('localhost', 80)\nexcept OSError:\n    pass\n"
            "s = socket.socket(); s.close()\nprint(sorted(set(events)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "socket.__new__" in out.stdout and "socket.getaddrinfo" in out.stdout
