"""What the command line offers before a file is read (kept apart from `model` so
that building `ippo`'s argument parser loads no importer code)."""

from __future__ import annotations

from datetime import time

AS_ACTIVITIES, AS_ANCHORS = "activities", "anchors"  # Loop: what habits become
LOOP_AS = (AS_ACTIVITIES, AS_ANCHORS)
ANCHOR_AT = time(9, 0)  # Loop has no time of day: the anchors' time unless one is chosen
