"""Settings › Privacy: passphrase, lock after idle minutes or with the computer, lock now,
a neutral window title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.privacy import passphrase as pp
from app.privacy.files import WriteProblem
from app.privacy.service import BackupsRekeyed, StoreProblem
from app.validation import FieldErrors
from ui.context import AppContext
from ui.privacy.passphrase_dialog import CHANGE, REMOVE, SET, PassphraseDialog
from ui.privacy.recovery_key_dialog import RecoveryKeyDialog
from ui.privacy.session_lock import available as session_lock_available
from ui.widgets.card import Card
from ui.widgets.wrapping_check_box import WrappingCheckBox

IDLE_CHOICES = (0, 1, 5, 10, 15, 30, 60)


class PrivacySection(Card):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Privacy"), parent)
        self.context = context
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)
        row = QHBoxLayout()
        self.set_button = QPushButton(self.tr("&Set a passphrase…"), self)
        self.change_button = QPushButton(self.tr("C&hange passphrase…"), self)
        self.remove_button = QPushButton(self.tr("Remo&ve passphrase…"), self)
        for button, slot in ((self.set_button, self._on_set_clicked),
                             (self.change_button, self._on_change_clicked),
                             (self.remove_button, self._on_remove_clicked)):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        form = QFormLayout()
        self.idle = QComboBox(self)
        for minutes in IDLE_CHOICES:
            label = (self.tr("Never") if minutes == 0
                     else self.tr("After %n minute(s) without use", "", minutes))
            self.idle.addItem(label, minutes)
        self.idle.activated.connect(self._on_idle_activated)
        form.addRow(self.tr("&Lock the window:"), self.idle)
        self.body.addLayout(form)
        self.with_computer = WrappingCheckBox(
            self.tr("Lock Ippo too when the &computer locks its screen"), self)
        self.with_computer.toggled.connect(self._on_with_computer_toggled)
        self.with_computer.setVisible(session_lock_available())  # only where Ippo can tell
        self.body.addWidget(self.with_computer)
        self.neutral = WrappingCheckBox(
            self.tr("Show a neutral window and taskbar name (\"Notes\") on a shared computer"),
            self)
        self.neutral.toggled.connect(self._on_neutral_toggled)
        self.body.addWidget(self.neutral)
        hint = QLabel(self.tr("Ctrl+L hides everything at once; the Lock button under the "
                              "sections does the same."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.body.addWidget(hint)
        self.lock_button = QPushButton(self.tr("Lock &now"), self)
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.lock_button.clicked.connect(self.context.lock_requested.emit)
        self.body.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self) -> None:
        protected = pp.is_protected(self.context.paths)
        self.status.setText(
            self.tr("Your data is encrypted and needs your passphrase to open.") if protected
            else self.tr("There is no passphrase yet. Anyone who can use this computer "
                         "account can open Ippo and read what you wrote."))
        self.set_button.setVisible(not protected)
        self.change_button.setVisible(protected)
        self.remove_button.setVisible(protected)
        s = self.context.settings
        self.idle.setCurrentIndex(max(0, self.idle.findData(s.idle_lock_minutes)))
        for box, on in ((self.neutral, s.neutral_title),
                        (self.with_computer, s.lock_with_computer)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    def _on_idle_activated(self, _index: int) -> None:
        self.context.update_settings(idle_lock_minutes=int(self.idle.currentData()))

    def _on_with_computer_toggled(self, checked: bool) -> None:
        self.context.update_settings(lock_with_computer=checked)

    def _on_neutral_toggled(self, checked: bool) -> None:
        self.context.update_settings(neutral_title=checked)

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Privacy"), text)

    def _run(self, mode: str) -> None:
        request = PassphraseDialog.ask(mode, self)
        store = self.context.store
        if request is None or store is None:
            return
        backups = BackupsRekeyed()
        try:
            if mode == SET:
                new_store, key = pp.set_passphrase(store, request.new, backups)
                self.context.store = new_store
                RecoveryKeyDialog.ask(key, self)
                if said := pp.backups_message(backups, protected=True):
                    self._tell(said)
            elif mode == CHANGE:
                self.context.store = pp.change_passphrase(store, request.current, request.new,
                                                          backups)
                self._tell(" ".join(filter(None, (
                    self.tr("Your passphrase has been changed."),
                    pp.backups_message(backups, protected=True)))))
            else:
                self.context.store = pp.remove_passphrase(store, request.current, backups)
                self._tell(" ".join(filter(None, (
                    self.tr("The passphrase has been removed."),
                    pp.backups_message(backups, protected=False)))))
        except FieldErrors as errors:
            self._tell(" ".join(errors.messages.values()))
        except (StoreProblem, WriteProblem) as problem:
            self.context.store = pp.reopened_if_closed(store)
            self._tell(problem.user_message())
        self.context.notify("privacy")
        self.refresh()

    def _on_set_clicked(self) -> None:
        self._run(SET)

    def _on_change_clicked(self) -> None:
        self._run(CHANGE)

    def _on_remove_clicked(self) -> None:
        self._run(REMOVE)
