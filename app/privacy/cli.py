"""`ippo export`, `ippo import` and `ippo passphrase set|change|remove`, for scripts.

All are non-interactive: `--passphrase-file` holds the current passphrase (or
the recovery key), `--new-passphrase-file` the new one.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.cli_input import read_passphrase, say
from app.i18n import translate
from app.privacy.files import WriteProblem, write_private
from app.storefile import StoreProblem
from app.validation import FieldErrors

if TYPE_CHECKING:
    from app.connection import Store


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    exp = sub.add_parser("export", parents=[common], help="export everything as JSON or CSV")
    exp.add_argument("--out", required=True, metavar="FILE.json|FOLDER",
                     help="the JSON file to write, or a new folder with --csv")
    exp.add_argument("--csv", action="store_true", help="one CSV file per table, in a folder")
    exp.add_argument("--readable", action="store_true",
                     help="a spreadsheet a person can read, in a folder: the diary, ladder "
                          "practice and thought records, headers in --lang")
    exp.add_argument("--allow-plaintext", action="store_true",
                     help="confirm a plaintext export of a passphrase-protected folder")
    exp.add_argument("--file-passphrase-file", metavar="FILE",
                     help="encrypt the export with the passphrase in FILE (by default an "
                          "export of a protected folder is encrypted with its passphrase)")
    imp = sub.add_parser("import", parents=[common],
                         help="import an Ippo export (also into a new, empty data folder)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--mode", choices=["merge", "replace"], default=None,
                     help="merge (default) or replace; a new data folder is restored as is")
    imp.add_argument("--file-passphrase-file", metavar="FILE",
                     help="the passphrase of an encrypted export, or the recovery key of an "
                          "encrypted backup (by default what --passphrase-file gives)")
    pw = sub.add_parser("passphrase", parents=[common], help="set, change or remove the passphrase")
    pw.add_argument("action", choices=["set", "change", "remove"])
    pw.add_argument("--new-passphrase-file", metavar="FILE",
                    help="read the new passphrase from FILE")
    pw.add_argument("--recovery-key-file", metavar="FILE",
                    help="write the recovery key to FILE instead of printing it")


# The window starts through app.cli, which imports this module: the database
# libraries load after its first frame, so each command imports them itself.


def _open(args: argparse.Namespace, create: bool = False) -> Store | None:
    from app.backup import rekey_backups  # lazy: database libraries (see above)
    from app.db import open_store  # lazy: as above
    from app.privacy.swap import clear_leftovers  # lazy: as above

    try:
        store = open_store(paths.resolve(args.data_dir), None if create else read_passphrase(args),
                           create=create)
        clear_leftovers(store.paths)
        if store.passphrase:  # a plain backup left by a crash or an older Ippo
            rekey_backups(store.paths.backups, store.passphrase, store.passphrase,
                          partials=False)
        return store
    except StoreProblem as problem:
        say(problem.user_message(), error=True)
        return None


def _file_passphrase(args: argparse.Namespace) -> str | None:
    return _read(args.file_passphrase_file) or read_passphrase(args)


def cmd_export(args: argparse.Namespace) -> int:
    from app.privacy.readable import export_readable  # lazy: database libraries (see above)
    from app.privacy.spreadsheet import export_csv  # lazy: as above
    from app.privacy.transfer import export_json  # lazy: as above

    file_passphrase = _read(args.file_passphrase_file)
    sheets = args.csv or args.readable
    store = _open(args)
    if store is None:
        return 1
    try:
        if store.passphrase and not file_passphrase and not args.allow_plaintext:
            file_passphrase = None if sheets else read_passphrase(args)
            if not file_passphrase:
                say(translate("PrivacyCli", "Your data is protected by a passphrase, but "
                               "this export is plain text anyone can read. Add "
                               "--allow-plaintext to export anyway."), error=True)
                return 2
        if sheets and file_passphrase:
            say(translate("PrivacyCli", "Spreadsheet files cannot be encrypted; leave out "
                           "--file-passphrase-file, or export without --csv or --readable."),
                error=True)
            return 2
        out = Path(args.out)
        if sheets and out.exists():
            say(translate("PrivacyCli", "{path} already exists; please name a new folder.")
                 .format(path=out), error=True)
            return 2
        if args.readable:
            written = export_readable(store.db, out)
        elif args.csv:
            written = export_csv(store.db, out)
        else:
            written = export_json(store.db, out, file_passphrase)
    except WriteProblem as problem:
        say(problem.user_message(), error=True)
        return 1
    finally:
        store.close()
    if file_passphrase:
        say(translate("PrivacyCli", "Exported to {path}, encrypted with the passphrase "
                       "you gave. Ippo asks for it when the file is imported.")
            .format(path=written))
    else:
        say(translate("PrivacyCli", "Exported to {path}.").format(path=written))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.privacy import transfer  # lazy: database libraries
    from app.storefile import file_state  # lazy: as above

    data = paths.resolve(args.data_dir)
    source, secret = Path(args.file), _file_passphrase(args)
    new = file_state(data.database) in ("absent", "empty")
    try:
        if new:  # a new computer: check the whole file before making a data folder
            transfer.check_alone(source, secret)
            store = _open(args, create=True)
        else:
            store = _open(args)
    except transfer.ImportProblem as problem:
        return _import_refused(problem)
    if store is None:
        return 1
    try:
        mode = args.mode or (transfer.REPLACE if new else transfer.MERGE)
        result = transfer.import_json(store, source, mode, secret)
    except (transfer.ImportProblem, StoreProblem) as problem:
        return _import_refused(problem)
    finally:
        store.close()
    say(result.user_message())
    if new:
        say(translate("PrivacyCli", "Your data is now in {path}. It is not protected by a "
                       "passphrase on this computer yet; `ippo passphrase set` adds one.")
            .format(path=data.root))
    return 0


def _import_refused(problem: Exception) -> int:
    from app.privacy.transfer import ImportProblem  # lazy: database libraries

    say(problem.user_message(), error=True)  # type: ignore[attr-defined]
    if isinstance(problem, ImportProblem) and problem.kind in (ImportProblem.NEEDS_PASSPHRASE,
                                                              ImportProblem.NEEDS_KEY):
        say(translate("PrivacyCli", "Give it with --file-passphrase-file."), error=True)
        return 2
    return 1


def _read(path: str | None) -> str | None:
    if not path:
        return None
    return Path(path).read_text(encoding="utf-8").rstrip("\r\n") or None


def cmd_passphrase(args: argparse.Namespace) -> int:
    from app.backup import BackupsRekeyed  # lazy: database libraries (see above)
    from app.privacy import passphrase as pp  # lazy: as above

    new = _read(args.new_passphrase_file)
    if args.action in ("set", "change") and not new:
        say(translate("PrivacyCli", "Please give the new passphrase with "
                       "--new-passphrase-file."), error=True)
        return 2
    store = _open(args)
    if store is None:
        return 1
    current = read_passphrase(args) or ""
    backups = BackupsRekeyed()
    try:
        if args.action == "set":
            pp.check_new(new or "", new or "")
            store, key = pp.set_passphrase(store, new or "", backups)
            if args.recovery_key_file:
                write_private(Path(args.recovery_key_file), (key + "\n").encode("ascii"))
            else:
                say(translate("PrivacyCli", "Recovery key (keep it on paper, somewhere "
                               "safe): {key}").format(key=key))
        elif args.action == "change":
            pp.check_new(new or "", new or "")
            store = pp.change_passphrase(store, current, new or "", backups)
        else:
            store = pp.remove_passphrase(store, current, backups)
    except FieldErrors as errors:
        say(" ".join(errors.messages.values()), error=True)
        return 1
    except StoreProblem as problem:
        say(problem.user_message(), error=True)
        return 1
    finally:
        store.close()
    said = pp.backups_message(backups, protected=args.action != "remove")
    say(" ".join(filter(None, (translate("PrivacyCli", "Done."), said))))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export, "import": cmd_import, "passphrase": cmd_passphrase}
