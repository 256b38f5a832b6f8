"""The summary screen: the user's own words, the parts to print, and Print / Preview / PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.privacy.service import reading
from app.progress import notes, summary
from app.progress.models import PRIVATE_SECTIONS, SECTIONS, Summary, SummaryNotes
from app.progress.periods import Period
from app.validation import FieldErrors
from ui.context import AppContext
from ui.progress.period_picker import PeriodPicker
from ui.report.output import ReportOutput
from ui.report.summary_document import SummaryDocument
from ui.widgets import modal
from ui.widgets.field_note import FieldNote
from ui.widgets.form_label import FormLabel
from ui.widgets.worker import QueryOp
from ui.widgets.wrapping_check_box import WrappingCheckBox


class SummaryDialog(QDialog):
    """Built with the page's period; the words and ticks are saved for next time."""

    def __init__(self, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.output = ReportOutput(context.settings.page_size)
        self._build_ui()
        self.picker.set_period(period)
        self._load()

    @classmethod
    def ask(cls, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        modal.run(cls(context, period, parent))

    def _section_labels(self) -> dict[str, str]:
        return {
            "words": self.tr("My own words (the answers above)"),
            "mood": self.tr("Mood and anxiety"),
            "sleep": self.tr("Sleep and bedtime"),
            "outside": self.tr("Time outside and face-to-face contacts"),
            "ladder": self.tr("Exposure ladder"),
            "routine": self.tr("Planned activities and waking time"),
            "practice": self.tr("Practice exercises (breathing, grounding, rehearsals)"),
            "plan_facts": self.tr("Whether I have a plan, and signs noticed (no plan text)"),
            "thoughts": self.tr("Thought records and thinking traps (private)"),
            "plan": self.tr("Warning signs from my plan (private)"),
            "charts": self.tr("Small charts"),
            "questions": self.tr("My questions for the appointment"),
            "detail": self.tr("A second page: every attempt and every week"),
        }

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Summary for an appointment"))
        col = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This page is for you to bring to an appointment. Write as much or as little "
            "as you like; it is kept here for next time. Nothing private is printed "
            "unless you tick it."), self)
        intro.setWordWrap(True)
        # The questions scroll and the buttons stay in view, even at 200 % text size.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Summary for an appointment"))
        content = QWidget(scroll)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        # Captions that do not fit beside their fields move above them and wrap
        # (FormLabel), rather than widen the dialog: it never scrolls sideways.
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def add_row(text: str, field: QWidget) -> None:
            form.addRow(FormLabel(text, field, content), field)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("optional"))
        add_row(self.tr("&Name or initials:"), self.name_edit)
        self.picker = PeriodPicker(self)
        add_row(self.tr("&Period:"), self.picker)
        self.how_long_edit = QLineEdit(self)
        self.how_long_edit.setPlaceholderText(self.tr("optional"))
        add_row(self.tr("&How long it has been:"), self.how_long_edit)
        self.hard_edit = self._text_box(3)
        add_row(self.tr("&What is hardest for me:"), self.hard_edit)
        self.living_edit = QLineEdit(self)
        self.living_edit.setPlaceholderText(self.tr("optional"))
        add_row(self.tr("Who I &live with:"), self.living_edit)
        self.help_edit = self._text_box(2)
        add_row(self.tr("What I would like h&elp with:"), self.help_edit)
        self.treatment_edit = self._text_box(2)
        add_row(self.tr("Treatment or support s&o far:"), self.treatment_edit)
        self.questions_edit = QPlainTextEdit(self)
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setPlaceholderText(self.tr("One question on each line"))
        self.questions_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        add_row(self.tr("My &questions:"), self.questions_edit)
        self.paper = QComboBox(self)
        for text, value in ((self.tr("As usual where I live"), "auto"), ("A4", "A4"),
                            ("Letter", "Letter")):
            self.paper.addItem(text, value)
        add_row(self.tr("Pape&r:"), self.paper)
        inner.addLayout(form)
        inner.addWidget(self._sections_box())
        inner.addStretch(1)  # spare height below everything, never between the rows
        scroll.setWidget(content)
        col.addWidget(scroll, 1)
        self.note = FieldNote(self)
        col.addWidget(self.note)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.status)
        col.addLayout(self._buttons())
        wanted = content.sizeHint().height() + self.fontMetrics().lineSpacing() * 5
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(wanted, int(screen.height() * 0.9)) if screen else wanted
        width = max(self.fontMetrics().averageCharWidth() * 95,
                    content.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                    + 2 * col.contentsMargins().left() + 4)
        self.resize(width, height)

    def _text_box(self, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(self.tr("optional"))
        box.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        return box

    def _sections_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to put on the page"), self)
        grid = QGridLayout(box)
        self.checks: dict[str, WrappingCheckBox] = {}
        for i, (key, text) in enumerate(self._section_labels().items()):
            check = WrappingCheckBox(text, box)
            self.checks[key] = check
            grid.addWidget(check, i // 2, i % 2)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.print_button = QPushButton(self.tr("Prin&t…"), self)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        for b in (self.preview_button, self.print_button, self.pdf_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.close_button.clicked.connect(self.accept)
        return row

    # -- data ----------------------------------------------------------------
    def _load(self) -> None:
        saved = notes.load(self.context.db)
        self.name_edit.setText(saved.name)
        self.hard_edit.setPlainText(saved.hard_for_me)
        self.how_long_edit.setText(saved.how_long)
        self.living_edit.setText(saved.living_with)
        self.help_edit.setPlainText(saved.help_wanted)
        self.treatment_edit.setPlainText(saved.treatment)
        self.questions_edit.setPlainText(saved.questions)
        for key, check in self.checks.items():
            check.setChecked(key in saved.sections)
        self.paper.setCurrentIndex(max(0, self.paper.findData(self.context.settings.page_size)))

    def collected(self) -> SummaryNotes:
        return SummaryNotes(
            name=self.name_edit.text(), hard_for_me=self.hard_edit.toPlainText(),
            how_long=self.how_long_edit.text(), living_with=self.living_edit.text(),
            help_wanted=self.help_edit.toPlainText(), treatment=self.treatment_edit.toPlainText(),
            questions=self.questions_edit.toPlainText(),
            sections=tuple(k for k in SECTIONS if self.checks[k].isChecked()))

    def save(self) -> SummaryNotes | None:
        """Keep the words and ticks; None (with a note shown) if something is too long."""
        try:
            saved = notes.save(self.context.db, self.collected())
        except FieldErrors as errors:
            self.note.show_message(next(iter(errors.messages.values())))
            return None
        self.note.show_message("")
        choice = str(self.paper.currentData())
        if choice != self.context.settings.page_size:
            self.context.update_settings(page_size=choice)
        self.output.set_page_size(choice)
        return saved

    def document(self, layout: QPageLayout) -> SummaryDocument:
        chosen = self.collected()
        composed = summary.compose(self.context.db, self.picker.period(), chosen)
        return SummaryDocument(composed, layout)

    def private_chosen(self) -> list[str]:
        return [k for k in PRIVATE_SECTIONS if self.checks[k].isChecked()]

    # -- actions -------------------------------------------------------------
    def _gathered(self, then: Callable[[Callable[[QPageLayout], SummaryDocument]], None]) -> None:
        """Save the words, read the period's figures on a worker thread (its own
        connection), then `then(factory)` here; the page itself is laid out and
        painted on this thread, as Qt's text documents and printers require."""
        store = self.context.store
        if self.save() is None or store is None:
            return
        period, chosen = self.picker.period(), self.collected()

        def gather() -> Summary:
            with reading(store) as db:
                return summary.compose(db, period, chosen)

        def gathered(composed: Summary) -> None:
            self._set_busy(False)
            then(lambda layout: SummaryDocument(composed, layout))

        def failed(error: Exception) -> None:
            self._set_busy(False)
            raise error

        self._set_busy(True)
        QueryOp(self, gather, gathered).failure(failed) \
            .with_progress(self.tr("Gathering the summary…")).run()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(not busy)

    def _on_preview_clicked(self) -> None:
        self._gathered(lambda factory: self.output.preview(factory, self))

    def _on_print_clicked(self) -> None:
        def send(factory: Callable[[QPageLayout], SummaryDocument]) -> None:
            if self.output.print_(factory, self):
                self.status.setText(self.tr("Sent to the printer."))

        self._gathered(send)

    def _on_pdf_clicked(self) -> None:
        def write(factory: Callable[[QPageLayout], SummaryDocument]) -> None:
            suggested = str(Path.home() / self.tr("appointment-summary.pdf"))
            message = self.output.save_pdf_with_message(
                factory, self, self.tr("Save the summary as PDF"), suggested)
            if message:
                self.status.setText(message)

        self._gathered(write)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override: keep the words on close
        self.save()
        super().done(result)
