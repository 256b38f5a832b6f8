"""Progress: periods, the first-appointment summary and the user's own words for it."""
