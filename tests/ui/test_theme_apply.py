"""Applying the theme makes Qt walk every widget once per setting it changes, so an
unchanged setting is not applied again (issue 13: fewer walks, less to go wrong)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from ui.shell import theme

WALK_EVENTS = (QEvent.Type.StyleChange, QEvent.Type.PaletteChange, QEvent.Type.FontChange,
               QEvent.Type.ApplicationPaletteChange, QEvent.Type.ApplicationFontChange)


class Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in WALK_EVENTS:
            self.seen += 1
        return False


def test_the_same_theme_again_walks_no_widget(qtbot, qapp):
    theme.apply(qapp, "light", 100)
    label = QLabel("probe")
    qtbot.addWidget(label)
    label.show()
    counter = Counter()
    label.installEventFilter(counter)
    style = qapp.style()
    theme.apply(qapp, "light", 100)
    assert counter.seen == 0
    assert qapp.style() is style  # the style is not built again either
    theme.apply(qapp, "dark", 100)
    assert counter.seen > 0
    assert qapp.palette().window().color().name() == theme.DARK["window"]
    seen = counter.seen
    theme.apply(qapp, "dark", 150)
    assert counter.seen > seen
    assert f"font-size: {round(theme._base_point_size * 1.5 * 1.4, 1)}pt" in (
        qapp.styleSheet())
    theme.apply(qapp, "light", 100)
