"""My reasons (motivational interviewing): three questions in my own words, every saved
version kept like the plan, earlier versions readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.errors import STORE_ERRORS, as_save_failed
from app.practice import reasons as reasons_service
from app.practice.models import ReasonsWords
from app.practice.reasons import REASON_PARTS
from app.validation import FieldErrors
from ui.context import AppContext
from ui.widgets.form_label import FormLabel


class ReasonsPanel(QWidget):
    def __init__(self, context: AppContext, words: ReasonsWords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.words = context, words
        self._dirty = False
        self.write_failed = False
        col = QVBoxLayout(self)
        title = QLabel(self.tr("My reasons"), self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        col.addWidget(title)
        intro = QLabel(words.intro, self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.edits: dict[str, QPlainTextEdit] = {}
        for part in REASON_PARTS:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
            edit.textChanged.connect(self._on_text_changed)
            label = QLabel(words.prompt(part), self)
            label.setWordWrap(True)
            label.setBuddy(edit)
            edit.setAccessibleName(words.prompt(part))
            col.addWidget(label)  # the question above its answer, full width in any language
            col.addWidget(edit)
            self.edits[part] = edit
        self.save_button = QPushButton(self.tr("&Save my reasons"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        col.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        col.addWidget(self.status)
        versions_row = QFormLayout()
        versions_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.versions = QComboBox(self)
        self.versions.currentIndexChanged.connect(self._on_version_chosen)
        versions_row.addRow(FormLabel(self.tr("&Earlier versions:"), self.versions, self),
                            self.versions)
        col.addLayout(versions_row)
        self.earlier = QLabel(self)
        self.earlier.setWordWrap(True)
        self.earlier.setProperty("role", "muted")
        col.addWidget(self.earlier)
        col.addStretch(1)
        self.load()

    def load(self) -> None:
        try:
            current = reasons_service.current_reasons(self.context.db)
            draft = reasons_service.reasons_draft(self.context.db)
        except STORE_ERRORS:
            return
        for part, edit in self.edits.items():
            edit.blockSignals(True)
            text = current.text(part) if current else ""
            if draft is not None:
                text = str(draft.get(part, text))
            edit.setPlainText(text)
            edit.blockSignals(False)
        self._dirty = draft is not None
        self._fill_versions()

    def _fill_versions(self) -> None:
        try:
            found = reasons_service.reasons_versions(self.context.db)
        except STORE_ERRORS:
            found = []
        self.versions.blockSignals(True)
        self.versions.clear()
        self.versions.addItem(self.tr("Choose a version to read"), None)
        for v in found[1:]:
            self.versions.addItem(dates.long_date_time(v.saved_at), v.version_id)
        self.versions.blockSignals(False)
        self.versions.setEnabled(len(found) > 1)
        self.earlier.clear()

    @property
    def dirty(self) -> bool:
        """Words typed since the last save (kept as a draft when leaving)."""
        return self._dirty

    def parts(self) -> dict[str, str]:
        return {p: e.toPlainText() for p, e in self.edits.items()}

    def save(self) -> bool:
        try:
            reasons_service.save_reasons(self.context.db, self.parts())
        except FieldErrors as err:
            self.status.setText(next(iter(err.messages.values())))
            return False
        except STORE_ERRORS as exc:
            self.write_failed = True
            self.flush()
            self.status.setText(as_save_failed(exc).user_message())
            return False
        self._dirty = self.write_failed = False
        try:
            reasons_service.discard_reasons_draft(self.context.db)
        except STORE_ERRORS:
            pass  # saved; the draft is older
        self.status.setText(self.tr("Saved. Earlier versions are kept."))
        self._fill_versions()
        self.context.notify("practice")
        return True

    def flush(self) -> None:
        """Unsaved words are kept as a draft (not as a version) when leaving."""
        if not self._dirty or self.context.store is None:
            return
        try:
            reasons_service.keep_reasons_draft(self.context.db, self.parts())
        except STORE_ERRORS:
            self.write_failed = True
            return

    def holds_unsaved_text(self) -> bool:
        return self._dirty and self.write_failed

    def _on_text_changed(self) -> None:
        self._dirty = True

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_version_chosen(self, _index: int) -> None:
        version_id = self.versions.currentData()
        if version_id is None:
            self.earlier.clear()
            return
        chosen = next((v for v in reasons_service.reasons_versions(self.context.db)
                       if v.version_id == version_id), None)
        if chosen is None:
            return
        self.earlier.setText("\n\n".join(f"{self.words.prompt(p)}\n{chosen.text(p) or '—'}"
                                         for p in REASON_PARTS))

    def focus_start(self) -> QWidget:
        return self.edits[REASON_PARTS[0]]
