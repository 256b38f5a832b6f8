"""`ippo report`: write the summary (or a blank worksheet) as PDF with no window at all."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication


def _say(text: str, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout)


def _application() -> QCoreApplication:
    # Printing needs fonts (a GUI application) but never a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication  # lazy: a report loads only what it needs

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def run(args: argparse.Namespace) -> int:
    from app import paths as paths_mod  # lazy: a report loads only what it needs
    from app import settings as settings_mod  # lazy: a report loads only what it needs
    from ui.shell import translations  # lazy: a report loads only what it needs

    app = _application()
    data = paths_mod.resolve(args.data_dir)
    settings = settings_mod.load(data.settings)
    translations.install(args.lang or settings.language)
    from ui.report import page_setup  # lazy: a report loads only what it needs

    layout = page_setup.page_layout(page_setup.page_size_name(
        getattr(args, "page_size", None) or settings.page_size))
    worksheet = getattr(args, "worksheet", None)
    try:
        if worksheet:
            return _worksheet(worksheet, layout, args.out)
        return _summary(args, data, layout)
    finally:
        del app


def _worksheet(kind: str, layout: object, out: str) -> int:
    # lazy: a report loads only what it needs
    from ui.report.worksheet_document import WorksheetDocument

    doc = WorksheetDocument(kind, layout)  # type: ignore[arg-type]
    try:
        doc.write_pdf(out, doc.title)
    except OSError as exc:
        _say(QCoreApplication.translate("ReportCli", "Could not write {path}: {reason}").format(
            path=out, reason=exc.strerror or exc), error=True)
        return 1
    _say(QCoreApplication.translate("ReportCli", "Worksheet written to {path}.").format(path=out))
    return 0


def _summary(args: argparse.Namespace, data: object, layout: object) -> int:
    from app.cli import read_passphrase  # lazy: a report loads only what it needs

    # lazy: a report loads only what it needs
    from app.privacy.service import StoreProblem, open_store

    # lazy: a report loads only what it needs
    from app.progress import models, notes, periods, summary

    # lazy: a report loads only what it needs
    from ui.report.summary_document import SummaryDocument

    wanted = args.sections
    if wanted:
        wanted = [w for part in wanted for w in part.split(",") if w]
        if "all" in wanted:
            wanted = list(models.SECTIONS)
        unknown = [w for w in wanted if w not in models.SECTIONS]
        if unknown:
            _say(QCoreApplication.translate(
                "ReportCli", "Unknown section: {names}. Choose from: {choices}.").format(
                names=", ".join(unknown), choices=", ".join(models.SECTIONS)), error=True)
            return 2
    try:
        store = open_store(data, read_passphrase(args), create=False)  # type: ignore[arg-type]
    except StoreProblem as problem:
        _say(problem.user_message(), error=True)
        return 1
    try:
        saved = notes.load(store.db)
        period = periods.of_weeks(args.weeks)
        result = summary.compose(store.db, period, saved, wanted or saved.sections)
    finally:
        store.close()
    doc = SummaryDocument(result, layout)  # type: ignore[arg-type]
    try:
        doc.write_pdf(args.out, doc.title)
    except OSError as exc:
        _say(QCoreApplication.translate("ReportCli", "Could not write {path}: {reason}").format(
            path=args.out, reason=exc.strerror or exc), error=True)
        return 1
    _say(QCoreApplication.translate("ReportCli", "Summary written to {path}.").format(
        path=args.out))
    return 0
