"""Driving the real main window through many mixed actions, with the collector forced
at hostile moments: right after a dialog closes, and while Qt walks every widget to
apply a theme (issue 13, points 12 and 13).

Used by `test_long_use.py`; it can also be run alone for a longer soak:
`QT_QPA_PLATFORM=offscreen python -m tests.ui.long_use 20000`.
"""

from __future__ import annotations

import gc
import random
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.ladder import service as ladder_sv
from app.ladder.inputs import StepInput
from ui.ladder.save_buttons import SaveButtons

PAGE_KEYS = ("today", "ladder", "diary", "thoughts", "plan", "practice", "progress", "settings")
WORKSHEETS = ("ladder", "thought", "plan")


class HostileCollector(QObject):
    """An application event filter that runs `gc.collect()` on the first style or
    palette change Qt sends while it applies a new style sheet, i.e. in the middle of
    Qt's walk over every widget: the moment a cycle holding a widget must not be freed."""

    def __init__(self) -> None:
        super().__init__()
        self.armed = False
        self.fired = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.armed and event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange,
                                           QEvent.Type.FontChange, QEvent.Type.Polish):
            self.armed = False
            gc.collect()
            self.fired += 1
        return False


def flush_deletes() -> None:
    """Run deleteLater() now, as the event loop would on its next turn."""
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def dialogs_alive() -> list[QWidget]:
    """Every QDialog Qt still holds (open or closed but not deleted)."""
    return [w for w in QApplication.allWidgets() if isinstance(w, QDialog)]


@dataclass
class Seen:
    """A dialog met by `close_next_modal`: its class, whether it had a Qt parent, and a
    weak reference that dies once Qt deleted it and Python holds no cycle on it."""

    name: str
    had_parent: bool
    ref: weakref.ref[QDialog]


def close_next_modal(answer: Callable[[QDialog], None],
                     kind: type[QDialog] = QDialog) -> list[Seen]:
    """Close the next modal `kind` dialog that opens with `answer(dialog)`; returns a list
    that gets a `Seen` once it was met, so a caller can check it opened."""
    seen: list[Seen] = []

    def closer(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(Seen(type(dialog).__name__, dialog.parent() is not None,
                             weakref.ref(dialog)))
            answer(dialog)
        elif tries < 200:
            QTimer.singleShot(5, lambda: closer(tries + 1))

    QTimer.singleShot(0, closer)
    return seen


@dataclass
class Soak:
    """One session of mixed actions on a real Shell."""

    shell: object
    seed: int = 13
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    widget_counts: list[int] = field(default_factory=list)
    collector: HostileCollector = field(default_factory=HostileCollector)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.window = self.shell.window  # type: ignore[attr-defined]
        self.context = self.shell.context  # type: ignore[attr-defined]
        self.day = date(2026, 3, 1)
        db = self.context.db
        if ladder_sv.current_ladder(db) is None:
            ladder_sv.create_ladder(db, "Go to the shop", [
                StepInput("Open the front door", 2, 20), StepInput("Walk to the corner", 5, 35)])
        # Weights: mostly cheap everyday actions, so a few thousand fit in two minutes,
        # with a theme or text-size change (a walk over every widget) about every 45.
        self.actions: list[tuple[str, Callable[[], None], float]] = [
            ("page", self.switch_page, 40),
            ("diary_save", self.save_diary, 30),
            ("attempt", self.attempt_dialog, 4),
            ("summary", self.summary_dialog, 3),
            ("worksheet", self.worksheet_dialog, 6),
            ("help_now", self.help_now, 6),
            ("theme", self.change_theme, 1.5),
            ("text_size", self.change_text_size, 0.5),
        ]

    # -- actions -----------------------------------------------------------------
    def switch_page(self) -> None:
        self.window.show_page(self.rng.choice(PAGE_KEYS))

    def save_diary(self) -> None:
        page = self.window.show_page("diary")
        self.day += timedelta(days=1)
        page.open_item(self.day)
        page.editor.mood.setValue(self.rng.randint(0, 10))
        page.editor.note.setPlainText(f"walked {self.rng.randint(1, 60)} minutes")
        page.editor._on_save_clicked()

    def attempt_dialog(self) -> None:
        page = self.window.show_page("ladder")
        if page.step_list.count() and page.step_list.currentRow() < 0:
            page.step_list.setCurrentRow(0)

        def answer(dialog: QDialog) -> None:
            if self.rng.random() < 0.5:
                dialog.fields["suds_before"].setText(str(self.rng.randint(0, 100)))
                dialog.fields["suds_after"].setText(str(self.rng.randint(0, 100)))
                dialog.findChild(SaveButtons).accepted.emit()  # as Save does
            else:
                dialog.reject()

        seen = close_next_modal(answer)
        page._on_panel_log_requested()
        assert [x.name for x in seen] == ["AttemptDialog"], seen
        self._after_dialog()

    def summary_dialog(self) -> None:
        page = self.window.show_page("progress")
        seen = close_next_modal(lambda d: d.accept())
        page._on_summary_clicked()
        assert [x.name for x in seen] == ["SummaryDialog"], seen
        self._after_dialog()

    def worksheet_dialog(self) -> None:
        page = self.window.show_page("progress")
        seen = close_next_modal(lambda d: d.accept())
        page._on_worksheet_chosen(self.rng.choice(WORKSHEETS))
        assert [x.name for x in seen] == ["WorksheetDialog"], seen
        self._after_dialog()

    def help_now(self) -> None:
        self.window._on_help_requested()
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == "HelpNowDialog" and w.isVisible())
        QApplication.processEvents()
        dialog.close()
        self._after_dialog()

    def change_theme(self) -> None:
        now = self.context.settings.theme
        self.collector.armed = True  # collect in the middle of Qt's walk over the widgets
        self.context.update_settings(theme="dark" if now != "dark" else "light")
        self.collector.armed = False

    def change_text_size(self) -> None:
        scale = self.rng.choice((100, 125, 150, 100))
        gc.collect()  # just before Qt walks every widget again
        self.collector.armed = True
        self.context.update_settings(text_scale=scale)
        self.collector.armed = False

    def _after_dialog(self) -> None:
        # Now and then collect at once; otherwise leave whatever the closed dialog left
        # behind for the collection in the middle of the next theme change.
        if self.rng.random() < 0.3:
            gc.collect()
        QApplication.processEvents()

    # -- running -----------------------------------------------------------------
    def warm_up(self) -> None:
        """Every page built and every action done once, so later growth is a leak."""
        for key in PAGE_KEYS:
            self.window.show_page(key)
        for _name, action, _weight in self.actions:
            action()
        flush_deletes()

    def run(self, n: int, sample_every: int = 50) -> None:
        app = QApplication.instance()
        app.installEventFilter(self.collector)
        gc.collect()
        gc.disable()  # the collector runs only at the hostile moments chosen here
        names, weights = zip(*[(a[0], a[2]) for a in self.actions], strict=True)
        by_name = {a[0]: a[1] for a in self.actions}
        try:
            for i in range(n):
                name = self.rng.choices(names, weights)[0]
                started = time.perf_counter()
                by_name[name]()
                self.counts[name] = self.counts.get(name, 0) + 1
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
                QApplication.processEvents()
                if i % sample_every == sample_every - 1:
                    flush_deletes()
                    self.widget_counts.append(len(QApplication.allWidgets()))
        finally:
            gc.enable()
            app.removeEventFilter(self.collector)


def main(n: int) -> None:  # pragma: no cover - a manual soak
    import tempfile
    from pathlib import Path

    from app.db import open_store
    from app.paths import resolve
    from app.settings import Settings
    from ui.context import AppContext
    from ui.shell import theme, translations
    from ui.shell.shell import Shell

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    store = open_store(resolve(tmp / "data"))
    translations.install("en")
    theme.apply(app, "light", 100)
    context = AppContext(store.paths, store, Settings(welcome_seen=True))
    shell = Shell(app, context)
    shell.window.show()
    soak = Soak(shell)
    started = time.monotonic()
    soak.run(n)
    print(f"{n} actions in {time.monotonic() - started:.1f} s; {soak.counts}")
    print({k: round(v / soak.counts[k], 3) for k, v in soak.seconds.items()})
    print("widgets:", soak.widget_counts[:3], "...", soak.widget_counts[-3:])
    print("dialogs alive:", len(dialogs_alive()), "gc fired in walk:", soak.collector.fired)


if __name__ == "__main__":  # pragma: no cover
    import sys

    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
