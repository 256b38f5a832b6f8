"""Bring in history from another app: file → kind (detected) → mapping and preview → import.

The file is read on a worker thread (a ten-year export reads in well under a
second, but a slow disk should never freeze the window); every change of a
mapping reads it again there. Nothing is written until "Bring in"; the write
is one transaction on a connection of its own, after a backup. For a Loop file
the person chooses whether habits become diary activities or routine anchors
(and the anchors' time); the preview then counts anchors and ticks instead of days.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.importers.daylio import with_suggestions
from app.importers.generic import DATE_FORMATS, FIELDS, SCALED
from app.importers.model import (
    ANCHOR_AT,
    AS_ACTIVITIES,
    AS_ANCHORS,
    ImportProblem,
    Options,
    Preview,
)
from app.importers.registry import IMPORTERS, Importer, by_kind, detect
from app.importers.service import (
    KEEP_BOTH,
    KEEP_MINE,
    TAKE_THEIRS,
    ImportResult,
    Plan,
    import_into,
    plan,
)
from app.importers.table import Table, encoding_label, load
from app.privacy.service import StoreProblem, own_connection, reading
from ui.context import AppContext
from ui.widgets.worker import QueryOp

PREVIEW_ROWS = 20
SHOWN_ISSUES = 30
UNSET = -1  # a mood label with no Ippo mood chosen yet


@dataclass(frozen=True)
class _Read:
    table: Table
    importer: Importer
    preview: Preview
    plan: Plan


def _day(d: object) -> str:
    return dates.short_date(d)  # type: ignore[arg-type]


class ImportWizard(QDialog):
    """Non-modal; deleted by Qt when closed. `imported` carries the result's sentence."""

    imported = Signal(str)

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Bring in from another app"))
        self.context = context
        self.path = path
        self.table: Table | None = None
        self.importer: Importer | None = None
        self.preview: Preview | None = None
        self.plan: Plan | None = None
        self.mood_boxes: dict[str, QSpinBox] = {}
        self.column_boxes: dict[str, QComboBox] = {}
        self.scale_boxes: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        self.date_box: QComboBox | None = None
        self.as_anchors: QRadioButton | None = None  # Loop only: habits → routine anchors
        self.anchor_time: QTimeEdit | None = None
        self._filling = False
        self._rebuild_after_read = False
        self._build_ui()
        self._read(first=True)

    # -- layout ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        col.setSpacing(10)
        self.file_label = QLabel(self.tr("File: {name}").format(name=self.path.name), self)
        self.file_label.setWordWrap(True)
        col.addWidget(self.file_label)
        kind_row = QHBoxLayout()
        self.kind_box = QComboBox(self)
        for importer in IMPORTERS:
            self.kind_box.addItem(QCoreApplication.translate("Importers", importer.label),
                                  importer.kind)
        kind_label = QLabel(self.tr("&What kind of file:"), self)
        kind_label.setBuddy(self.kind_box)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind_box, 1)
        col.addLayout(kind_row)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.status = QLabel(self.tr("Reading the file…"), self)
        self.status.setWordWrap(True)
        col.addWidget(self.status)
        self.mapping = QGroupBox(self.tr("How Ippo reads it"), self)
        self.mapping_form = QFormLayout(self.mapping)
        col.addWidget(self.mapping)
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.how.setProperty("role", "muted")
        col.addWidget(self.how)
        self.table_view = QTableWidget(0, 7, self)
        self.table_view.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Mood (0–10)"), self.tr("Anxiety (0–10)"),
            self.tr("Sleep"), self.tr("Minutes outside"), self.tr("Activities"),
            self.tr("Note")])
        self.table_view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table_view.setAccessibleName(self.tr("Days as Ippo will keep them, newest first"))
        self.table_view.setMinimumHeight(self.fontMetrics().height() * 12)
        col.addWidget(self.table_view, 1)
        self.issues = QLabel(self)
        self.issues.setWordWrap(True)
        self.issues.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.issues)
        self.dup_box = QGroupBox(self.tr("Days already in your diary"), self)
        dup_col = QVBoxLayout(self.dup_box)
        self.dup_label = QLabel(self.dup_box)
        self.dup_label.setWordWrap(True)
        dup_col.addWidget(self.dup_label)
        self.keep_mine = QRadioButton(self.tr("&Keep mine: those days stay as they are"),
                                      self.dup_box)
        self.take_theirs = QRadioButton(self.tr("&Take the file’s: its values replace mine "
                                                "(symptom ratings stay)"), self.dup_box)
        self.keep_both = QRadioButton(self.tr("Keep &both: both notes and all activities; "
                                              "my numbers stay where I gave one"), self.dup_box)
        self.dup_choice = QButtonGroup(self)
        for button in (self.keep_mine, self.take_theirs, self.keep_both):
            self.dup_choice.addButton(button)
            dup_col.addWidget(button)
        self.keep_mine.setChecked(True)
        self.dup_box.hide()
        col.addWidget(self.dup_box)
        note = QLabel(self.tr("Nothing changes until you choose “Bring in”. Ippo makes a "
                              "backup first, and if anything does not fit, nothing is "
                              "changed."), self)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        col.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("&Bring in"), self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60,
                    self.fontMetrics().height() * 40)

    # -- reading on a worker -----------------------------------------------------------
    def options(self) -> Options:
        moods: dict[str, int | None] = {label: box.value() for label, box
                                        in self.mood_boxes.items() if box.value() != UNSET}
        columns = {field: str(box.currentData()) for field, box in self.column_boxes.items()
                   if box.currentData()}
        scales = {field: (low.value(), high.value())
                  for field, (low, high) in self.scale_boxes.items()}
        fmt = str(self.date_box.currentData()) if self.date_box is not None \
            and self.date_box.currentData() else None
        loop_as, at = AS_ACTIVITIES, ANCHOR_AT
        if self.as_anchors is not None and self.as_anchors.isChecked():
            loop_as = AS_ANCHORS
        if self.anchor_time is not None:
            at = self.anchor_time.time().toPython()  # type: ignore[assignment]
        return Options(mood_map=moods, columns=columns, scales=scales, date_format=fmt,
                       loop_as=loop_as, anchor_at=at)

    def _read(self, first: bool = False) -> None:
        store = self.context.store
        path, table = self.path, self.table
        kind = None if first else str(self.kind_box.currentData())
        options = Options() if first else self.options()
        self.import_button.setEnabled(False)

        def work() -> _Read:
            loaded = table if table is not None else load(path)
            importer = by_kind(kind) if kind else detect(loaded) or by_kind("csv")
            preview = importer.read(loaded, options)
            if first and preview.labels:
                preview = importer.read(loaded, Options(
                    mood_map=with_suggestions(preview.labels, {})))
            if store is None:
                return _Read(loaded, importer, preview, plan(None, preview))
            with reading(store) as db:
                return _Read(loaded, importer, preview, plan(db, preview))

        QueryOp(self, work, self._on_read).failure(self._on_failed) \
            .with_progress(self.tr("Reading the file…")).run()

    def _on_failed(self, error: Exception) -> None:
        if not isinstance(error, ImportProblem | StoreProblem):
            raise error
        self.status.setText(error.user_message())
        self.preview = None
        self.import_button.setEnabled(False)

    def _on_read(self, result: _Read) -> None:
        first = self.table is None
        self.table, self.importer, self.preview, self.plan = (
            result.table, result.importer, result.preview, result.plan)
        if first:
            self._filling = True
            self.kind_box.setCurrentIndex(self.kind_box.findData(result.importer.kind))
            self._filling = False
            self._build_mapping()
        self._show(result.preview, result.plan)

    # -- mapping widgets ---------------------------------------------------------------
    def _clear_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mood_boxes.clear()
        self.column_boxes.clear()
        self.scale_boxes.clear()
        self.date_box = None
        self.as_anchors = None
        self.anchor_time = None

    def _build_mapping(self) -> None:
        self._clear_mapping()
        preview, table = self.preview, self.table
        if preview is None or table is None:
            return
        if preview.kind == "daylio":
            self.mapping.setTitle(self.tr("Your mood names in Ippo’s mood (0–10)"))
            chosen = with_suggestions(preview.labels, {})
            for label in preview.labels:
                box = QSpinBox(self.mapping)
                box.setRange(UNSET, 10)
                box.setSpecialValueText(self.tr("Choose…"))
                box.setValue(chosen.get(label) if chosen.get(label) is not None else UNSET)
                box.setAccessibleName(self.tr("Ippo mood for “{label}”").format(label=label))
                box.valueChanged.connect(self._on_mapping_changed)
                self.mood_boxes[label] = box
                self.mapping_form.addRow(label, box)
        elif preview.kind == "csv":
            self.mapping.setTitle(self.tr("Which column is what"))
            chosen_cols = dict(preview.chosen)
            for field, label in FIELDS:
                box = QComboBox(self.mapping)
                box.addItem(self.tr("(not in this file)"), "")
                for name in table.header:
                    box.addItem(name, name)
                box.setCurrentIndex(max(0, box.findData(chosen_cols.get(field, ""))))
                box.currentIndexChanged.connect(self._on_mapping_changed)
                text = QCoreApplication.translate("Importers", label)
                box.setAccessibleName(text)
                self.column_boxes[field] = box
                self.mapping_form.addRow(text, box)
            self.date_box = QComboBox(self.mapping)
            for fmt, shown in DATE_FORMATS:
                if fmt in preview.date_formats:
                    self.date_box.addItem(shown, fmt)
            self.date_box.setCurrentIndex(max(0, self.date_box.findData(preview.date_format)))
            self.date_box.currentIndexChanged.connect(self._on_mapping_changed)
            self.date_box.setAccessibleName(self.tr("Date format"))
            self.mapping_form.addRow(self.tr("Date format"), self.date_box)
            for field, low, high in preview.scales:
                if field not in SCALED:
                    continue
                row = QWidget(self.mapping)
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                boxes = []
                for value in (low, high):
                    spin = QDoubleSpinBox(row)
                    spin.setRange(-1000, 1000)
                    spin.setDecimals(1)
                    spin.setValue(value)
                    spin.valueChanged.connect(self._on_mapping_changed)
                    line.addWidget(spin)
                    boxes.append(spin)
                name = self.tr("Mood scale in the file") if field == "mood" \
                    else self.tr("Anxiety scale in the file")
                boxes[0].setAccessibleName(name + " " + self.tr("lowest"))
                boxes[1].setAccessibleName(name + " " + self.tr("highest"))
                self.scale_boxes[field] = (boxes[0], boxes[1])
                self.mapping_form.addRow(name, row)
        else:
            self.mapping.setTitle(self.tr("How Ippo reads it"))
            self._build_loop_choice()
        self.mapping.setVisible(self.mapping_form.rowCount() > 0)

    def _build_loop_choice(self) -> None:
        """Loop: habits become diary activities or routine anchors (at one time)."""
        row = QWidget(self.mapping)
        line = QVBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        as_activities = QRadioButton(self.tr("Diary &activities: each habit done on a day "
                                             "becomes an activity that day"), row)
        as_activities.setAccessibleName(self.tr("Habits become diary activities"))
        self.as_anchors = QRadioButton(self.tr("Routine a&nchors: each habit becomes an "
                                               "anchor, each day done a tick"), row)
        self.as_anchors.setAccessibleName(self.tr("Habits become routine anchors"))
        group = QButtonGroup(row)
        for button in (as_activities, self.as_anchors):
            group.addButton(button)
            line.addWidget(button)
        as_activities.setChecked(True)
        self.mapping_form.addRow(self.tr("Habits become"), row)
        self.anchor_time = QTimeEdit(ANCHOR_AT, self.mapping)
        self.anchor_time.setDisplayFormat(dates.edit_clock_format())
        self.anchor_time.setAccessibleName(self.tr("Time of the anchors"))
        self.anchor_time.setEnabled(False)
        time_label = QLabel(self.tr("T&ime of the anchors:"), self.mapping)
        time_label.setBuddy(self.anchor_time)
        self.mapping_form.addRow(time_label, self.anchor_time)
        group.buttonToggled.connect(self._on_loop_as_toggled)
        self.anchor_time.timeChanged.connect(self._on_mapping_changed)

    def _on_loop_as_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        if self.anchor_time is not None and self.as_anchors is not None:
            self.anchor_time.setEnabled(self.as_anchors.isChecked())
        self._on_mapping_changed()

    def _on_kind_changed(self) -> None:
        if self._filling or self.table is None:
            return
        self._clear_mapping()
        self._read()
        # the new kind's widgets are made once its first preview is back
        self.table_view.setRowCount(0)
        self._rebuild_after_read = True

    def _on_mapping_changed(self) -> None:
        if not self._filling:
            self._read()

    # -- showing the preview ---------------------------------------------------------------
    def _show(self, preview: Preview, the_plan: Plan) -> None:
        if self._rebuild_after_read:
            self._rebuild_after_read = False
            self._build_mapping()
        parts = [self.tr("%n row(s) read as {encoding}.", "", preview.rows).format(
            encoding=encoding_label(preview.encoding))]
        if preview.anchors:
            bring = the_plan.anchors
            parts += [self.tr("%n routine anchor(s) to add.", "", len(bring.new) if bring else 0),
                      self.tr("Anchors already in your routine, used as they are: {n}.")
                      .format(n=len(bring.reused) if bring else 0),
                      self.tr("Days to tick: {n}.").format(n=bring.ticks if bring else 0)]
        else:
            parts.append(self.tr("%n diary day(s) to bring in.", "", len(preview.days)))
        if the_plan.problem:
            parts.append(the_plan.problem)
        if preview.unmapped:
            parts.append(self.tr("Please choose an Ippo mood for: {labels}.").format(
                labels=", ".join(preview.unmapped)))
        self.status.setText(" ".join(parts))
        self.how.setText(preview.how)
        self._fill_table(preview)
        shown = [i.text() for i in preview.issues[:SHOWN_ISSUES]]
        if len(preview.issues) > SHOWN_ISSUES:
            shown.append(self.tr("… and %n more.", "", len(preview.issues) - SHOWN_ISSUES))
        self.issues.setText("\n".join(shown))
        self.issues.setVisible(bool(shown))
        changes = the_plan.changes
        self.dup_box.setVisible(bool(the_plan.duplicates))
        self.dup_label.setText(
            self.tr("%n day(s) of the file are already in your diary.", "",
                    len(the_plan.duplicates)) + " " +
            self.tr("%n of them differ from what you have.", "", len(changes)))
        self.table_view.setVisible(not preview.anchors)
        self.import_button.setEnabled(preview.ready and not the_plan.problem)

    def _fill_table(self, preview: Preview) -> None:
        days = preview.days[-PREVIEW_ROWS:][::-1]  # the newest first, as most apps show
        self.table_view.setRowCount(len(days))
        for row, day in enumerate(days):
            sleep = ""
            if day.bedtime is not None and day.waketime is not None:
                bed = dates.time_of_day(day.bedtime)
                wake = dates.time_of_day(day.waketime)
                sleep = f"{bed}–{wake}"
            cells = [_day(day.day), "" if day.mood is None else str(day.mood),
                     "" if day.anxiety is None else str(day.anxiety), sleep,
                     "" if day.minutes_outside is None else str(day.minutes_outside),
                     ", ".join(day.activities), day.note.replace("\n", " ")[:200]]
            for c, text in enumerate(cells):
                self.table_view.setItem(row, c, QTableWidgetItem(text))
        for c in range(1, self.table_view.columnCount()):  # what this file never has
            self.table_view.setColumnHidden(c, bool(days) and not any(
                self.table_view.item(r, c).text() for r in range(len(days))))
        self.table_view.resizeColumnsToContents()

    # -- importing ---------------------------------------------------------------------
    def choice(self) -> str:
        if self.take_theirs.isChecked():
            return TAKE_THEIRS
        return KEEP_BOTH if self.keep_both.isChecked() else KEEP_MINE

    def _on_import_clicked(self) -> None:
        store, preview = self.context.store, self.preview
        if store is None or preview is None or not preview.ready:
            return
        choice = self.choice()
        self.import_button.setEnabled(False)

        def write() -> ImportResult:
            with own_connection(store, write=True) as own:
                return import_into(own, preview, choice)

        QueryOp(self, write, self._on_imported).failure(self._on_failed) \
            .with_progress(self.tr("Bringing in…")).run()

    def _on_imported(self, result: ImportResult) -> None:
        self.imported.emit(result.user_message())
        self.accept()
