"""The summary screen: the user's words are kept, the chosen parts are printed, and
print, preview and Save as PDF produce the same page."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.progress import notes, periods
from tests.ui import pdf_checks


def _flat(path) -> str:
    return " ".join(unicodedata.normalize("NFKC", pdf_checks.text(path)).split())


def _dialog(qtbot, context):
    from ui.progress.summary_dialog import SummaryDialog

    dialog = SummaryDialog(context, periods.preset("4w"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _settled(qtbot):
    """The summary's figures are gathered on a worker thread."""
    from ui.widgets import worker

    qtbot.waitUntil(lambda: worker.running() == 0, timeout=20000)


def _type(qtbot, dialog):
    qtbot.keyClicks(dialog.name_edit, "R.S.")
    qtbot.keyClicks(dialog.hard_edit, "Going outside in daylight")
    qtbot.keyClicks(dialog.how_long_edit, "Since spring two years ago")
    qtbot.keyClicks(dialog.living_edit, "My grandmother")
    qtbot.keyClicks(dialog.help_edit, "Sleeping before 2 am")
    qtbot.keyClicks(dialog.treatment_edit, "Two visits to a counsellor")
    qtbot.keyClicks(dialog.questions_edit, "Is this anxiety?")
    qtbot.keyClick(dialog.questions_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.questions_edit, "What could help first?")


def test_save_as_pdf_keeps_the_words_for_next_time(qtbot, context, tmp_path, monkeypatch):
    from ui.report.output import SavePathAsker

    target = tmp_path / "mine.pdf"
    monkeypatch.setattr(SavePathAsker, "ask", classmethod(lambda cls, *a: str(target)))
    dialog = _dialog(qtbot, context)
    _type(qtbot, dialog)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    text = _flat(target)
    for words in ("R.S.", "Going outside in daylight", "Since spring two years ago",
                  "My grandmother", "Sleeping before 2 am", "Two visits to a counsellor",
                  "Is this anxiety?", "What could help first?", "not a diagnosis"):
        assert words in text, words
    assert str(target) in dialog.status.text()
    saved = notes.load(context.db)
    assert saved.name == "R.S." and saved.question_lines() == [
        "Is this anxiety?", "What could help first?"]
    # Next time the screen opens with them.
    again = _dialog(qtbot, context)
    assert again.hard_edit.toPlainText() == "Going outside in daylight"
    assert (again.living_edit.text(), again.help_edit.toPlainText(),
            again.treatment_edit.toPlainText()) == (
        "My grandmother", "Sleeping before 2 am", "Two visits to a counsellor")


def test_a_pdf_that_cannot_be_written_is_said_plainly(qtbot, context, tmp_path, monkeypatch):
    from ui.report.output import SavePathAsker

    target = tmp_path / "no-such-folder" / "mine.pdf"
    monkeypatch.setattr(SavePathAsker, "ask", classmethod(lambda cls, *a: str(target)))
    dialog = _dialog(qtbot, context)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "could not be saved" in dialog.status.text()
    assert not target.exists()


def test_unticked_parts_are_not_printed(qtbot, context, tmp_path, monkeypatch):
    from app.plan import service as plan
    from ui.report.output import SavePathAsker

    plan.save_plan(context.db, {"warning_signs": ["Not opening the curtains"]})
    target = tmp_path / "s.pdf"
    monkeypatch.setattr(SavePathAsker, "ask", classmethod(lambda cls, *a: str(target)))
    dialog = _dialog(qtbot, context)
    _type(qtbot, dialog)
    assert not dialog.checks["plan"].isChecked()  # private parts start unticked
    dialog.checks["questions"].setChecked(False)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    text = _flat(target)
    assert "Not opening the curtains" not in text and "Is this anxiety?" not in text
    dialog.checks["plan"].setChecked(True)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "Not opening the curtains" in _flat(target)
    assert "plan" in notes.load(context.db).sections


def test_print_preview_paints_the_page(qtbot, context):
    dialog = _dialog(qtbot, context)
    _type(qtbot, dialog)
    preview = dialog.output.preview_dialog(dialog.document, dialog)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.paintRequested, timeout=10000) as blocker:
        preview.show()
    printer = blocker.args[0]
    assert isinstance(printer, QPrinter)
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    widget = preview.findChild(QPrintPreviewWidget)
    assert widget.pageCount() == 1
    preview.close()


def test_print_goes_through_the_print_dialog(qtbot, context, tmp_path, monkeypatch):
    from ui.report.output import PrintAsker

    target = tmp_path / "printed.pdf"

    def choose_pdf_printer(cls, printer, parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a real printer
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(PrintAsker, "ask", classmethod(choose_pdf_printer))
    dialog = _dialog(qtbot, context)
    _type(qtbot, dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "Going outside in daylight" in _flat(target)
    assert pdf_checks.raster_images(target) == 0
    assert dialog.status.text()


def test_too_long_words_show_a_note_and_print_nothing(qtbot, context, monkeypatch):
    from ui.report.output import SavePathAsker

    asked = []
    monkeypatch.setattr(SavePathAsker, "ask", classmethod(lambda cls, *a: asked.append(1) or ""))
    dialog = _dialog(qtbot, context)
    dialog.how_long_edit.setText("long " * 100)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert dialog.note.isVisible() and "characters" in dialog.note.text()
    assert asked == []


def test_paper_choice_is_remembered(qtbot, context):
    dialog = _dialog(qtbot, context)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.save()
    assert context.settings.page_size == "Letter"
    assert dialog.output.page_size == "Letter"


def test_worksheet_dialog_saves_a_blank_page(qtbot, context, tmp_path, monkeypatch):
    from ui.progress.worksheet_dialog import WorksheetDialog
    from ui.report.output import SavePathAsker

    target = tmp_path / "w.pdf"
    monkeypatch.setattr(SavePathAsker, "ask", classmethod(lambda cls, *a: str(target)))
    dialog = WorksheetDialog(context, "thought")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert "Evidence against" in _flat(target)


def test_the_period_row_has_no_empty_space_under_it_at_200_percent(qtbot, window, context):
    """At 200 % text the period picker is as tall as its row, and the next field
    follows it as closely as any other row follows the one above it."""
    from PySide6.QtCore import QPoint

    from app import demo
    from tests.ui.diary_pump import pump
    from ui.progress.summary_dialog import SummaryDialog

    demo.generate(context.db, 28)  # the demo's own words fill the form
    context.update_settings(text_scale=200)
    try:
        dialog = SummaryDialog(context, periods.custom(periods.preset("4w").start,
                                                       periods.preset("4w").end), window)
        qtbot.addWidget(dialog)
        dialog.show()  # at the size it chooses for itself
        qtbot.waitExposed(dialog)
        pump(100)
        picker = dialog.picker
        assert picker.height() <= picker.sizeHint().height() + 4

        def top(w) -> int:
            return w.mapTo(dialog, QPoint(0, 0)).y()

        gap_after_period = top(dialog.how_long_edit) - (top(picker) + picker.height())
        gap_after_name = top(picker) - (top(dialog.name_edit) + dialog.name_edit.height())
        assert gap_after_period <= gap_after_name + 12, (gap_after_period, gap_after_name)
    finally:
        context.update_settings(text_scale=100)
