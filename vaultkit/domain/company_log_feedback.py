"""Feedback told in running sentences of a company note's log, where the owner is in a process
with the company ("- 04.12 — Маша сказала что по алгоритмам норм, а вот system design
слабовато", "\t- #фидбек Драгана сказала что англ у меня ок"): each entry's remarks that praise
or criticise, read as a tracker's company section's are, on the entry's day (a dated entry's
only, not the note's description); none the note's
led-in lists, letters and quotes already give. Read anew each build: whether the owner is in a
process with the company is told by other notes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from vaultkit.domain.feedback import FeedbackItem, process_feedback
from vaultkit.domain.feedback_classifier import Lexicon
from vaultkit.domain.interviews import Interview
from vaultkit.links.graph import VaultGraph


def company_log_feedback(
    graph: VaultGraph,
    interviews: Iterable[Interview],
    kept: dict[str, tuple[FeedbackItem, ...]],
    today: date,
    lexicon: Lexicon,
) -> dict[str, tuple[FeedbackItem, ...]]:
    """The feedback each company note's log tells in sentences, by the note's path and "#log",
    for the companies of `interviews` (the latest of each process), besides the items `kept`
    (by path) already read from the note."""
    latest: dict[str, Interview] = {}
    for interview in interviews:
        company = interview.company
        if company and graph.kinds.get(company) == "company":
            before = latest.get(company)
            if before is None or (interview.on or date.min) > (before.on or date.min):
                latest[company] = interview
    found: dict[str, tuple[FeedbackItem, ...]] = {}
    for path, interview in sorted(latest.items()):
        note = graph.notes[path]
        days = {entry.line: entry.on for entry in note.log_as_of(today)}
        known = [_words(item.text) for item in kept.get(path, ())]
        items: list[FeedbackItem] = []
        for section in note.sections:
            told = process_feedback(
                path, section.content, section.line + 1, days, interview, lexicon
            )
            for item in told:
                words = _words(item.text)
                if item.line in days and not any(words in seen or seen in words for seen in known):
                    known.append(words)
                    items.append(item)
        if items:
            found[f"{path}#log"] = tuple(items)
    return found


def _words(text: str) -> str:
    """A remark's words, case and punctuation aside, to find it told twice."""
    return " ".join(_WORD.findall(text.casefold()))


_WORD = re.compile(r"[^\W_]+")
