"""Reminders in the window: delivery (D-Bus, tray, in-window banner), Settings, background."""
