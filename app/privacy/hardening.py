"""Keep Ippo's memory out of crash dumps.

While Ippo runs, its memory holds diary text and, with a passphrase, the
database key. If it ever crashed, the system could write that memory to a core
file (or hand it to a crash reporter) outside the data folder. Ippo asks the
system not to: no core file at all, and on Linux the process is also marked
not dumpable, which likewise keeps other programs of the same user from
reading its memory. Called before the database is opened.
"""

from __future__ import annotations

import sys
from typing import Any

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def keep_out_of_crash_dumps() -> bool:
    """True if both steps that apply on this system took effect."""
    ok = True
    try:
        import resource  # lazy: Unix only; the ImportError is Windows
    except ImportError:  # Windows: no core files in this sense
        return True
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        ok = False
    if sys.platform.startswith("linux"):
        ok = _set_dumpable(False) and ok
    return ok


def is_dumpable() -> bool | None:
    """Linux: whether the kernel would dump this process; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _set_dumpable(on: bool) -> bool:
    libc = _libc()
    return libc is not None and libc.prctl(PR_SET_DUMPABLE, int(on), 0, 0, 0) == 0


def _libc() -> Any:
    try:
        import ctypes  # lazy: loads only when the dump setting is read or changed

        return ctypes.CDLL(None, use_errno=True)
    except (ImportError, OSError):
        return None
