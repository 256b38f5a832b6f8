"""Graded-exposure ladders: goals broken into steps, attempts, and moving up."""
