"""What a note's own properties say of its kind: its `type` and `categories` as written in its
property block or a field of its own (not a list item's), and whether it is the owner's own
preparation."""

from __future__ import annotations

import re

from vaultkit.model import Note
from vaultkit.parse.names import fold


def own_values(note: Note, key: str) -> tuple[object, ...]:
    """The values of a note's own property `key`: not a list item's field ("- [[Szybko]] тех
    (type:: interview)" in a day's log tells what that item was, not what the note is)."""
    found = note.find(key)
    if found is not None and found.source == "item":
        found = next((p for p in note.properties if p.name == key and p.source != "item"), None)
    value = found.value if found is not None else None
    return () if value is None else value if isinstance(value, tuple) else (value,)


_PREPARATION = frozenset(
    {"prep", "preparation", "interview prep", "study", "cheatsheet", "подготовка", "шпаргалка"}
)
"""A `type` that makes a note the owner's own preparation, whatever its tags or folder say."""


def preparation(note: Note) -> bool:
    """Whether the note's `type` says it is the owner's preparation ("type: prep"), or its
    `stage` a practice round ("stage: mock system design"; not "practice lead interview", nor
    "пробный день", a real round)."""
    if any(fold(str(value)) in _PREPARATION for value in own_values(note, "type")):
        return True
    return bool(_MOCK.match(str(note.get("stage") or "")))


_MOCK = re.compile(
    r"\W*(?:mock|мок|тренировочн\w*|practice (?:interview|round|session)"
    r"|пробн\w+ (?:собес\w*|интервью))(?![^\W\d_])",
    re.IGNORECASE,
)
