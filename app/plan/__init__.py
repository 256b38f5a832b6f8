"""The relapse-prevention plan: sections, versions, guide and warning-sign watchers."""
