"""Every page, list, chart axis, the plan's versions and the printed summary write a
known day (Tuesday 1 December 2026, 00:10) the one way app/dates.py writes it: in
Japanese no ISO date, no "12/1/26" and no English month name leaks through."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QGroupBox,
    QLabel,
    QListWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from app import clock, demo
from tests.ui.diary_pump import pump

DAY = date(2026, 12, 1)  # a Tuesday
NOW = datetime.combine(DAY, time(0, 10))
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{4}/\d{1,2}/\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
WANT = {"en": ["Tuesday, 1 December 2026", "1 Dec 2026"],
        "ja": ["2026年12月1日（火）", "2026年12月1日"]}


def _texts(root: QWidget) -> list[str]:
    """Every text a person can see in `root`: labels, buttons, lists, browsers, date
    fields and the tick labels of drawn charts."""
    out: list[str] = []
    out += [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    out += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root)]
    out += [w.title() for w in root.findChildren(QGroupBox) if w.isVisibleTo(root)]
    out += [w.text() for w in root.findChildren(QDateEdit) if w.isVisibleTo(root)]
    out += [w.toPlainText() for w in root.findChildren(QTextBrowser) if w.isVisibleTo(root)]
    for lst in root.findChildren(QListWidget):
        out += [lst.item(i).text() for i in range(lst.count())]
    for tree in root.findChildren(QTreeWidget):
        it = tree.invisibleRootItem()
        out += [it.child(i).text(c) for i in range(it.childCount())
                for c in range(tree.columnCount())]
    for chart in root.findChildren(QWidget):
        fig = getattr(chart, "figure", None)
        if fig is not None and hasattr(fig, "axes") and getattr(chart, "canvas", None):
            fig.canvas.draw()
            out += [t.get_text() for ax in fig.axes for t in ax.get_xticklabels()]
    return [t for t in out if t]


def _leaks(texts: list[str], lang: str) -> list[str]:
    found = [t for t in texts if ISO.search(t)]
    if lang == "ja":
        found += [t for t in texts if MONTH.search(t)]
    return found


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:constrained_layout not applied")
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_page_writes_dates_one_way(qtbot, qapp, context, monkeypatch, lang):
    from app.progress import notes, summary
    from app.progress.models import SECTIONS
    from app.progress.periods import last_days
    from ui.plan.versions_dialog import VersionsDialog
    from ui.report.page_setup import page_layout
    from ui.report.summary_document import SummaryDocument
    from ui.shell import translations
    from ui.shell.main_window import PAGES
    from ui.shell.shell import Shell

    monkeypatch.setattr(clock, "now", lambda: NOW.astimezone())
    monkeypatch.setattr(clock, "today", lambda: DAY)
    demo.generate(context.db, 60, end=DAY)
    shell = Shell(qapp, context)
    window = shell.window
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    context.update_settings(language=lang)  # switched as Settings does
    seen: list[str] = []
    leaks: list[str] = []
    try:
        for spec in PAGES:
            window.show_page(spec.key)
            pump(80)
            page = window.page(spec.key)
            if spec.key == "ladder":  # every step, so every attempt list is shown
                for row in range(page.step_list.count()):
                    page.step_list.setCurrentRow(row)
                    pump(20)
                    texts = _texts(window)
                    seen += texts
                    leaks += [f"ladder step {row}: {t!r}" for t in _leaks(texts, lang)]
                continue
            if spec.key == "progress":
                pump(1500)
            texts = _texts(window)
            seen += texts
            leaks += [f"{spec.key}: {t!r}" for t in _leaks(texts, lang)]
        dialog = VersionsDialog(context.db, window)
        dialog.show()
        pump(30)
        texts = _texts(dialog)
        leaks += [f"plan versions: {t!r}" for t in _leaks(texts, lang)]
        dialog.close()
        dialog.deleteLater()
        s = summary.compose(context.db, last_days(28), notes.load(context.db), list(SECTIONS))
        printed = SummaryDocument(s, page_layout("A4")).toPlainText()
        leaks += [f"summary PDF: {line!r}" for line in _leaks(printed.splitlines(), lang)]
        seen += printed.splitlines()
    finally:
        window.close()
        window.deleteLater()
        shell.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        translations.install("en")
    assert leaks == [], "\n".join(leaks)
    joined = "\n".join(seen)
    for want in WANT[lang]:
        assert want in joined, f"{want!r} is shown nowhere"
