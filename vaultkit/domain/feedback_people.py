"""Whose company a line of a log tells of, by the people in it: the one company the contacts it
links or names work at (for feedback told in passing, domain/feedback_in_passing.py)."""

from __future__ import annotations

import re

from vaultkit.domain.company_folder import for_an_agency, recruits, works_at
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Note


def people_names(graph: VaultGraph, works_at: dict[str, str]) -> list[tuple[str, str]]:
    """The names a line may call a contact at one company by (their title, their aliases, a
    "Surname, First" title the other way round), each with that company's note."""
    names: list[tuple[str, str]] = []
    for note in graph.of_kind("contact"):
        company = works_at.get(note.title.casefold())
        if company is None:
            continue
        last, comma, first = note.title.partition(",")
        turned = f"{first.strip()} {last.strip()}" if comma else ""
        names.extend((name, company) for name in (note.title, turned, *note.aliases) if name)
    return names


def works_at_one(graph: VaultGraph) -> dict[str, str]:
    """The company note each contact's properties link (by the contact's title, folded), for
    contacts at one company."""
    found = {note.title.casefold(): works_at(graph, note.path) for note in graph.of_kind("contact")}
    return {title: next(iter(at)) for title, at in found.items() if len(at) == 1}


def agencies(graph: VaultGraph) -> frozenset[str]:
    """The company notes of the agencies the contacts recruit for: what their people pass on
    is their clients'."""
    return frozenset(
        company
        for note in graph.of_kind("contact")
        if for_an_agency(graph, note.path)
        for company in works_at(graph, note.path)
    )


def hiring_people(graph: VaultGraph) -> list[tuple[str, str]]:
    """The names of the contacts who recruit or hire (a recruiter, a hiring manager, a team's
    lead), each with their note's path: whose word on the owner a call's notes keep."""
    return [
        (name, note.path)
        for note in graph.of_kind("contact")
        if recruits(graph, note.path) or _HIRING.search(_role_words(note))
        for name in (note.title, *note.aliases)
    ]


def _role_words(note: Note) -> str:
    said = [*note.tags, *(str(v) for key in ("type", "position") for v in note.values(key))]
    return " ".join(said)


_HIRING = re.compile(
    r"(?<![^\W\d_])(?:hm|hiring|manager|head|lead|vp|cto|ceo|em|director|interviewer|руковод\w*"
    r"|тимлид\w*|лид|директор\w*|интервьюер\w*|нанимающ\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


_LINKED = re.compile(r"\[\[([^\]|#\n]+)")


def through_people(works_at: dict[str, str], entry: str) -> str | None:
    """The one company that the contacts an entry links work at ("позвонил [[Stefan Ilić]] —
    ставит найм на паузу")."""
    at = {
        works_at[title]
        for name in _LINKED.findall(entry)
        if (title := name.rsplit("/", 1)[-1].strip().casefold()) in works_at
    }
    return at.pop() if len(at) == 1 else None


def company_of(
    index: NameIndex,
    works_at: dict[str, str],
    entry: str,
    people: NameIndex | None = None,
    agencies: frozenset[str] = frozenset(),
) -> str | None:
    """The one company an entry names, else the one the people it links work at (None where
    the two differ: "[[Milan]] позвонил с фидбеком (раньше он работал в Voltwerk)", but an
    agency's recruiter speaks of the client named: "[[Marcus]] rang re Octopus 1st rnd. fb:"),
    else, with `people`, the one of the people it names ("Милица прислала фидбек")."""
    named = one_company(index, entry)
    through = through_people(works_at, entry)
    if named and through and named != through:
        return named if through in agencies else None
    if named or through or not people:
        return named or through
    return one_company(people, entry)  # a weaker sign: a name may be a word ("Will", "Frank")


def one_company(index: NameIndex, entry: str) -> str | None:
    named = {company for _, company in named_in(index, entry)}
    return named.pop() if len(named) == 1 else None
