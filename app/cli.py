"""The `ippo` command line: start the window, or work on a data folder without one.

Commands that need Qt (the window, printing a report) are handed to the front
end, found through the `ippo.frontends` entry point so this core never imports
the user interface.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Protocol

from app import __version__, paths
from app.cli_input import read_passphrase, say
from app.i18n import translate
from app.privacy import hardening
from app.storefile import StoreProblem, when

__all__ = ["Frontend", "build_parser", "commands", "main", "read_passphrase"]


class Frontend(Protocol):
    def install_translations(self, language: str) -> None: ...
    def run_gui(self, args: argparse.Namespace) -> int: ...
    def run_report(self, args: argparse.Namespace) -> int: ...


def _common() -> argparse.ArgumentParser:
    """The options every command takes, the window included."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="use this data folder")
    common.add_argument("--lang", choices=["en", "ja"], help="language of messages")
    common.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from FILE (for scripts)")
    return common


def _add_window_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--version", action="version", version=f"Ippo {__version__}")
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--background", action="store_true",
                   help="start without a window, only for reminders (used by "
                        "'Start with the session')")


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """`argv` parsed as the window's own options, or None when it holds anything
    else (a command, --help, a mistake): then the full parser reads it, with every
    command's options and messages. Starting the window so loads none of the
    commands' modules (about 20 ms before the first frame)."""
    p = argparse.ArgumentParser(prog="ippo", parents=[_common()], add_help=False,
                                exit_on_error=False)
    _add_window_options(p)
    p.set_defaults(command=None)
    try:
        args, rest = p.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    # lazy: the commands' modules load only for a command (see window_args)
    from app.importers import cli as importers_cli
    from app.privacy import cli as privacy_cli  # lazy: as above
    from app.routine import cli as routine_cli  # lazy: as above

    common = _common()
    p = argparse.ArgumentParser(prog="ippo", parents=[common],
                                description="Ippo, a private self-help companion.")
    _add_window_options(p)
    sub = p.add_subparsers(dest="command")

    sub.add_parser("check", parents=[common], help="check the data folder's database")
    sub.add_parser("restore", parents=[common],
                   help="put the newest good backup back when the database is unusable")

    demo = sub.add_parser("demo", parents=[common], help="write fictional demo data")
    span = demo.add_mutually_exclusive_group()
    span.add_argument("--weeks", type=int)
    span.add_argument("--years", type=int)
    demo.add_argument("--seed", type=int, default=7)

    report = sub.add_parser("report", parents=[common], help="write the summary as PDF")
    report.add_argument("--weeks", type=int, default=4)
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--sections", nargs="*", metavar="SECTION",
                        help="words mood sleep outside ladder routine plan_facts thoughts plan "
                             "charts questions detail (a second page), or all")
    report.add_argument("--page-size", choices=["A4", "Letter"])
    report.add_argument("--worksheet", choices=["ladder", "thought", "plan"],
                        help="write a blank worksheet to fill in by pen instead")
    privacy_cli.add_parsers(sub, common)
    importers_cli.add_parsers(sub, common)
    routine_cli.add_parsers(sub, common)
    return p


def cmd_check(args: argparse.Namespace) -> int:
    from app import health  # lazy: database libraries load after the window's first frame

    result = health.check(paths.resolve(args.data_dir), read_passphrase(args))
    say(result.message, error=not result.ok)
    return 0 if result.ok else 1


def cmd_demo(args: argparse.Namespace) -> int:
    from app import demo  # lazy: database libraries load after the window's first frame
    from app.db import open_store  # lazy: as above

    days = 7 * args.weeks if args.weeks else 365 * (args.years or 1)
    if days <= 0:
        say(translate("Cli", "Please give a positive number of weeks or years."), error=True)
        return 2
    try:
        store = open_store(paths.resolve(args.data_dir), read_passphrase(args))
    except StoreProblem as problem:
        say(problem.user_message(), error=True)
        return 1
    try:
        demo.generate(store.db, days, seed=args.seed)
    finally:
        store.close()
    say(translate("Cli", "Demo data for {days} days written to {path}.").format(
        days=days, path=store.paths.root))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Put the newest good backup in place of an unusable database (kept aside)."""
    from app import recovery  # lazy: database libraries load after the window's first frame
    from app.db import open_store  # lazy: as above

    data = paths.resolve(args.data_dir)
    try:
        store = open_store(data, read_passphrase(args), create=False, migrate=False)
    except StoreProblem as problem:
        if problem.offer is None or problem.offer_taken is None:
            say(problem.user_message(), error=True)
            return 1
        try:
            done = recovery.put_back(data, problem.offer)
        except StoreProblem as failed:
            say(failed.user_message(), error=True)
            return 1
        say(translate("Cli", "The backup from {date} is your data again.").format(
            date=when(problem.offer_taken)))
        if done.kept is not None:
            say(translate("Cli", "The unusable file was kept as {path}.").format(
                path=done.kept))
        return 0
    store.close()
    say(translate("Cli", "Your data in {path} opens normally, so nothing was restored. "
                   "To go back to a backup, use Settings in Ippo's window.").format(
        path=data.root), error=True)
    return 1


def commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    """Every command of the command line (the window and `report` go to the front end)."""
    # lazy: the commands' modules load only for a command (see window_args)
    from app.importers import cli as importers_cli
    from app.privacy import cli as privacy_cli  # lazy: as above
    from app.routine import cli as routine_cli  # lazy: as above

    return {"check": cmd_check, "demo": cmd_demo, "restore": cmd_restore,
            **privacy_cli.COMMANDS,  # export, import, passphrase
            **importers_cli.COMMANDS,  # import-from
            **routine_cli.COMMANDS}  # routine


def load_frontend() -> Frontend | None:
    from importlib.metadata import entry_points  # lazy: only the bare command line uses it

    for ep in entry_points(group="ippo.frontends"):
        return ep.load()  # type: ignore[no-any-return]
    return None


def main(argv: list[str] | None = None, frontend: Frontend | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = window_args(argv) or build_parser().parse_args(argv)
    frontend = frontend or load_frontend()
    if args.command is not None:  # the window does this itself, after its first frame
        hardening.keep_out_of_crash_dumps()
    command = commands().get(args.command) if args.command is not None else None
    if command is not None:
        if frontend is not None:
            frontend.install_translations(args.lang or "")
        return int(command(args))
    if frontend is None:
        say("Ippo's window is not installed; only the command line is available.", error=True)
        return 2
    if args.command == "report":
        return frontend.run_report(args)
    return frontend.run_gui(args)
