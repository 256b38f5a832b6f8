"""Privacy in the window: unlock, lock, passphrase, backups, export, import, erase."""
