"""Practice: breathing, grounding, conversation rehearsals, short lessons, my reasons."""
