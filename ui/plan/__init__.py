"""The plan's pages, dialogs and Today card."""
