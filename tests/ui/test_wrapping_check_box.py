"""A check box whose words wrap: the page never has to scroll sideways for it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ui.widgets.wrapping_check_box import WrappingCheckBox

LONG = "共有のコンピューター向けに、目立たないウィンドウ名とタスクバー名（「Notes」）を使う(&N)"


def test_long_words_wrap_instead_of_widening(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    col = QVBoxLayout(page)
    box = WrappingCheckBox(LONG, page)
    col.addWidget(box)
    plain = QCheckBox(LONG, page)
    # The plain box needs its whole sentence on one line; this one gives way.
    assert box.minimumSizeHint().width() < plain.minimumSizeHint().width() / 2
    page.resize(box.minimumSizeHint().width() + 20, 400)
    page.show()
    qtbot.waitExposed(page)
    one_line = box.fontMetrics().height()
    assert box.label.height() >= 2 * one_line  # wrapped onto more lines
    assert box.height() >= box.heightForWidth(box.width())  # and nothing cut off


def test_words_toggle_it_and_it_keeps_its_name_and_letter(qtbot):
    box = WrappingCheckBox("Lock Ippo too when the &computer locks its screen")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    box.show()
    qtbot.waitExposed(box)
    far_right = QPoint(box.width() - 5, box.height() // 2)  # on the words, not the box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=far_right)
    assert box.isChecked()
    assert box.accessibleName() == "Lock Ippo too when the computer locks its screen"
    assert box.text() == "Lock Ippo too when the &computer locks its screen"
    assert box.shortcut().toString() == "Alt+C"
    assert "<u>c</u>omputer" in box.label.text()
