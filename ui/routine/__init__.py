"""The routine's screens: Today's anchors, the "My days" week view and planning."""
