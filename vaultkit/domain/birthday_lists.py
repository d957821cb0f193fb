"""A note that lists birthdays ("Дни рождения", "Birthdays": "- Алексей (ментор) — 7.12",
"- Priya: Dec 11"): the birthday of each contact a line names alone, where the contact's own
note gives none (their own note is the one kept up to date)."""

from __future__ import annotations

import re
from dataclasses import replace

from vaultkit.domain.contacts import Contact
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.named_tasks import names_index
from vaultkit.domain.special_dates import is_birthday, special_date
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.names import birthday_list, page_name

_LINE = re.compile(
    r"[ \t]*[-*+][ \t]+(?:\[.\][ \t]+)?(?P<name>[^\d—–:(]+?)[ \t]*(?:\([^)]*\)[ \t]*)?"
    r"[—–:-][ \t]*(?P<day>[^\n(!?]+?)[ \t!?]*(?:\(.*)?$"
)
"""A listed birthday: a name (and a word on who they are, in brackets), a dash or a colon, the
day ("- Алексей (ментор) — 7.12 (увидела в LinkedIn)", "- Priya: Dec 11")."""


def with_listed_birthdays(graph: VaultGraph, contacts: list[Contact]) -> tuple[Contact, ...]:
    """The contacts, each whose birthday a list names (and whose own note gives none) with it."""
    index: NameIndex | None = None
    listed: dict[str, tuple[str, int, str]] = {}  # contact: the list's path, line, day written
    for path, note in graph.notes.items():
        if graph.kinds.get(path) != "other" or not birthday_list(page_name(note.title)):
            continue
        index = index if index is not None else names_index(graph, contacts)
        for section in note.sections:
            if section.heading and _NOT_BIRTHDAYS.search(section.heading):
                continue  # "## Work anniversaries"
            for number, text in enumerate(section.content.split("\n"), section.line + 1):
                found = _LINE.match(text)
                if found is None or _SOMEONE_ELSES.search(found.group(0)):
                    continue  # "- Anna (sister) — 8.12", "(двоюродная сестра)", "Tom's daughter"
                owners = {owner for _, owner in named_in(index, found["name"])}
                if found and len(owners) == 1:
                    listed.setdefault(owners.pop(), (path, number, found["day"].strip()))
    return tuple(_with_birthday(contact, listed.get(contact.path)) for contact in contacts)


_NOT_BIRTHDAYS = re.compile(r"anniversar|годовщин|work|работ|gift|подар|idea|иде", re.I)
_SOMEONE_ELSES = re.compile(
    r"'s\s|’s\s|\((?:(?:двоюродн\w*|троюродн\w*|младш\w*|старш\w*|родн\w*|my|our|little|older"
    r"|younger|big|baby)\s+)?(?:(?:sister|brother|mum|mom|dad|wife|husband|son|daughter|niece"
    r"|nephew|aunt|uncle|cousin)s?\b|сестр|брат(?:[аеу]|ишк\w*)?(?![^\W\d_])|мам[аеуы]?(?![^\W\d_])"
    r"|пап[аеуы]?(?![^\W\d_])|жен[аеуы](?![^\W\d_])|муж[аеу]?(?![^\W\d_])"
    r"|сын[аеу]?(?![^\W\d_])|доч|племян|тёт|тет[яиеу](?![^\W\d_])|дяд)",
    re.IGNORECASE,
)


def _with_birthday(contact: Contact, listed: tuple[str, int, str] | None) -> Contact:
    """The contact, with the listed birthday where their own note gives none."""
    if listed is None or any(is_birthday(special) for special in contact.special_dates):
        return contact
    day = special_date("birthday", listed[2], listed[1])
    if day is None:
        return contact
    return replace(contact, special_dates=(*contact.special_dates, day))
