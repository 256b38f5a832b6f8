"""The look sweep: every page and the main dialogs, in the real main window at its
default 1100×760, at 100 % and 200 % text, in English and Japanese, light and dark.

Fails on a label whose text is cut off, a button too narrow for its words, a page
that scrolls sideways (or a window that had to grow), and text below 4.5:1 contrast
against what it stands on; also on the diary calendar's weekends losing their ink
after a theme switch (the window is built light and switched while open).

With IPPO_SWEEP_SHOTS=/some/folder every page and dialog is saved there as a PNG.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app import demo
from tests.ui.contrast import TEXT, ratio
from tests.ui.diary_pump import pump
from tests.ui.look_checks import problems, settled

SIZE = (1100, 760)
# Dialogs whose layout another change is reworking: what the sweep finds there is
# reported as a warning, not a failure, until that work lands.
KNOWN: dict[str, str] = {}  # dialog name -> why a finding there is known and allowed
COMBOS = [(language, scale, theme) for language in ("en", "ja") for scale in (100, 200)
          for theme in ("light", "dark")]


def _dialogs(window, context) -> dict[str, Callable[[], QDialog]]:
    """The main dialogs, built as their `ask()` would build them (shown, not exec'd)."""
    from app.ladder.inputs import AttemptInput
    from app.ladder.templates import load_templates
    from app.plan.guide import load_guide_or_none
    from app.progress.periods import last_days
    from ui.ladder.attempt_dialog import AttemptDialog
    from ui.ladder.goal_dialog import GoalDialog
    from ui.ladder.new_ladder_dialog import NewLadderDialog
    from ui.ladder.step_dialog import StepDialog
    from ui.plan.guide_dialog import GuideDialog
    from ui.plan.help_now_dialog import HelpNowDialog
    from ui.plan.versions_dialog import VersionsDialog
    from ui.privacy.delete_dialog import DeleteDialog
    from ui.privacy.passphrase_dialog import PassphraseDialog
    from ui.privacy.recovery_key_dialog import RecoveryKeyDialog
    from ui.privacy.unlock_dialog import UnlockDialog
    from ui.progress.summary_dialog import SummaryDialog
    from ui.routine.anchor_dialog import AnchorDialog
    from ui.routine.rate_dialog import RateDialog
    from ui.shell.welcome_dialog import WelcomeDialog
    from ui.thoughts.add_trap_dialog import AddTrapDialog

    def nothing(*_args: object) -> None:
        return None

    guide = load_guide_or_none()
    assert guide is not None
    return {
        "welcome": lambda: WelcomeDialog(window),
        "help-now": lambda: HelpNowDialog(context, window),
        "unlock": lambda: UnlockDialog(context.paths, window),
        "passphrase": lambda: PassphraseDialog("set", window),
        "recovery-key": lambda: RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX", window),
        "delete-all": lambda: DeleteDialog(window),
        "new-ladder": lambda: NewLadderDialog(load_templates(), nothing, window),
        "step": lambda: StepDialog(None, nothing, window),
        "attempt": lambda: AttemptDialog("Be outside for 2 minutes",
                                         AttemptInput(started_at=datetime(2026, 2, 10, 15)),
                                         nothing, window),
        "goal": lambda: GoalDialog("Walk to the corner shop", nothing, window),
        "plan-guide": lambda: GuideDialog(guide, window),
        "add-trap": lambda: AddTrapDialog(window),
        "plan-versions": lambda: VersionsDialog(context.db, window),
        "summary": lambda: SummaryDialog(context, last_days(28), window),
        "anchor": lambda: AnchorDialog(context.db, None, window),
        "rate-activity": lambda: RateDialog("walk to the river", window),
    }


def _shoot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("IPPO_SWEEP_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _calendar_ink(window, colours: dict[str, str]) -> list[str]:
    page = window.page("diary")
    base = colours["base"]
    found = []
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        ink = page.calendar.weekdayTextFormat(day).foreground().color()
        if ratio(ink, base) < TEXT:
            found.append(f"calendar {day.name}: {ink.name()} on {base} is {ratio(ink, base):.2f}")
    return found


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:constrained_layout not applied")
@pytest.mark.parametrize(("language", "scale", "theme_name"), COMBOS)
def test_every_page_and_dialog_looks_whole(qtbot, qapp, context, language, scale, theme_name):
    from ui.shell import theme, translations
    from ui.shell.main_window import PAGES
    from ui.shell.shell import Shell

    demo.generate(context.db, 21)
    shell = Shell(qapp, context)
    window = shell.window  # deleted at the end here, so not handed to qtbot
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    try:
        window.show_page("diary")  # built light, then switched while open
        pump(50)
        context.update_settings(language=language, theme=theme_name, text_scale=scale)
        window.resize(*SIZE)
        colours = theme.colours(theme_name)
        tag = f"{language}-{scale}-{theme_name}"
        for spec in PAGES:
            window.show_page(spec.key)
            pump(50)
            found += [f"{spec.key}: {p}" for p in
                      settled(lambda: problems(window, colours, SIZE))]
            _shoot(window, f"{tag}-page-{spec.key}")
        found += _calendar_ink(window, colours)
        for name, make in _dialogs(window, context).items():
            dialog = make()
            dialog.show()
            qtbot.waitExposed(dialog)
            pump(30)
            wait = 0.3 if name in KNOWN else 3.0  # a known finding needs no long wait
            seen = [f"{name} dialog: {p}"
                    for p in settled(lambda d=dialog: problems(d, colours), wait)]
            if name in KNOWN and seen:
                warnings.warn(f"known ({KNOWN[name]}), {tag}: " + "; ".join(seen), stacklevel=1)
            else:
                found += seen
            _shoot(dialog, f"{tag}-dialog-{name}")
            dialog.close()
            dialog.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        # Gone before the next combination: every live widget is restyled on each
        # theme change, so windows left over would slow every later one down.
        window.close()
        window.deleteLater()
        shell.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        translations.install("en")
        theme.apply(qapp, "light", 100)
    assert found == [], "\n".join(found)
