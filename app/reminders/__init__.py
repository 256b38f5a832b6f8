"""Reminders: opt-in, private by design, worked out from plain settings with a fake-able clock."""
