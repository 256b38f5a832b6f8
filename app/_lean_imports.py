"""Importing sqlite-utils without the numpy it does not need here.

sqlite-utils imports numpy whenever it is installed, only to map numpy scalar
types to column types; Ippo never stores numpy values. matplotlib brings numpy
into the environment, and importing it costs about a tenth of a second and
15 MB before the window can show. We hide numpy while sqlite-utils loads; the
next `import numpy` (when a chart is first drawn) works as usual. sqlite-utils
itself loads at its first use after start-up (see `Store.db`). Measured for
issue 15: importing the store takes 0.19 s and 30 MB this way, 0.25 s and 42 MB
without. tests/app/test_lean_imports_guard.py fails if sqlite-utils changes how
it imports numpy.
"""

from __future__ import annotations

import sys
from types import ModuleType


def import_sqlite_utils() -> ModuleType:
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    numpy_loaded = "numpy" in sys.modules
    if not numpy_loaded:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        import sqlite_utils  # lazy: here, with numpy hidden, is the point
    finally:
        if not numpy_loaded:
            del sys.modules["numpy"]
    return sqlite_utils
