"""The on-screen chart follows the text size and the theme; matplotlib loads lazily."""

from __future__ import annotations

from app.charts import new_figure, style_axes


def _builder(theme):
    fig = new_figure(4, 3, theme)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    ax.plot([1, 2, 3], [3, 1, 2])
    return fig


def _tick_size(widget) -> float:
    ax = widget.figure.axes[0]
    return ax.get_yticklabels()[0].get_fontsize()


def test_chart_text_follows_the_text_size_setting(qtbot, qapp):
    from ui.shell import theme
    from ui.widgets.chart_widget import ChartWidget

    theme.apply(qapp, "light", 100)
    widget = ChartWidget(_builder, accessible_name="test chart")
    qtbot.addWidget(widget)
    widget.redraw()
    normal = _tick_size(widget)
    theme.apply(qapp, "dark", 200)
    qapp.processEvents()  # the palette reaches widgets through a change event
    try:
        widget.redraw()
        assert abs(_tick_size(widget) - 2 * normal) < 0.6
        assert widget.figure.get_facecolor()[0] < 0.3  # dark background follows the palette
    finally:
        theme.apply(qapp, "light", 100)
