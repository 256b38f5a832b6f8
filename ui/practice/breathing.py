"""Paced breathing: a calm circle that grows and shrinks, with the count in words.

The pacer reads its own clock on every tick (`pacer.at`), so the rhythm never
drifts and tests move a fake clock. With reduced motion the circle is hidden and
only the count is shown, changing once a second."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import STORE_ERRORS
from app.practice import pacer, service
from app.practice.models import Exercise
from ui.context import AppContext
from ui.practice.log_box import LogBox
from ui.widgets.form_label import FormLabel
from ui.widgets.wrapping_check_box import WrappingCheckBox

Clock = Callable[[], float]
PREF_IN, PREF_OUT, PREF_MINUTES, PREF_STILL = ("breathe_in", "breathe_out", "minutes",
                                               "reduced_motion")


class PacerShape(QWidget):
    """A soft circle; `size` from 0 (small) to 1 (large). Decorative: the count says it all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_now = 0.0
        self.paints = 0
        self.setMinimumSize(QSize(180, 180))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Breathing shape"))

    def set_size(self, size: float) -> None:
        if abs(size - self.size_now) > 0.002:
            self.size_now = size
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self.paints += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        radius = side / 2 * (0.35 + 0.65 * self.size_now)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        colour.setAlphaF(0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        c = self.rect().center()
        painter.drawEllipse(QRectF(c.x() - radius, c.y() - radius, radius * 2, radius * 2))
        ring = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(c.x() - side / 2, c.y() - side / 2, side, side))
        painter.end()


class BreathingPanel(QWidget):
    TICK_MS = 40

    def __init__(self, context: AppContext, exercise: Exercise, parent: QWidget | None = None,
                 clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self.context, self.exercise, self.clock = context, exercise, clock
        self._start: float | None = None
        self._said = ""
        self.timer = QTimer(self)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._build_ui()
        self._load_prefs()

    def _build_ui(self) -> None:
        col = QVBoxLayout(self)
        title = QLabel(self.exercise.title, self)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        col.addWidget(title)
        for text in (self.exercise.intro, self.exercise.stay):
            label = QLabel(text, self)
            label.setWordWrap(True)
            col.addWidget(label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.breathe_in = self._spin(pacer.MIN_SECONDS, pacer.MAX_SECONDS, self.tr(" s"))
        self.breathe_out = self._spin(pacer.MIN_SECONDS, pacer.MAX_SECONDS, self.tr(" s"))
        self.minutes = self._spin(pacer.MIN_MINUTES, pacer.MAX_MINUTES, self.tr(" min"))
        for text, spin in ((self.tr("Breathe &in for (seconds):"), self.breathe_in),
                           (self.tr("Breathe &out for (seconds):"), self.breathe_out),
                           (self.tr("&How long (minutes):"), self.minutes)):
            form.addRow(FormLabel(text, spin, self), spin)
        self.still = WrappingCheckBox(self.tr("Show only the count, &without movement"), self)
        self.still.toggled.connect(self._on_still_toggled)
        form.addRow(self.still)
        col.addLayout(form)
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.clicked.connect(self._on_start_clicked)
        col.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.shape = PacerShape(self)
        col.addWidget(self.shape, 0, Qt.AlignmentFlag.AlignHCenter)
        self.count = QLabel(self)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setWordWrap(True)
        self.count.setProperty("role", "title")
        self.count.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a reader can land on the count
        self.count.setAccessibleName(self.tr("Breathing count"))
        col.addWidget(self.count)
        self.log = LogBox(self.context, self.exercise.id, self.exercise.kind, self)
        col.addWidget(self.log)
        col.addStretch(1)
        self._show_idle()

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._on_rhythm_changed)
        return spin

    def _load_prefs(self) -> None:
        try:
            saved = service.prefs(self.context.db)
        except STORE_ERRORS:  # choices are a convenience; the defaults work
            saved = {}
        for spin, key, default in ((self.breathe_in, PREF_IN, 4), (self.breathe_out, PREF_OUT, 6),
                                   (self.minutes, PREF_MINUTES, 2)):
            spin.blockSignals(True)
            spin.setValue(int(saved.get(key, default)) if str(saved.get(key, default)).isdigit()
                          else default)
            spin.blockSignals(False)
        self.still.blockSignals(True)
        self.still.setChecked(saved.get(PREF_STILL) == "1")
        self.still.blockSignals(False)
        self.shape.setVisible(not self.still.isChecked())

    def rhythm(self) -> pacer.Rhythm:
        return pacer.Rhythm(self.breathe_in.value(), self.breathe_out.value(),
                            self.minutes.value())

    def running(self) -> bool:
        return self._start is not None

    def start(self) -> None:
        self._start = self.clock()
        self._said = ""
        self.start_button.setText(self.tr("&Stop"))
        for w in (self.breathe_in, self.breathe_out, self.minutes):
            w.setEnabled(False)
        self.timer.start()
        self._tick()

    def stop(self) -> None:
        if self._start is None:
            return
        elapsed = self.clock() - self._start
        self._start = None
        self.timer.stop()
        self.start_button.setText(self.tr("&Start"))
        for w in (self.breathe_in, self.breathe_out, self.minutes):
            w.setEnabled(True)
        self.log.set_minutes(math.ceil(elapsed / 60))
        self._show_idle(done=elapsed >= 30)

    def _tick(self) -> None:
        if self._start is None:
            return
        moment = pacer.at(self.rhythm(), self.clock() - self._start)
        if moment.phase == pacer.DONE:
            self.stop()
            return
        if not self.still.isChecked():
            self.shape.set_size(moment.size)
        word = self.tr("Breathe in") if moment.phase == pacer.IN else self.tr("Breathe out")
        text = self.tr("{word}: {n} of {total}").format(word=word, n=moment.count,
                                                          total=moment.of)
        if text != self._said:  # only when the count changes, so a reader is not flooded
            self._said = text
            self.count.setText(text)
            self.count.setAccessibleName(text)

    def _show_idle(self, done: bool = False) -> None:
        text = (self.tr("Finished. You can note it below if you like.") if done
                else self.tr("Press Start when you are ready."))
        self.count.setText(text)
        self.count.setAccessibleName(text)
        self.shape.set_size(0.0)

    def _save_pref(self, key: str, value: str) -> None:
        try:
            service.set_pref(self.context.db, key, value)
        except STORE_ERRORS:
            pass  # a convenience: the choice holds for this session

    def _on_rhythm_changed(self, _value: int) -> None:
        self._save_pref(PREF_IN, str(self.breathe_in.value()))
        self._save_pref(PREF_OUT, str(self.breathe_out.value()))
        self._save_pref(PREF_MINUTES, str(self.minutes.value()))

    def _on_still_toggled(self, still: bool) -> None:
        self.shape.setVisible(not still)
        self._save_pref(PREF_STILL, "1" if still else "0")

    def _on_start_clicked(self) -> None:
        if self.running():
            self.stop()
        else:
            self.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Another panel or page is shown: the session ends here (and can be noted)."""
        self.stop()
        super().hideEvent(event)

    def focus_start(self) -> QWidget:
        return self.start_button
