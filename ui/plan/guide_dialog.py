"""The guided first fill: one section at a time, with a question and examples to pick from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.plan.guide import Guide, GuideStep
from app.plan.models import WITH_DETAIL, PlanItem, section_title
from ui.plan.section_editor import SectionEditor
from ui.widgets import modal


class GuideDialog(QDialog):
    """Steps through every section; `sections()` holds what the user wrote."""

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.editors: dict[str, SectionEditor] = {}
        self.setWindowTitle(self.tr("Fill in my plan step by step"))
        self._build_ui()
        self._go(0)

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._intro_page())
        for step in self.guide.steps:
            self.stack.addWidget(self._step_page(step))
        col.addWidget(self.stack, 1)
        self.position = QLabel(self)
        self.position.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.position, 1)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.finish_button = QPushButton(self.tr("&Save my plan"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.finish_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        for b in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            row.addWidget(b)
        col.addLayout(row)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 100, m.lineSpacing() * 34)

    def _intro_page(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        title = QLabel(self.tr("Your plan for harder days"), page)
        title.setProperty("role", "title")
        text = QLabel(self.guide.intro, page)
        text.setWordWrap(True)
        col.addWidget(title)
        col.addWidget(text)
        col.addStretch(1)
        return page

    def _step_page(self, step: GuideStep) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        prompt = QLabel(step.prompt, page)
        prompt.setWordWrap(True)
        editor = SectionEditor(step.key, section_title(step.key), step.key in WITH_DETAIL, page)
        self.editors[step.key] = editor
        editor.heading.hide()  # the page's own title names the section
        title = QLabel(section_title(step.key), page)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        col.addWidget(title)
        col.addWidget(prompt)
        col.addWidget(editor)
        hint = QLabel(self.tr("Examples (choose one to add it, then change it as you like):"),
                      page)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        col.addWidget(hint)
        for example in step.examples:
            button = QPushButton(example, page)
            button.setAccessibleName(self.tr("Add the example: {text}").format(text=example))
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            button.clicked.connect(lambda _=False, e=example, ed=editor: ed.add_item(e))
            col.addWidget(button)
        col.addStretch(1)
        return page

    def _go(self, index: int) -> None:
        last = self.stack.count() - 1
        index = max(0, min(last, index))
        self.stack.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < last)
        self.finish_button.setVisible(index == last)
        self.position.setText(self.tr("Part {n} of {total}").format(n=index, total=last)
                              if index else "")
        (self.next_button if index < last else self.finish_button).setDefault(True)

    def _on_back_clicked(self) -> None:
        self._go(self.stack.currentIndex() - 1)

    def _on_next_clicked(self) -> None:
        self._go(self.stack.currentIndex() + 1)

    def has_choices(self) -> bool:
        """True once anything was added or typed in any section."""
        return any(item.text.strip() or item.detail.strip()
                   for items in self.sections().values() for item in items)

    def reject(self) -> None:
        """Escape, Cancel or closing the window: ask first when something was chosen."""
        if self.has_choices() and not self.confirm_leave(self):
            return
        super().reject()

    @classmethod
    def confirm_leave(cls, parent: QWidget) -> bool:
        """True to leave the guide without keeping what was chosen. Tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("GuideDialog", "Leave the guide?"),
                          QCoreApplication.translate(
                              "GuideDialog", "What you chose in the guide is not in your plan "
                              "yet. Leave anyway, or keep going and save it?"),
                          QMessageBox.StandardButton.NoButton, parent)
        keep = box.addButton(QCoreApplication.translate("GuideDialog", "&Keep going"),
                             QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(QCoreApplication.translate("GuideDialog", "&Leave without saving"),
                              QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        modal.run(box)
        return box.clickedButton() is leave

    def step_count(self) -> int:
        return self.stack.count()

    def sections(self) -> dict[str, list[PlanItem]]:
        return {key: editor.items() for key, editor in self.editors.items()}

    @classmethod
    def ask(cls, guide: Guide, parent: QWidget | None = None) -> dict[str, list[PlanItem]] | None:
        """Run the guide modally: the sections written, or None if cancelled (tests replace it)."""
        dialog = cls(guide, parent)
        return dialog.sections() if modal.run(dialog) == QDialog.DialogCode.Accepted else None
