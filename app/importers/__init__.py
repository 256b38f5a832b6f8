"""Bringing history in from other apps: one module per app, registered in IMPORTERS.

To add an importer, write a module with a class that has `kind`, `label`,
`detect(table)` and `read(table, options)` (the `Importer` protocol) and add
one instance to IMPORTERS in `app.importers.registry`. Reading
(`app.importers.table`) and writing (`app.importers.service`: duplicates, one
transaction) are shared.
"""
