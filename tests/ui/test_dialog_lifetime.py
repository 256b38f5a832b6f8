"""Every dialog is gone once it is closed: deleted by Qt, and not left in a Python
reference cycle for the garbage collector to free later, perhaps while Qt walks every
widget to apply a theme (issue 13, points 12 and 13)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.ladder.inputs import AttemptInput
from app.ladder.templates import load_templates
from app.plan.guide import load_guide
from app.privacy.restore import BackupPreview
from app.progress.periods import Period, last_days
from tests.ui.long_use import Seen, close_next_modal, flush_deletes

ANSWERS: dict[str, Callable[[QDialog], None]] = {
    "reject": QDialog.reject,
    "accept": QDialog.accept,
}


@pytest.fixture
def parent(qtbot, context):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def no_collector():
    """Only reference counting frees objects here: a cycle would keep the dialog."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def _period() -> Period:
    return last_days(30)


def _openers(context, parent: QWidget) -> dict[str, Callable[[], object]]:
    from ui.ladder.attempt_dialog import AttemptDialog
    from ui.ladder.confirm import Confirm
    from ui.ladder.goal_dialog import GoalDialog
    from ui.ladder.new_ladder_dialog import NewLadderDialog
    from ui.ladder.step_dialog import StepDialog
    from ui.plan.guide_dialog import GuideDialog
    from ui.plan.versions_dialog import VersionsDialog
    from ui.privacy.delete_dialog import DeleteDialog
    from ui.privacy.file_passphrase_dialog import FilePassphraseDialog
    from ui.privacy.import_dialog import ImportDialog
    from ui.privacy.passphrase_dialog import PassphraseDialog
    from ui.privacy.plaintext_dialog import PlaintextDialog
    from ui.privacy.recovery_key_dialog import RecoveryKeyDialog
    from ui.privacy.restore_dialog import RestoreDialog
    from ui.progress.summary_dialog import SummaryDialog
    from ui.progress.worksheet_dialog import WorksheetDialog
    from ui.shell.welcome_dialog import WelcomeDialog
    from ui.thoughts.add_trap_dialog import AddTrapDialog
    from ui.thoughts.confirm_delete_dialog import ConfirmDeleteDialog

    now = datetime(2026, 3, 1, 10, 0).astimezone()
    preview = BackupPreview(now, "daily", 4096, {"diary_entries": 3}, "2026-01-01", "2026-02-01")
    return {
        "GoalDialog": lambda: GoalDialog.ask(parent, "Go out", lambda goal: None),
        "StepDialog": lambda: StepDialog.ask(parent, None, lambda step: None),
        "NewLadderDialog": lambda: NewLadderDialog.ask(parent, load_templates("en"),
                                                       lambda *a: None),
        "AttemptDialog": lambda: AttemptDialog.ask(parent, "Open the door",
                                                   AttemptInput(started_at=now),
                                                   lambda a: None, keep=lambda d: None),
        "SummaryDialog": lambda: SummaryDialog.ask(context, _period(), parent),
        "WorksheetDialog": lambda: WorksheetDialog.ask(context, "ladder", parent),
        "GuideDialog": lambda: GuideDialog.ask(load_guide("en"), parent),
        "VersionsDialog": lambda: VersionsDialog.ask(context.db, parent),
        "WelcomeDialog": lambda: WelcomeDialog.ask(parent),
        "DeleteDialog": lambda: DeleteDialog.ask(parent),
        "FilePassphraseDialog": lambda: FilePassphraseDialog.ask_for_import(parent),
        "ImportDialog": lambda: ImportDialog.ask(now, {"diary_entries": 2}, parent),
        "PassphraseDialog": lambda: PassphraseDialog.ask("set", parent),
        "PlaintextDialog": lambda: PlaintextDialog.ask(parent),
        "RecoveryKeyDialog": lambda: RecoveryKeyDialog.ask("ABCD-EFGH-IJKL", parent),
        "RestoreDialog": lambda: RestoreDialog.ask(preview, parent),
        "AddTrapDialog": lambda: AddTrapDialog.ask(parent, "Mind reading"),
        "ConfirmDeleteDialog": lambda: ConfirmDeleteDialog.ask("a record", parent),
        "QMessageBox": lambda: Confirm.ask(parent, "Delete step", "Delete it?"),
    }


MODAL = ["GoalDialog", "StepDialog", "NewLadderDialog", "AttemptDialog", "SummaryDialog",
         "WorksheetDialog", "GuideDialog", "VersionsDialog", "WelcomeDialog", "DeleteDialog",
         "FilePassphraseDialog", "ImportDialog", "PassphraseDialog", "PlaintextDialog",
         "RecoveryKeyDialog", "RestoreDialog", "AddTrapDialog", "ConfirmDeleteDialog",
         "QMessageBox"]


def _assert_gone(seen: list[Seen], name: str) -> None:
    assert [s.name for s in seen] == [name], "the dialog did not open"
    assert seen[0].had_parent, f"{name} has no Qt parent"
    flush_deletes()
    still = [w for w in QApplication.allWidgets() if type(w).__name__ == name]
    assert not still, f"{name} is still alive after it was closed"
    assert seen[0].ref() is None, f"{name} is kept by a Python reference cycle"


@pytest.mark.parametrize("answer", ["reject", "accept"])
@pytest.mark.parametrize("name", MODAL)
def test_a_closed_modal_dialog_is_gone(name, answer, context, parent, no_collector):
    opener = _openers(context, parent)[name]
    seen = close_next_modal(ANSWERS[answer])
    opener()
    _assert_gone(seen, name)


def test_a_saved_attempt_leaves_no_dialog(context, parent, no_collector):
    """Save through the form's own buttons (the SaveButtons path), not just accept()."""
    from ui.ladder.attempt_dialog import AttemptDialog
    from ui.ladder.save_buttons import SaveButtons

    saved = []

    def answer(dialog: QDialog) -> None:
        dialog.fields["suds_before"].setText("40")
        dialog.findChild(SaveButtons).accepted.emit()

    seen = close_next_modal(answer)
    now = datetime(2026, 3, 1, 10, 0).astimezone()
    assert AttemptDialog.ask(parent, "Open the door", AttemptInput(started_at=now),
                             saved.append)
    assert saved and saved[0].suds_before == 40
    _assert_gone(seen, "AttemptDialog")


@pytest.mark.parametrize("action", ["preview", "print"])
def test_print_and_preview_dialogs_are_gone(action, context, parent, no_collector,
                                            monkeypatch):
    """The worksheet's Preview and Print open Qt's own dialogs; both go with it."""
    from ui.progress.worksheet_dialog import WorksheetDialog

    inner: list[list[Seen]] = []
    expected = QPrintPreviewDialog if action == "preview" else QPrintDialog

    def answer(dialog: QDialog) -> None:
        button = dialog.preview_button if action == "preview" else dialog.print_button
        inner.append(close_next_modal(QDialog.reject, expected))
        QTimer.singleShot(0, button.click)
        QTimer.singleShot(0, lambda: _close_later(dialog, inner))

    seen = close_next_modal(answer, WorksheetDialog)
    WorksheetDialog.ask(context, "ladder", parent)
    assert [s.name for s in inner[0]] == [expected.__name__]
    _assert_gone(seen, "WorksheetDialog")
    assert not [w for w in QApplication.allWidgets() if isinstance(w, expected)]
    assert inner[0][0].ref() is None


def _close_later(dialog: QDialog, inner: list[list[Seen]], tries: int = 0) -> None:
    if not (inner and inner[0]) and tries < 300:  # the inner dialog is not up (or not closed) yet
        QTimer.singleShot(10, lambda: _close_later(dialog, inner, tries + 1))
        return
    if shiboken6.isValid(dialog):
        dialog.reject()


def test_help_now_is_gone_once_closed_and_comes_back_fresh(context, parent, no_collector):
    from ui.plan.help_now_dialog import HelpNowDialog

    first = HelpNowDialog.ask(context, parent)
    assert first.parent() is parent and first.isVisible()
    again = HelpNowDialog.ask(context, parent)
    assert again is first  # while open, the button brings back the same window
    ref = __import__("weakref").ref(first)
    del first, again
    ref().close()
    flush_deletes()
    assert not [w for w in QApplication.allWidgets() if isinstance(w, HelpNowDialog)]
    assert ref() is None
    reopened = HelpNowDialog.ask(context, parent)
    assert reopened.isVisible() and "emergency number" in reopened.text()
    reopened.close()
    flush_deletes()


def test_the_unlock_dialog_at_start_is_gone(data_paths, qapp, no_collector):
    from ui.privacy.unlock_dialog import UnlockDialog

    seen = close_next_modal(QDialog.reject)
    assert UnlockDialog.ask(data_paths) is None
    assert [s.name for s in seen] == ["UnlockDialog"]  # at start there is no window yet
    flush_deletes()
    assert not [w for w in QApplication.allWidgets() if isinstance(w, UnlockDialog)]
    assert seen[0].ref() is None
