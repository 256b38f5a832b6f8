"""Thought-record pages: list, guided and full-form editor, traps, charts."""
