"""Who an interview is with: its company's note and the contact to write to about it, read
from its properties, its folder, its title and the people it links."""

from __future__ import annotations

import re
from collections.abc import Mapping

from vaultkit.domain.application_notes import named_for_its_company
from vaultkit.domain.company_folder import (
    folder_company,
    labelled_recruiter,
    linked_from,
    listed_recruiter,
    most_recruiting,
    recruits,
    works_at,
)
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.note_outcome import text_of
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Note

RECRUITER_KEYS = tuple(
    "recruiter рекрутер hr contact contacts people interviewers interviewer интервьюер"
    " hiring_manager контакт контакты".split()
)
"""Properties naming who to write to about an interview, the most specific first."""


def company_and_recruiter(
    graph: VaultGraph,
    note: Note,
    by_folder: Mapping[str, tuple[str, ...]],
    titled: NameIndex | None = None,
) -> tuple[str | None, str | None]:
    """The interview's company note (linked from a property, else its folder's, else the one
    its title names among those it links to or its linked contacts work at, else the one
    company note its title names: "2026-10-27 Farfetch screen") and who to write to
    about it (linked from a property, else the company note's own contact person, else the one
    contact it links who works there)."""
    named = works_at(graph, note.path, named_only=True)  # `компания: Payvera`
    company = (
        linked_from(graph, note, ("company",), "company")
        or folder_company(graph, note, by_folder)  # "Companies/Hays/": the agency's, its client
        or (min(named) if len(named) == 1 else None)  # named in plain text aside
        or (note.path if graph.kinds.get(note.path) == "company" else None)  # its own note
    )
    where_work: dict[str | None, set[str]] = {}
    if company is None and not text_of(note.get("company")).strip():  # it names none itself
        where_work = _companies_oflinked_from(graph, note)
        company = _named_in_title(graph, note, {c for at in where_work.values() for c in at})
        if company is None and titled is not None:
            named = {
                p
                for m, p in named_in(titled, note.title)
                if graph.kinds.get(p) == "company" and not _VIA.search(note.title[: m.start()])
            }  # "Bolt final on Zoom": the call's, not the company's
            company = named.pop() if len(named) == 1 else None
    recruiter = linked_from(graph, note, RECRUITER_KEYS, "contact")
    recruiter = recruiter or listed_recruiter(graph, note.path, company)  # `hr: Женя Ким`
    recruiter = recruiter or labelled_recruiter(graph, note.path)  # "Recruiter: [[Mark]]"
    if recruiter is None and company is not None:
        recruiter = linked_from(graph, graph.notes[company], RECRUITER_KEYS, "contact")
    if recruiter is None and company is not None:
        where_work = where_work or _companies_oflinked_from(graph, note)
        there = [contact for contact, at in where_work.items() if contact and company in at]
        free = [  # a recruiter at an agency with no note ("works_at: Burnside Talent")
            c
            for c, at in where_work.items()
            if c and not at and recruits(graph, c) and text_of(graph.notes[c].get("company"))
        ]
        if not there:  # "С Катей ([[Екатерина Смирнова]])": a recruiter with no company noted
            there = [c for c, at in where_work.items() if c and not at and recruits(graph, c)]
        elif not any(recruits(graph, c) for c in there):
            there = _beside(graph, note.path, free, there) or there  # an agency's recruiter
            # listed with its HM ("people: [[Priya]] (HM), [[Ravi]] (agency)"), before the HM
        there = most_recruiting(graph, there)  # its recruiter, not its hiring manager
        recruiter = there[0] if len(there) == 1 else None
    return company, recruiter


_VIA = re.compile(r"(?<![^\W\d_])(?:on|via|over|through|через)\s+$", re.I)


def _companies_oflinked_from(graph: VaultGraph, note: Note) -> dict[str | None, set[str]]:
    """The company notes a note links (under None) and, for each contact it links, the company
    notes their properties link (where they work)."""
    found: dict[str | None, set[str]] = {None: set()}
    for _, target in graph.links_with_targets(note.path):
        kind = graph.kinds.get(target) if target else None
        if kind == "company":
            found[None].add(target)  # type: ignore[arg-type]
        elif kind == "contact" and target not in found:
            found[target] = works_at(graph, target)  # type: ignore[arg-type]
    return found


def _named_in_title(graph: VaultGraph, note: Note, companies: set[str]) -> str | None:
    """The one company of `companies` whose name's first word the note's title holds
    ("Verdant — HR screen" for Verdant Bank): a referrer's or a friend's company, which the
    title does not name, is not the interview's."""
    title = note.title.casefold()
    named = set()
    for company in companies:
        first = graph.notes[company].title.split()[:1]
        if first and len(first[0]) >= 3 and first[0].casefold() in title:
            named.add(company)
    return named.pop() if len(named) == 1 else None


_LINKED = re.compile(r"\[\[[^\[\]]*\]\]")


def linked_application(graph: VaultGraph, note: Note) -> str | None:
    """The one application's note (an interview's note named for its company, saying when the
    owner applied) a round's note links at the top of its text ("к [[🟡 Wildberries — продакт
    дизайнер]]"): the process the round is of."""
    if graph.kinds.get(note.path) == "company":
        return None
    opening = note.sections[0].line + 2 if note.sections else 0  # "к [[…]]" at its top
    found = {
        target
        for link, target in graph.links_with_targets(note.path)
        if link.where == "body"
        and link.line <= opening  # not "friendlier than [[🟡 Monzo — …]]" further down
        and len(_LINKED.sub("", link.context).split()) <= 2  # "к [[…]]": the line is the link
        and target is not None
        and target != note.path
        and graph.kinds.get(target) == "interview"
        and named_for_its_company(graph.notes[target])
    }
    return found.pop() if len(found) == 1 else None


def _beside(graph: VaultGraph, path: str, these: list[str], those: list[str]) -> list[str]:
    """Those of `these` a note links on a line where it links one of `those`."""
    lines: dict[str, set[int]] = {}
    for link, target in graph.links_with_targets(path):
        if target is not None:
            lines.setdefault(target, set()).add(link.line)
    near = {line for each in those for line in lines.get(each, ())}
    return [each for each in these if lines.get(each, set()) & near]
