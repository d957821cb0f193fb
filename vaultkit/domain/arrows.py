"""Shorthand arrows in an interaction line: "me→Tom: CV", "Tom→me: 2 roles", "→ Stefan: DH
recap", "Я → Марина: контакт Лёхи", "cv -> Ioana", "intro -> Miro TA (from Jess)".

An arrow from the owner (or from nothing, or from a thing: "cv ->", "Lina's portfolio →") to a
person is value the owner gave; an arrow to the owner ("→ me", "-> мне") is value received, and so
is a thing sent on to a person by way of someone else ("intro -> Miro TA via Gav"). An arrow from
another person to a thing ("Костя -> интро в Авито") is left to the sentence reader
(domain/direction.py), as is a line without arrows. A line is read as its segments (cut at "; "
and ". " and " | "), each by its own arrow or, without one, by the sentence reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from vaultkit.domain.value_kinds import kinds_in

Side = Literal["me", "them"]
Reading = tuple[list[str], list[str]]

ARROW = re.compile(r"->|→|=>")
"""A line holds an arrow: only then is it cut into segments here."""
_LEADING = re.compile(
    r"^(?P<src>[^;:→>]{0,40}?)\s*(?:->|→|=>)\s*(?P<dst>\[\[[^\]]*\]\]|[\w'’.-]+)(?P<rest>.*)$",
    re.DOTALL,
)
_SEGMENTS = re.compile(r";\s+|\.\s+(?=\S)|\s+\|\s+")
_OWNER = frozenset({"me", "i", "я", "мне", "меня", "мы", "we", "us"})
_BY_WAY_OF = re.compile(r"\b(?i:from|via|от|через)\s+\S|\b(?i:by)\s+(?:\[\[|[A-ZА-ЯЁ])")
"""Who the thing came by way of: "via Gav", "от Кости", "by Jess" (not "by email", "by Friday")."""
_WORDS = re.compile(r"\[\[[^\]]*\]\]|[\w'’]+")
_LINKS = re.compile(r"\[\[[^\]]*\]\]")
_SIDE_WORDS = 4
"""The most words the side before an arrow holds ("sent updated CV -> Ioana"). More make a
sentence, whose own words say who gave ("told me she's leaving Halde → Brightline", "прислала
отказ с фидбеком → [[Кредо - фидбек]]", "written offer received … → [[Maplewave]]"), unless
the owner's own sending opens it (`_SENT`)."""
_SENT = re.compile(
    r"(?:shared|sent|forwarded|fwd|passed|gave|intro'd|introduced|referred|скинул|отправил|"
    r"переслал|закинул|передал)\b(?!.*\b(?:me|мне|меня)\b)"
)
"""A subject-less sending that opens a long side ("shared the salary survey for Berlin →
[[Anna]]"): the owner's, unless it came to them (a Russian verb in the masculine, the owner's
in the text as the reading sees it)."""


def arrow_side(segment: str) -> Side | None:
    """Who gave in a segment that opens with an arrow between two sides, or None where it
    does not (no arrow at its head, an arrow to no person, or one from another person)."""
    found = _LEADING.match(segment.strip())
    if found is None:
        return None
    target = found["dst"].strip("[]")
    if target.casefold() in _OWNER:
        return "them"  # "Tom→me: 2 roles"
    if not (found["dst"].startswith("[[") or target[:1].isupper()) or target[:1].isdigit():
        return None  # "отклик -> отказ", "call with Tom → [[2026-11-27 Call]]": no person
    source = _WORDS.findall(found["src"])
    if len(source) > _SIDE_WORDS and not _SENT.match(found["src"].strip().casefold()):
        return None  # "told me she's leaving Halde → Brightline", "... → [[Кредо - фидбек]]"
    if any(word.casefold() in _OWNER for word in source) or not source:
        return "me"  # "me→Tom: CV", "Я → Марина", "→ Stefan: recap"
    person = len(source) == 1 and (source[0].startswith("[[") or source[0][:1].isupper())
    if person and not kinds_in(source[0].casefold()):
        return None  # "Костя -> интро": a person's arrow, for the sentence reader
    return "them" if _BY_WAY_OF.search(found["rest"]) else "me"  # "cv -> Ioana"


def by_arrows(body: str, read: Callable[[str], Reading]) -> Reading | None:
    """What a line without its stamp gives and receives, read segment by segment where one of
    its segments opens with an arrow between two sides (`read` reads the others); None where no
    segment does."""
    segments = _SEGMENTS.split(body)
    sides = [arrow_side(segment) if ARROW.search(segment) else None for segment in segments]
    if not any(sides):
        return None  # the sentence reader reads the line whole: nothing is read twice
    given: list[str] = []
    received: list[str] = []
    for segment, side in zip(segments, sides, strict=True):
        if side is None:
            got, came = read(segment)
        else:
            kinds = kinds_in(_LINKS.sub("[[]]", segment.casefold())) or ["other"]
            got, came = (kinds, []) if side == "me" else ([], kinds)
        given.extend(kind for kind in got if kind not in given)
        received.extend(kind for kind in came if kind not in received)
    return given, received
