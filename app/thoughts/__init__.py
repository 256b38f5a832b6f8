"""CBT thought records: the seven-column record, thinking traps, drafts, charts."""
