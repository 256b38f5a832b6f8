"""The diary's screens: the day editor, the calendar, charts and the Today check-in."""
