"""Privacy: passphrase and recovery key, export and import, restore, erasing everything."""
