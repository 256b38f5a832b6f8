"""The ladder's pages, dialogs and Today card."""
