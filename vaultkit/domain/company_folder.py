"""Which company a note belongs to: interview notes kept beside their company's note, in its
own folder (Companies/Acme/Acme.md, Companies/Acme/Acme final.md), the one company a note links,
and where a contact works (the companies their `company` property links)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from vaultkit.keys import canonical
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Link, Note


def companies_by_folder(graph: VaultGraph) -> dict[str, tuple[str, ...]]:
    """The company notes of each folder that holds any (for interview notes kept beside their
    company's note: Companies/Acme/Acme.md, Companies/Acme/Acme final.md)."""
    found: dict[str, list[str]] = {}
    for path, kind in graph.kinds.items():
        if kind == "company" and "/" in path:
            found.setdefault(path.rsplit("/", 1)[0], []).append(path)
    return {folder: tuple(paths) for folder, paths in found.items()}


def folder_company(
    graph: VaultGraph, note: Note, by_folder: Mapping[str, tuple[str, ...]]
) -> str | None:
    """The company note of the folder an interview note lies in: the one named as the folder,
    else the only one there."""
    folder = note.path.rsplit("/", 1)[0] if "/" in note.path else ""
    here = by_folder.get(folder, ())
    named = [path for path in here if graph.notes[path].title == folder.rsplit("/", 1)[-1]]
    return (named or here)[0] if len(named or here) == 1 else None


def about_company(
    graph: VaultGraph, note: Note, by_folder: Mapping[str, tuple[str, ...]]
) -> str | None:
    """The company a note is about: its folder's, else the only company note it links to."""
    found = folder_company(graph, note, by_folder)
    if found is not None:
        return found
    linked = {
        target
        for _, target in graph.links_with_targets(note.path)
        if target is not None and graph.kinds.get(target) == "company"
    }
    return linked.pop() if len(linked) == 1 else None


def works_at(graph: VaultGraph, contact: str, named_only: bool = False) -> set[str]:
    """The company notes a contact's `company` property (or `org`, `компания`) links, or names
    in plain text (`компания: Nordeus`, a link by name: parse/company_names); `named_only`,
    those it only names."""
    return {
        target
        for link, target in graph.links_with_targets(contact)
        if link.where not in ("body", "embed")
        and canonical(link.where) == "company"
        and target is not None
        and graph.kinds.get(target) == "company"
        and (link.style == "name" or not named_only)
    }


def interview_companies(graph: VaultGraph, path: str) -> set[str]:
    """The company notes an interview's note links, or names in its `company` property in
    plain text (`компания: Lumen Health`)."""
    return {
        target
        for _, target in graph.links_with_targets(path)
        if target is not None and graph.kinds.get(target) == "company"
    }


def named_by_property(graph: VaultGraph, path: str, keys: tuple[str, ...], kind: str) -> set[str]:
    """The notes of `kind` that a note's properties `keys` name in plain text, as a link would
    (`компания: Nordeus`, `hr: Женя Ким`)."""
    note = graph.notes.get(path)
    named = [] if note is None else [p for p in note.properties if canonical(p.key) in keys]
    values = [
        (value, prop)
        for prop in named
        for value in (prop.value if isinstance(prop.value, (list, tuple)) else [prop.value])
    ]  # `contacts: [Dana Kowalski, Rob Feldman]`
    return {
        target
        for value, prop in values
        if isinstance(value, str)
        and 0 < len(value) <= 60
        and "[[" not in value
        and (target := graph.resolve(Link(value.strip(), prop.key, prop.line), path)) is not None
        and graph.kinds.get(target) == kind
    }


_RECRUITING = ("recruit", "рекрут", "headhunt", "хедхант", "talent", "эйчар", "hr")
_TA = frozenset({"ta", "tap"})
"""Talent acquisition as people write it in a role ("TA partner", "TA", "TAP")."""


def recruits(graph: VaultGraph, path: str, strictly: bool = False) -> bool:
    """Whether a contact's note says they recruit: its folder, tags, `type` or role (`strictly`:
    in a word of recruiting, not "hr", which an HR director's note holds too)."""
    note = graph.notes[path]
    said = [path, *note.tags, *(str(v) for key in ("type", "position") for v in note.values(key))]
    words = set(re.findall(r"[^\W\d_]+", " ".join(said).casefold()))
    wanted = _RECRUITING[:-2] if strictly else _RECRUITING
    return any(word.startswith(wanted) for word in words) or bool(words & _TA)


def most_recruiting(graph: VaultGraph, contacts: list[str]) -> list[str]:
    """Of several contacts at a company, those who recruit, and of those, those who recruit
    by name (a recruiter's tag beside an HR director's "hr"); all where none does."""
    if len(contacts) < 2:
        return contacts
    recruiting = [c for c in contacts if recruits(graph, c)] or contacts
    return [c for c in recruiting if recruits(graph, c, strictly=True)] or recruiting


_LISTING = ("recruiter", "contact", "contacts", "контакт", "контакты")
"""Keys that list, in plain text, whom to write to about a process (not `interviewers`)."""


def listed_recruiter(graph: VaultGraph, path: str, company: str | None) -> str | None:
    """The one contact a process note names in plain text to write to (`hr: Женя Ким`,
    `contacts: [Kevin Shah, Anita Rao, Dave Lindqvist]`): of those who work at its company or
    recruit, the recruiter (a friend who referred, listed too, is not)."""
    named = sorted(named_by_property(graph, path, _LISTING, "contact"))
    there = [
        c
        for c in named
        if (company is not None and company in works_at(graph, c)) or recruits(graph, c, True)
    ]
    found = most_recruiting(graph, there)
    return found[0] if len(found) == 1 else None


def labelled_recruiter(graph: VaultGraph, path: str) -> str | None:
    """The one contact a process note's body links on a line labelled for its recruiter
    ("Recruiter: [[Mark de Vries]]", "Рекрутер — [[Ольга]]", "HR: [[Jasper]]")."""
    found = {
        target
        for link, target in graph.links_with_targets(path)
        if link.where == "body"
        and target is not None
        and graph.kinds.get(target) == "contact"
        and _RECRUITER_LABEL.match(link.context)
        and "~~" not in link.context  # "~~Recruiter: [[Eva Jansen]]~~ (left for Adyen)"
    }
    return found.pop() if len(found) == 1 else None


_RECRUITER_LABEL = re.compile(
    r"[\W_]*(?:recruiter|talent partner|hr|рекрутер\w*|эйчар\w*|hr-менеджер)\s*[:—–-]", re.I
)
"""A line that opens with a recruiter's label ("Recruiter: [[Mark de Vries]]")."""


_NOT_THE_RECRUITER = re.compile(
    r"\(\s*(?:referr?al|referrer|referred me|friend|реферал\w*|друг|подруга)\s*\)"
    r"|\([^)]*\b(?:left|former|no longer|moved to)\b"
    r"|\([^)]*(?<![^\W\d_])(?:ушл[аи]|ушёл|ушел|перешл[аи]|перешёл|перешел)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A label after a contact listed in a process's property that makes them no one to write to
about it ("[[Dima]] (referral)", "[[Maja Ek]] (recruiter, left Klarna in Nov)")."""


def listed_otherwise(note: Note, key: str, target: str) -> bool:
    """Whether the property `key` of `note` lists the contact at `target` with a label saying
    they are not whom to write to ("contacts: ["[[202610091845 Dima|Dima]] (referral)"]")."""
    name = target.rsplit("/", 1)[-1].removesuffix(".md")
    return any(
        name in str(value) and _NOT_THE_RECRUITER.search(str(value)) for value in note.values(key)
    )


def linked_from(graph: VaultGraph, note: Note, keys: tuple[str, ...], kind: str) -> str | None:
    """The first note of `kind` linked (not named in plain text) from the properties `keys`
    (of contacts listed together, a recruiter first)."""
    found: dict[str, list[str]] = {}
    named = {prop.key: prop.name for prop in note.properties}  # the vault's own names too
    for link, target in graph.links_with_targets(note.path):
        key = named.get(link.where) or canonical(link.where)
        if key not in keys or not target or graph.kinds.get(target) != kind:
            continue
        labelled = kind == "contact" and listed_otherwise(note, link.where, target)
        if link.style != "name" and not labelled:  # not "[[Dima]] (referral)"
            found.setdefault(key, []).append(target)
    first = next((found[key] for key in keys if key in found), [])
    if kind == "contact":
        first = most_recruiting(graph, list(dict.fromkeys(first)))
    return first[0] if first else None


_AGENCY_NAMES = frozenset({"recruitment", "recruiting", "talent", "search", "staffing"})
"""The last word of an agency's name ("Sextant Recruitment", "Northbeam Talent")."""
_AGENCY = re.compile(r"agenc|агентств|staffing|headhunt|хедхант|кадров", re.IGNORECASE)


def for_an_agency(graph: VaultGraph, contact: str) -> bool:
    """Whether a contact recruits for an agency (what they pass on is their clients'): their
    `recruiter_type`, their tags, or their company's tags or name say so ("Sextant
    Recruitment")."""
    note = graph.notes[contact]
    said = [str(note.get("recruiter_type") or ""), *note.tags]
    for company in works_at(graph, contact):
        said.extend(graph.notes[company].tags)
        named = graph.notes[company].title.casefold().split()
        said.append("agency" if named[-1:] and named[-1] in _AGENCY_NAMES else "")
    return bool(_AGENCY.search(" ".join(said)))
