"""Routine anchors: the few fixed points of a day (wake, meals, a short outing, bed)."""
