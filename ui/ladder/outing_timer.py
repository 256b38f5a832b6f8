"""The outing timer: large, calm numbers; start and stop; no alarm, no countdown.

Time is read from `app.clock.now()` at start and stop (a test can fake it);
the one-second tick only repaints the numbers.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import clock
from app.ladder.guide import guide
from ui.widgets.card import Card


class OutingTimer(Card):
    """Emits `stopped(started_at, ended_at)` (two aware datetimes) on Stop."""

    stopped = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.started_at: datetime | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_display)
        self._build_ui()
        self.set_title(self.tr("Outing timer"))
        self.update_display()

    def _build_ui(self) -> None:
        self.display = QLabel(self)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.display.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setWeight(font.Weight.Light)
        self.display.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("S&tart the timer"), self)
        self.stop_button = QPushButton(self.tr("St&op and log"), self)
        self.start_button.setAccessibleName(self.tr("Start the timer"))
        self.stop_button.setAccessibleName(self.tr("Stop the timer and log the attempt"))
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        col = QVBoxLayout()
        col.addWidget(self.display)
        col.addWidget(self.hint)
        col.addLayout(row)
        self.body.addLayout(col)

    def running(self) -> bool:
        return self.started_at is not None

    def start(self) -> None:
        if self.running():
            return
        self.started_at = clock.now()
        self._tick.start()
        self.update_display()
        self.stop_button.setFocus()

    def stop(self) -> None:
        if self.started_at is None:
            return
        started, ended = self.started_at, clock.now()
        self.started_at = None
        self._tick.stop()
        self.update_display()
        self.stopped.emit(started, ended)

    def elapsed_seconds(self) -> int:
        if self.started_at is None:
            return 0
        return max(0, int((clock.now() - self.started_at).total_seconds()))

    def update_display(self) -> None:
        seconds = self.elapsed_seconds()
        hours, rest = divmod(seconds, 3600)
        text = f"{rest // 60:02d}:{rest % 60:02d}" if not hours else \
            f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        self.display.setText(text)
        self.display.setAccessibleName(self.tr("Time outside: {time}").format(time=text))
        self.start_button.setEnabled(not self.running())
        self.stop_button.setEnabled(self.running())
        words = guide()
        # While out: stay until you find out, distress need not drop first. Before:
        # coming back early is all right (Craske et al. 2014; exercises/*/ladder_guide.toml).
        if self.running():
            lines = [words.stay, self.tr("When you are back, press Stop; Ippo fills in the "
                                         "minutes.")]
        else:
            lines = [self.tr("Start it as you step out. There is no alarm and no goal to beat."),
                     words.early]
        self.hint.setText("\n".join(t for t in lines if t))
