"""Feedback told in a meeting note of a round or a debrief with a company (a recruiter's
debrief kept with the owner's own meeting template): only what someone said of the owner that
praises or criticises, or the meeting's own feedback section."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.feedback import FeedbackItem, Source, classified, items_of
from vaultkit.domain.feedback_classifier import Lexicon
from vaultkit.domain.prose_feedback import told_in_note
from vaultkit.links.kinds import names_a_round
from vaultkit.model import Note


def meeting_feedback(
    note: Note, company: Note, on: date | None, headings: tuple[str, ...], lexicon: Lexicon
) -> tuple[FeedbackItem, ...]:
    """The feedback told in a meeting note about a company the owner is in a process with, of a
    round or a debrief kept with the owner's own meeting template (its title or `round` says
    so: "Halden debrief — Priya", `round: HM`): only what someone said of the owner that
    praises or criticises ("Mei felt I went deep on the data model before …"), never the
    meeting's notes on the team or the process, unless a feedback section keeps what was said;
    none of a mock, a coffee or a 1:1 at work."""
    said = " ".join((note.title, *(str(value) for value in note.values("stage"))))
    if not (names_a_round(said) or _DEBRIEF.search(said)) or _PRACTICE_WORDS.search(said):
        return ()
    source = Source(None, company.path, company.title, None)
    items = []
    kept = items_of(note, headings)  # "## Feedback" in the meeting's own template
    for text, line in kept or told_in_note(note):
        items.extend(classified(note, text, line, on, source, lexicon, told=not kept))
    return tuple(items)


_DEBRIEF = re.compile(
    r"(?<![^\W\d_])(?:debrief\w*|feedback|фидб[еэ]к\w*|обратн\w+ связ\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_PRACTICE_WORDS = re.compile(r"(?<![^\W\d_])(?:mock|мок\w*|practice|тренировк\w*)", re.I)
