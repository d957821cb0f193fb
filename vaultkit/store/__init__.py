"""The disk: finding the vault and its settings, walking it, the SQLite cache of parsed notes,
the one safe writer of notes, and backups of edits made to generated notes."""
