"""The routine's records as frozen dataclasses: what the services return and take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class Anchor:
    """One daily anchor: a name, a target time and the weekdays it is planned for."""

    id: int
    name: str
    at: time  # target time of day, to the minute
    weekdays: frozenset[int]  # 0 = Monday … 6 = Sunday
    active: bool = True
