"""Shows one chart Figure on screen; matplotlib is imported only when one is drawn."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.charts import DARK, LIGHT, ChartTheme


def palette_theme(widget: QWidget) -> ChartTheme:
    """The chart theme that matches the widget's current palette."""
    return DARK if widget.palette().window().color().lightness() < 128 else LIGHT


class ChartWidget(QWidget):
    """Wraps a builder `(theme) -> Figure`; call `redraw()` after the data changes."""

    def __init__(self, builder: Callable[[ChartTheme], Any], parent: QWidget | None = None,
                 accessible_name: str = "") -> None:
        super().__init__(parent)
        self.builder = builder
        self.figure: Any = None
        self.canvas: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def redraw(self) -> None:
        import matplotlib  # lazy: matplotlib loads only when a chart is first drawn

        # lazy: matplotlib loads only when a chart is first drawn
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from app.charts import rc  # lazy: matplotlib loads only when a chart is first drawn

        # lazy: matplotlib loads only when a chart is first drawn
        from ui.shell.theme import text_scale

        theme = palette_theme(self)
        with matplotlib.rc_context(rc(theme, text_scale())):
            figure = self.builder(theme)
            # A fresh canvas for each figure: a figure swapped onto an old canvas keeps
            # its own size (the chart is clipped) until the next resize.
            old, self.canvas = self.canvas, _canvas_class(FigureCanvasQTAgg)(figure)
            self.canvas.setParent(self)
            if old is None:
                self._layout.addWidget(self.canvas)
            else:
                self._layout.replaceWidget(old, self.canvas)
                old.hide()
                old.deleteLater()
            self.figure = figure
            self.canvas.draw_idle()


_CANVAS: type | None = None


def _canvas_class(base: type) -> type:
    """matplotlib's canvas, except that the mouse wheel is passed on: over a chart in a
    scrolling page the wheel scrolls the page (the charts do not zoom)."""
    global _CANVAS
    if _CANVAS is None:
        class PassWheelCanvas(base):  # type: ignore[misc, valid-type]
            def wheelEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
                event.ignore()

        _CANVAS = PassWheelCanvas
    return _CANVAS
