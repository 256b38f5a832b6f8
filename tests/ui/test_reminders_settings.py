"""Settings › Reminders: off by default, choices saved as times only, quiet-hours
message, start with the session, and closing the window keeps reminders running."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime

from app.reminders import autostart
from app.reminders import config as cfg
from app.routine.models import Anchor


def _section(window):
    from ui.reminders.settings_section import RemindersSection

    page = window.show_page("settings")
    section = page.section(RemindersSection)
    assert section is not None
    return section


def test_off_by_default_and_choices_are_saved_without_names(qtbot, window, context, monkeypatch,
                                                            tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    anchors = [Anchor(5, "Walk to the corner", time(10, 0), frozenset({0, 2}))]
    monkeypatch.setattr("app.routine.service.list_anchors", lambda db: anchors)
    section = _section(window)
    assert not section.enabled.isChecked() and not section.details.isVisible()
    assert cfg.from_dict(context.settings.reminders).enabled is False
    section.enabled.setChecked(True)
    assert section.details.isVisible()
    section.check_in_at.setTime(QTime(23, 30))
    section.check_in.setChecked(True)
    section._anchor_boxes[5].setChecked(True)
    section.quiet_from.setTime(QTime(22, 0))
    section.quiet_until.setTime(QTime(8, 0))
    section.quiet.setChecked(True)
    config = cfg.from_dict(context.settings.reminders)
    assert config.enabled and config.check_in == time(23, 30)
    assert config.anchors == (cfg.AnchorSlot(5, time(10, 0), frozenset({0, 2})),)
    assert "corner" not in repr(context.settings.reminders)
    assert section.conflicts.isVisible()
    assert "quiet hours, so it will not come" in section.conflicts.text()
    assert "inside Ippo's window" in section.delivery.text()  # offscreen: no service, no tray

    section.session.setChecked(True)
    assert autostart.is_on()
    assert "--background" in autostart.entry_path().read_text()
    section.session.setChecked(False)
    assert not autostart.is_on()


def test_closing_the_window_keeps_reminders_running_and_says_so_once(qtbot, qapp, shell, context,
                                                                     monkeypatch):
    from ui.reminders.background import KeepRunningNote, Reminders

    told = []
    monkeypatch.setattr(KeepRunningNote, "tell",
                        classmethod(lambda cls, p, text: told.append(text)))
    reminders = Reminders(qapp, shell.window, context, shell.bring_forward)
    assert qapp.quitOnLastWindowClosed()  # reminders off: closing quits as before
    context.update_settings(reminders=cfg.to_dict(cfg.ReminderConfig(enabled=True,
                                                                      check_in=time(9, 0))))
    assert not qapp.quitOnLastWindowClosed()
    for _ in range(2):
        shell.window.show()
        qtbot.waitExposed(shell.window)
        shell.window.close()
        qtbot.wait(50)
    assert len(told) == 1 and "keeps running in the background" in told[0]
    assert cfg.from_dict(context.settings.reminders).told_background
    context.update_settings(reminders={})
    assert qapp.quitOnLastWindowClosed()
    reminders.deleteLater()


def test_chosen_anchor_times_follow_the_routine_when_the_database_is_open(qtbot, qapp, shell,
                                                                         context, monkeypatch):
    from ui.reminders.background import Reminders

    anchors = [Anchor(5, "Walk", time(10, 0), frozenset({0}))]
    monkeypatch.setattr("app.routine.service.list_anchors", lambda db: anchors)
    context.update_settings(reminders=cfg.to_dict(cfg.ReminderConfig(
        enabled=True, anchors=(cfg.AnchorSlot(5, time(9, 0), frozenset({0})),
                               cfg.AnchorSlot(6, time(7, 0), frozenset({1}))))))
    reminders = Reminders(qapp, shell.window, context, shell.bring_forward)
    context.notify("routine")
    assert cfg.from_dict(context.settings.reminders).anchors == (
        cfg.AnchorSlot(5, time(10, 0), frozenset({0})),)
    reminders.deleteLater()


def test_chosen_anchor_times_are_caught_up_when_reminders_start(qtbot, qapp, shell, context,
                                                                monkeypatch):
    """Reminders start after Today's first frame (no page is shown after them at
    start-up): an anchor moved outside the window is followed at once."""
    from ui.reminders.background import Reminders

    anchors = [Anchor(5, "Walk", time(10, 0), frozenset({0}))]
    monkeypatch.setattr("app.routine.service.list_anchors", lambda db: anchors)
    context.update_settings(reminders=cfg.to_dict(cfg.ReminderConfig(
        enabled=True, anchors=(cfg.AnchorSlot(5, time(9, 0), frozenset({0})),))))
    reminders = Reminders(qapp, shell.window, context, shell.bring_forward)
    assert cfg.from_dict(context.settings.reminders).anchors == (
        cfg.AnchorSlot(5, time(10, 0), frozenset({0})),)
    reminders.deleteLater()
