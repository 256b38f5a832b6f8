"""Regression: PySide6 6.12.0 on CPython 3.11 leaked a reference to None on every
void call and aborted after about 5,000 (qt-notes.md section 0). Our pin must
keep an unaffected PySide6 on 3.11."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_twenty_thousand_void_calls_do_not_drain_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i & 7))
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; on 3.11 it must not fall.
    assert after >= before - 100
