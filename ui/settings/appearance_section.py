"""Settings › Language and appearance: language, theme, text size, the welcome."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton, QWidget

from app.settings import TEXT_SCALES
from ui.context import AppContext
from ui.shell.welcome_dialog import WelcomeDialog
from ui.widgets.card import Card


class AppearanceSection(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language and appearance"), parent)
        self.context = context
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("日本語", "ja")
        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.text_size = QComboBox(self)
        for scale in TEXT_SCALES:
            self.text_size.addItem(self.tr("{n} %").format(n=scale), scale)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Text &size:"), self.text_size)
        self.body.addLayout(form)
        self.welcome_button = QPushButton(self.tr("Show the &welcome again"), self)
        self.welcome_button.clicked.connect(self._on_welcome_clicked)
        self.body.addWidget(self.welcome_button)
        self.language.activated.connect(self._on_choice_changed)
        self.theme.activated.connect(self._on_choice_changed)
        self.text_size.activated.connect(self._on_choice_changed)

    def refresh(self) -> None:
        s = self.context.settings
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(s.text_scale)))

    def _on_choice_changed(self, _index: int) -> None:
        self.context.update_settings(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            text_scale=int(self.text_size.currentData()),
        )

    def _on_welcome_clicked(self) -> None:
        WelcomeDialog.ask(self.window())
