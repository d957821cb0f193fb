"""Follow-ups however they are written: a line that says the user pinged, nudged, asked about
the status or followed up, in a dated entry or in a daily or meeting note, linking the
interview, its recruiter or its company."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from vaultkit.domain.who_did import read_turn
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.dates import note_day

FOLLOW_UP_PHRASES = (
    "followed up",
    "follow-up sent",
    "pinged",
    "nudged",
    "checked in",
    "asked about the status",
    "asked for an update",
    "уточнил статус",
    "уточнила статус",
    "уточнил",
    "уточнила",
    "спросил про статус",
    "спросила про статус",
    "спросила, как дела",
    "напомнил о себе",
    "напомнила о себе",
    "пингнул",
    "пингнула",
)
"""Words that say a follow-up was sent (casefolded)."""


_ABOUT_THE_DECISION = ("status", "статус", "decision", "решени", "news", "новост", "update")
"""Words that make a message of the owner's a follow-up ("Написала Анне, есть ли новости",
"Emailed Tom re: the decision")."""


_CHASED = re.compile(r"(?<![^\W\d_])(?:chased|пнул|пнула)(?![^\W\d_])")
_CHASED_ME = re.compile(
    r"(?<![^\W\d_])(?:(?:got|was|been) chased|chased me|chased by|пнул[аи]? себя|пнул[аи]? меня"
    r"|haven'?t chased|not chased)(?![^\W\d_])"
)
"""A chase that was not the owner's ("got chased by Callum", "пнула себя")."""
_SENT_ONE = re.compile(
    r"(?<![^\W\d_])(?:написал\w*|отправил\w*|sent|ещё|еще|another|second|third|второй"
    r"|третий)\s+(?:a\s+)?(?:follow[- ]?up|фоллоу-?ап)"
)
"""A follow-up said to be sent, as a noun ("написал follow-up", "sent another follow-up")."""
_NOT_BEFORE = re.compile(r"(?<![^\W\d_])(?:not|n't|never|не|ещё не|еще не)(?:\s+yet)?$")
_NOT_SENT = re.compile(
    r"(?<![^\W\d_])(?:отправлю|отправить|will send|to send|going to send|draft\w*|черновик\w*"
    r"|шаблон\w*|template)(?![^\W\d_])"
)
_FOR_ELSE = re.compile(r"for (?:the |a |my )?(?:reference|references)")
"""A follow-up drafted, not sent, or a chase for something else ("for the reference letter")."""
_SENT = re.compile(r"(?<![^\W\d_])(?:sent|отправил\w*|скинул\w*)(?![^\W\d_])")
_LOGGED_AS_ONE = re.compile(
    r"(?<![^\W\d_])(?:follow[- ]?up|фоллоу-?ап)\s*(?:#\d+|\((?:me|я)\)|[—:]|-\s)"
)
"""A dated row or line that is itself a follow-up ("follow-up #1 — email to Carlos")."""


def said_follow_up(text: str) -> bool:
    """True when `text` says a follow-up was sent: in so many words, or a message of the
    owner's about the status or the decision."""
    folded = text.casefold()
    if any(phrase in folded for phrase in FOLLOW_UP_PHRASES) or _LOGGED_AS_ONE.search(folded):
        return True
    cue = "chas" in folded or "пнул" in folded or "follow" in folded or "фоллоу" in folded
    chased = cue and (_CHASED.search(folded) or _SENT_ONE.search(folded))
    drafted = _NOT_SENT.search(folded) and not _SENT.search(folded)  # "sent … my template"
    elsewhere = _FOR_ELSE.search(folded)  # "chased my old manager for the reference letter"
    if chased and not _CHASED_ME.search(folded) and not drafted and not elsewhere:
        before = folded[: chased.start()].rstrip()
        return not _NOT_BEFORE.search(before)  # "chased Olivia", not "haven't chased Rachel"
    return any(word in folded for word in _ABOUT_THE_DECISION) and (
        read_turn(text, "entry", None).by == "me"
    )


def pinged_since(graph: VaultGraph, about: Iterable[str], since: date) -> date | None:
    """The latest day on or after `since` that a note records a follow-up on a line linking one
    of the notes `about`: a dated entry, or a line of a daily or meeting note (its day)."""
    latest: date | None = None
    for path in about:
        for source, wanted in graph.linking_lines(path).items():
            note = graph.notes[source]
            days = [
                entry.on
                for entry in note.entries
                if entry.line in wanted and said_follow_up(entry.text)
            ]
            day_of_note = graph.daily_dates.get(source) or (
                note_day(note.get("date"), note.title)
                if graph.kinds.get(source) == "meeting"
                else None
            )
            if day_of_note is not None and any(
                said_follow_up(link.context) for link in note.links if link.line in wanted
            ):
                days.append(day_of_note)
            for day in days:
                if day >= since and (latest is None or day > latest):
                    latest = day
    return latest
