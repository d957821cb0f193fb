"""Parsing a note: bytes or text and a vault path -> a frozen Note (properties, markdown, dates,
cadences, names). Pure: no file is read here."""
