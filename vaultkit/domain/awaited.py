"""What a contact said they would do by a time ("обещает в ноябре", "he'll send roles next
week"): once that time has passed with no word from them since, it is time to ask."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from vaultkit.domain.interactions import Interaction
from vaultkit.parse.dates import month_number

_PROMISE = re.compile(
    r"\b(?:обещает|обещал[аи]?|пообещал[аи]?|пришл[её]т|вернётся|вернется|напишет|скинет"
    r"|(?<!i )promised|(?:he|she|they)'ll|(?:he|she|they) will|will send|will get back)\b",
    re.IGNORECASE,
)
"""Words of a promise of theirs (third person: "I promised" is the owner's own)."""
_IN_TOUCH = re.compile(
    r"\bwe(?:'ll| will) (?:be in touch|get back to you|come back to you)\b", re.I
)
"""A company's promise of its answer in its own words ("we'll be in touch by end of next
week"): a day the answer is awaited by, not a promise to ask about once it passed."""


def their_promise(text: str) -> bool:
    """Whether a line tells of a promise of theirs, a company's promised answer included."""
    return _PROMISE.search(text) is not None or _IN_TOUCH.search(text) is not None


_MONTH = re.compile(r"\b(?:в|in|by|до)\s+([a-zа-яё]{3,9})\b", re.IGNORECASE)
_WEEKS = (
    (re.compile(r"early next week|в начале следующей недели", re.IGNORECASE), 1, 2),
    (re.compile(r"next week|(?:на|до конца) след\w* недел\w", re.IGNORECASE), 1, 4),
    (re.compile(r"(?:end of )?(?:this|the) week|до конца недели|на этой неделе", re.I), 0, 4),
)
"""A week said relatively: (pattern, weeks on from the day it was said, weekday of the end)."""
_DAYS = (
    (re.compile(r"\btomorrow\b|\bзавтра\b", re.IGNORECASE), 1),
    (re.compile(r"within a week|в течение недели|через неделю", re.IGNORECASE), 7),
    (re.compile(r"in two weeks|через две недели|через 2 недели", re.IGNORECASE), 14),
)


_ARRIVED = re.compile(
    r"(?<![^\W\d_])(?:it|both|they|all|everything|оба|обе|всё|все|оно|они)\s+(?:\w+\s+)?"
    r"(?:arrived|came(?: in| through)?|пришл[иоа]|пришёл|пришел)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A line saying what they promised came ("both arrived by email (5 days late). replied
thanks", "всё пришло"), whoever the line says wrote last; not something else's arrival ("the
Lumio contract arrived"), nor "Пришли, пожалуйста, ссылку"."""


def _arrived(text: str) -> bool:
    return _ARRIVED.search(text) is not None


_NOT_MONTHS = frozenset({"maybe", "mayor", "market", "marketing"})
"""Words that begin like a month and are none."""


@dataclass(frozen=True, slots=True)
class Awaited:
    """Something a contact said they would do, and the day it should have come by."""

    said: Interaction
    """Where they said it."""
    by: date
    """The last day of the time they named."""


def awaited_from(interactions: tuple[Interaction, ...], today: date) -> Awaited | None:
    """Their latest promise with a time that has passed, when nothing came from them since."""
    heard: date | None = None  # the latest day they spoke, among the interactions after
    for said in reversed(interactions):
        if heard is not None and heard > said.on:
            return None  # they got back after it
        if not _PROMISE.search(said.text):
            if said.turn.by in ("them", "both") or _arrived(said.text):
                heard = max(heard or said.on, said.on)
            continue
        by = deadline(said.text, said.on)
        if by is not None and by < today:
            return Awaited(said, by)
        return None
    return None


def deadline(text: str, said_on: date) -> date | None:
    """The last day of the time a promise names, counted from the day it was said."""
    for pattern, days in _DAYS:
        if pattern.search(text):
            return said_on + timedelta(days=days)
    for pattern, weeks, weekday in _WEEKS:
        if pattern.search(text):
            monday = said_on - timedelta(days=said_on.weekday()) + timedelta(weeks=weeks)
            return monday + timedelta(days=weekday)
    for found in _MONTH.finditer(text):
        if found.group(1).casefold() in _NOT_MONTHS:
            continue
        try:
            month = month_number(found.group(1))
        except ValueError:
            continue
        year = said_on.year + (1 if month < said_on.month else 0)
        first_of_next = date(year + month // 12, month % 12 + 1, 1)
        return first_of_next - timedelta(days=1)
    return None
