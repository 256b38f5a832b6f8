"""The Progress page, the period picker and the first-appointment summary screen."""
