"""The mouse wheel over a chart scrolls the page the chart is on."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot, context):
    from matplotlib.figure import Figure

    from ui.widgets.chart_widget import ChartWidget

    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    col = QVBoxLayout(inner)
    chart = ChartWidget(lambda theme: Figure(), inner)
    chart.setMinimumHeight(400)
    col.addWidget(chart)
    col.addWidget(QLabel("below"))
    inner.setMinimumHeight(2000)
    area.setWidget(inner)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    chart.redraw()
    canvas = chart.canvas
    bar = area.verticalScrollBar()
    assert bar.value() == 0
    pos = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(pos, QPointF(canvas.mapToGlobal(QPoint(10, 10))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)
    # Not taken by the chart, so Qt hands it on to the scroll area (a sent, not
    # spontaneous, event is not handed on in a test; the real wheel is).
    assert not event.isAccepted()
    QApplication.sendEvent(area.viewport(), event)
    assert bar.value() > 0
