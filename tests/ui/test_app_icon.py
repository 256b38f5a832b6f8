"""The application carries Ippo's icon in every PNG size (window, taskbar, Alt+Tab)."""

from __future__ import annotations


def test_make_application_sets_the_ippo_icon(qapp) -> None:
    from PySide6.QtGui import QIcon

    from ui.shell.startup import make_application

    qapp.setWindowIcon(QIcon())
    app = make_application()
    icon = app.windowIcon()
    assert sorted(s.width() for s in icon.availableSizes()) == [16, 32, 48, 64, 128, 256]
    image = icon.pixmap(16, 16).toImage()
    # The corner is transparent and the middle is the icon's deep teal, not empty.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(3, 3).name() == "#2f6b66"
