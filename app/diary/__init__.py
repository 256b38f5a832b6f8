"""The mood and symptom diary: one entry per civil day, charts and a quick check-in."""
