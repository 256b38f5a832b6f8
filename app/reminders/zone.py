"""The local time zone as a zoneinfo zone, so future times follow daylight saving."""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone(name: str | None = None) -> tzinfo:
    """The zone `name` (an IANA id such as the one Qt reports), else TZ, else the
    /etc/localtime link; a fixed offset from the system clock as the last resort."""
    candidates = [name, os.environ.get("TZ", "").lstrip(":") or None]
    try:
        link = Path("/etc/localtime").resolve()
        if "zoneinfo" in link.parts:
            candidates.append("/".join(link.parts[link.parts.index("zoneinfo") + 1:]))
    except OSError:
        pass
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    found = datetime.now().astimezone().tzinfo
    assert found is not None
    return found
