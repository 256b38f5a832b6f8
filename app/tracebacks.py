"""Exceptions as text for a log: type and frames, never the message (no user text).

Kept apart from `app/errors.py` (which needs the database driver) so the window's
error hook can be installed before the database libraries are loaded.
"""

from __future__ import annotations

import traceback


def describe(error: BaseException) -> str:
    """An exception for the log: its type, and the file, line and function of each
    frame (its causes too), with no message and no values: no user text."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines = [f"{kind.__module__}.{kind.__qualname__}"]
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        parts.append("\n".join(lines))
        current = current.__cause__ or current.__context__
    return "\ncaused by ".join(parts)
