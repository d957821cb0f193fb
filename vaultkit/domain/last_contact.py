"""The day a contact's note says you last talked (`last_contact`, or the note's own name for
it: `last talk`, `last_contacted` …), with what can be wrong with it: a day after today, a day
YAML read as a number ("27.10" as 27.1). A day written without its year ("27.10.") is the
latest such day up to today."""

from __future__ import annotations

from datetime import date

from vaultkit.domain.interactions import Interaction, detect_channel
from vaultkit.domain.note_outcome import text_of
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.dates import as_date, past_day
from vaultkit.parse.property_problems import number_for_a_day


def last_contact_of(note: Note, today: date, diagnostics: list[Diagnostic]) -> list[Interaction]:
    """The talk a contact's `last_contact` property records (none or one), and its problems."""
    written = note.get("last_contact")
    line = note.line_of("last_contact")
    last_contact = as_date(written) or past_day(written, today)
    numbered = number_for_a_day(note.path, "last_contact", written, line)
    if numbered is not None:
        diagnostics.append(numbered)
    if last_contact is not None and last_contact > today:  # a slip of the keyboard, most likely
        diagnostics.append(
            Diagnostic(
                note.path,
                line,
                "warning",
                f"last_contact {last_contact.isoformat()} is after today "
                f"({today.isoformat()}); not counted",
                f"last_contact {last_contact.isoformat()} позже сегодняшнего дня "
                f"({today.isoformat()}); не учтён",
            )
        )
        return []
    if last_contact is None:
        return []
    channel = detect_channel(text_of(note.get("channel")))
    return [Interaction(last_contact, "property", note.path, channel, "", line)]
