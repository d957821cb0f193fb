"""What a contact's note says of their career and of how you rate them: a move to another
company (a dated entry such as "перешла в Ozon" or "joined Stripe"), the companies they left
(`previous_company`), and the optional `trust` and `satisfaction` ratings (1-5) and
`salary_range`. Read from the vault's text alone, so that a rebuild and the daemon agree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vaultkit.domain.interactions import Interaction
from vaultkit.model import Diagnostic, Note

RATINGS = ("trust", "satisfaction")


@dataclass(frozen=True, slots=True)
class Ratings:
    """How the user rates a contact, when the note says (none is required)."""

    trust: int | None = None
    """Trust, 1-5."""
    satisfaction: int | None = None
    """Satisfaction with the relationship, 1-5."""
    salary_range: str = ""
    """A salary range they shared or work with, as written."""

    def __bool__(self) -> bool:
        return self.trust is not None or self.satisfaction is not None or bool(self.salary_range)


NO_RATINGS = Ratings()
"""A note that rates nothing."""


@dataclass(frozen=True, slots=True)
class RoleChange:
    """A dated entry saying the contact moved to another company."""

    on: date
    """The entry's day."""
    said: str
    """The entry's words, as written."""
    path: str
    """The note the entry is in."""
    line: int
    """Its line there."""


_MOVED = re.compile(
    r"\b(?:перешл[аи]|перешёл|перешел|устроил(?:ся|ась)|теперь работает|сменил(?:а)? работу|"
    r"ушл[аи] в|ушёл в|ушел в|joined|moved to|started at|now (?:works )?at|has moved to|"
    r"switched to|left for|new job at|new role at)\b",
    re.IGNORECASE,
)
_NOT_THEM = re.compile(
    r"\b(?:i|я)\s+(?:\w+\s+)?(?:moved|joined|started|switched|left|перешл|перешёл|перешел|"
    r"устроил|ушл|ушёл|ушел|сменил)|\bjoined (?:the |our |a )?(?:call|meeting|chat|zoom|interview)",
    re.IGNORECASE,
)


def role_change(interactions: tuple[Interaction, ...]) -> RoleChange | None:
    """The latest entry, in the contact's own note, that says they moved to another company
    (not one about the user: "я перешёл", "I joined the call")."""
    for interaction in reversed(interactions):
        text = interaction.text
        if interaction.source != "entry" or not _MOVED.search(text) or _NOT_THEM.search(text):
            continue
        return RoleChange(interaction.on, text, interaction.path, interaction.line)
    return None


def ratings_of(note: Note, diagnostics: list[Diagnostic]) -> Ratings:
    """The note's ratings; a rating that is not a whole number from 1 to 5 is named."""
    found: dict[str, int | None] = {}
    for key in RATINGS:
        value = note.get(key)
        if value is None or value == "":
            found[key] = None
            continue
        number = _rating(value)
        if number is None:
            diagnostics.append(
                Diagnostic(
                    note.path,
                    note.line_of(key),
                    "warning",
                    f"{key} {value!r} is not a rating from 1 to 5; left out",
                    f"{key} {value!r} — не оценка от 1 до 5; не учитывается",
                )
            )
        found[key] = number
    salary = note.get("salary_range")
    return Ratings(found["trust"], found["satisfaction"], _plain(salary))


def _rating(value: object) -> int | None:
    text = str(value).strip().split("/")[0].strip()  # "4/5"
    if isinstance(value, bool) or not re.fullmatch(r"[1-5](?:\.0)?", text):
        return None
    return int(float(text))


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    return " ".join(str(value).split())
