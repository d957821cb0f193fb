"""Names compared the way Obsidian compares them: in Unicode NFC, and without case.

A file name can reach the disk decomposed (macOS, and volumes written by its older HFS+,
store 'й' and 'ё' as a letter plus a combining mark) while the links typed to it are composed.
Obsidian indexes paths in NFC, so both spellings lead to the same note; so they do here.
"""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """`text` in the form names are matched in: NFC, case folded."""
    if text.isascii():
        return text.lower()  # the same as casefold() for ASCII, and no normalising to do
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


_NAMESPACE = re.compile(r"%2F|___", re.IGNORECASE)


def page_name(title: str) -> str:
    """The name a note's file name stands for: a Logseq page in a namespace is saved as
    "people%2FМарат" or "companies___Kaspi" (people/Марат, companies/Kaspi), and is called by
    its last part; any other title is itself."""
    return _NAMESPACE.split(title)[-1].strip() or title if "%" in title or "___" in title else title
