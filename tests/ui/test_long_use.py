"""A long session in one process: thousands of mixed actions on the real main window,
with the garbage collector forced at hostile moments, ends with no crash, no closed
dialog left alive and no growth in the number of widgets (issue 13, points 12-13).

Before the fix this crashed (segmentation fault) within a few hundred actions, when
a closed attempt dialog held in a reference cycle was freed in the middle of Qt's
walk over every widget for a theme change; and every worksheet dialog stayed alive.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.long_use import Soak, dialogs_alive, flush_deletes
from ui.shell import theme

ACTIONS = int(os.environ.get("IPPO_LONG_USE_ACTIONS", "2000"))


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_thousands_of_actions_leave_no_dialog_and_no_growth(shell, qapp):
    soak = Soak(shell, seed=13)
    soak.warm_up()
    baseline = len(QApplication.allWidgets())
    try:
        soak.run(ACTIONS)
        flush_deletes()
    finally:
        theme.apply(qapp, "light", 100)  # as the next tests expect

    assert not dialogs_alive(), "closed dialogs are still alive"
    for name in ("attempt", "summary", "worksheet", "help_now", "theme", "text_size"):
        assert soak.counts.get(name, 0) >= 5, f"too few {name} actions: {soak.counts}"
    assert soak.collector.fired >= 10  # the collector really ran inside Qt's widget walks
    samples = soak.widget_counts
    assert max(samples) <= baseline + 40, (baseline, samples)
    quarter = max(1, len(samples) // 4)
    first, last = samples[:quarter], samples[-quarter:]
    assert sum(last) / len(last) <= sum(first) / len(first) + 10, samples  # no upward trend
