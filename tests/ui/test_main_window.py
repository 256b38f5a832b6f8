"""The main window: every page opens, Japanese and back, text size, keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.conftest import run_a_little
from ui.shell.main_window import PAGES


def test_pages_are_built_on_first_visit_only(window):
    assert window.built_pages() == ["today"]
    for spec in PAGES:
        page = window.show_page(spec.key)
        assert window.stack.currentWidget() is page
        assert window.current_key() == spec.key
        # A page that failed to build shows a plain label instead.
        assert not isinstance(page, QLabel), f"{spec.key} did not build"
    assert sorted(window.built_pages()) == sorted(s.key for s in PAGES)


def test_keyboard_shortcuts_and_sidebar(window, qtbot):
    window.sidebar.setFocus()
    last = getattr(Qt.Key, f"Key_{len(PAGES)}")  # Settings stays last
    qtbot.keyClick(window, last, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.current_key() == "progress"
    assert window.sidebar.accessibleName() == "Sections"


def test_switch_to_japanese_and_back(window, context, qtbot):
    assert window.sidebar.item(0).text() == "Today"
    settings_page = window.show_page("settings")
    context.update_settings(language="ja")
    assert window.sidebar.item(0).text() == "今日"
    assert window.current_key() == "settings"
    assert window.show_page("settings") is not settings_page  # rebuilt in Japanese
    texts = [w.text() for w in window.page("settings").findChildren(QLabel)]
    assert any("テーマ" in t for t in texts)
    context.update_settings(language="en")
    assert window.sidebar.item(0).text() == "Today"


def test_text_size_follows_setting(window, context, qapp):
    base = QApplication.font().pointSizeF()
    context.update_settings(text_scale=200)
    assert abs(QApplication.font().pointSizeF() - 2 * base) < 0.6
    context.update_settings(text_scale=100)
    assert abs(QApplication.font().pointSizeF() - base) < 0.6


def test_dark_theme_changes_the_palette(window, context, qapp):
    context.update_settings(theme="dark")
    assert qapp.palette().window().color().lightness() < 80
    context.update_settings(theme="light")
    assert qapp.palette().window().color().lightness() > 200


def test_follow_the_system_guesses_from_the_palette_then_asks_qt(
        window, shell, context, qapp, monkeypatch):
    from ui.shell import theme

    # Before the first frame Qt's colour scheme is never asked (it costs ~20 ms).
    def too_early() -> str | None:
        raise AssertionError("colour scheme asked before the window showed")

    monkeypatch.setattr(theme, "read_system_scheme", too_early)
    monkeypatch.setattr(theme, "_scheme", None)
    monkeypatch.setattr(theme, "_palette_dark", True)  # a desktop with a dark palette
    context.update_settings(theme="light")
    context.update_settings(theme="system")
    assert qapp.palette().window().color().name() == theme.DARK["window"]

    # After the frame Qt's answer wins, and later changes are followed.
    answer = {"scheme": "light"}
    monkeypatch.setattr(theme, "read_system_scheme", lambda: answer["scheme"])
    shell.follow_system_scheme()
    assert qapp.palette().window().color().name() == theme.LIGHT["window"]
    answer["scheme"] = "dark"
    shell._on_system_scheme_changed()
    assert qapp.palette().window().color().name() == theme.DARK["window"]

    # A chosen theme is left alone when the system changes.
    context.update_settings(theme="light")
    answer["scheme"] = "light"
    shell._on_system_scheme_changed()
    answer["scheme"] = "dark"
    shell._on_system_scheme_changed()
    assert qapp.palette().window().color().name() == theme.LIGHT["window"]


def test_every_focusable_control_has_an_accessible_name(window):
    for spec in PAGES:
        window.show_page(spec.key)
    missing = []
    for w in window.findChildren(QWidget):
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window):
            from PySide6.QtGui import QAccessible

            iface = QAccessible.queryAccessibleInterface(w)
            name = iface.text(QAccessible.Text.Name) if iface else ""
            if not name and type(w).__name__ not in ("QScrollBar", "QStackedWidget"):
                missing.append(f"{type(w).__name__}:{w.objectName()}")
    assert missing == []


def test_geometry_is_remembered(window, context):
    window.resize(720, 520)
    window.close()
    assert context.settings.window_geometry
    from ui.shell.main_window import MainWindow

    again = MainWindow(context)
    assert (again.width(), again.height()) == (720, 520)
    again.close()


def test_welcome_is_shown_once(qtbot, qapp, store, monkeypatch):
    import argparse

    from app import settings as settings_mod
    from ui.shell import startup
    from ui.shell.welcome_dialog import WelcomeDialog

    shown = []
    monkeypatch.setattr(WelcomeDialog, "ask",
                        classmethod(lambda cls, parent=None, **_k: shown.append(1)))
    monkeypatch.setattr(qapp, "exec", run_a_little(qapp))  # the welcome follows the frame
    store.close()
    args = argparse.Namespace(data_dir=str(store.paths.root), lang="en", passphrase_file=None,
                              smoke_test=False)
    assert startup.run(args) == 0
    qapp.processEvents()
    assert settings_mod.load(store.paths.settings).welcome_seen
    assert startup.run(args) == 0
    qapp.processEvents()
    assert shown == [1]


def test_the_diary_calendar_follows_a_language_change(window, context):
    from PySide6.QtCore import QLocale

    window.show_page("diary")
    context.update_settings(language="ja")
    calendar = window.show_page("diary").calendar
    assert calendar.locale().language() == QLocale.Language.Japanese
    context.update_settings(language="en")
    calendar = window.show_page("diary").calendar
    assert calendar.locale().language() == QLocale.Language.English


def test_the_first_frame_is_today_with_its_data(qtbot, qapp, store, monkeypatch):
    """The window shows only once Today has read the person's data: its first frame
    is the page they can use, not an empty frame drawn again a moment later."""
    import argparse

    from app.ladder import service as ladder
    from app.ladder.inputs import StepInput
    from ui.shell import startup
    from ui.shell.main_window import MainWindow
    from ui.today.today_page import TodayPage

    ladder.create_ladder(store.db, "Walk to the corner shop", [StepInput("Door", 1)])
    seen = []

    def show(window: MainWindow) -> None:
        page = window.stack.currentWidget()
        seen.append(isinstance(page, TodayPage)
                    and "Walk to the corner shop" in [w.text() for w in page.findChildren(QLabel)])

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    store.close()
    args = argparse.Namespace(data_dir=str(store.paths.root), lang="en", passphrase_file=None,
                              smoke_test=False)
    assert startup.run(args) == 0
    assert seen == [True]
