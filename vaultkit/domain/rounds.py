"""The rounds an application note's timeline names: one note per application, its dated entries
saying "screen", "техническое", "onsite"."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.model import Note

_ROUND = re.compile(
    r"\b(?:screen\w*|скрин\w*|tech\w*|техническ\w*|system design|coding|take-home"
    r"|onsite|on-site|final\w*|финал\w*|hm call|hiring manager|интервью|собеседовани\w*)\b",
    re.IGNORECASE,
)


def latest_round(note: Note, on: date | None) -> tuple[str | None, date | None]:
    """The latest round an application note's dated entries (its timeline) name, and its day
    (the note's own date, when it has one, stays)."""
    rounds = [entry for entry in note.entries if _ROUND.search(entry.text)]
    if not rounds:
        return None, on
    latest = max(rounds, key=lambda entry: entry.on)
    return latest.text, on or latest.on
