"""The Practice page: breathing, grounding, rehearsals, lessons, my reasons, the family guide."""
