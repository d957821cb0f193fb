"""Where feedback kept in more than one place came from, settled once a build over every item
(never cached per note: a company note added later names the company at once, in the daemon
as in a fresh rebuild). An item of a contact's note whose section names one company, in its
heading or in its callout's title ("> [!quote] Feedback from Lumen Freight (relayed by
Priyanka)"), is that company's, an agency recruiter's relaying included. The same remark
copied into an interview note, the company's note and the recruiter's note is one item."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from vaultkit.domain.company_folder import for_an_agency, recruits, works_at
from vaultkit.domain.feedback import FeedbackItem
from vaultkit.domain.feedback_leads import CALLOUT
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.said_in_passing import company_index
from vaultkit.keys import canonical
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.dates import dates_by, latest_date_in
from vaultkit.parse.names import fold, page_name, person_name


def attributed(
    items: Iterable[FeedbackItem],
    graph: VaultGraph,
    today: date | None = None,
    processes: frozenset[str] = frozenset(),
) -> list[FeedbackItem]:
    """`items`, those of a contact's note given the company their section names (its heading,
    its callout's title), else, where the contact recruits (not for an agency) or interviewed
    the owner there, the one they work at (a friend's mock interview is no word of his
    employer's), else the one company that names the recruiter in its properties (an agency's
    client); and, where nothing dated them, the day their words open with ("23.11 (Ewa по
    телефону): …") or their section's heading gives ("### 2026-11-06 (Fri) — email", "## Отказ
    (email 13.11)"), the latest such day up to `today`. A letter a contact signed is read only
    where it is their employer's, in a process with the owner."""
    index = company_index(graph)
    found = []
    for item in items:
        if item.company is None and item.interview is None and item.recruiter is not None:
            signed = _signed_for(
                graph, item, index, processes
            )  # a letter they signed: of their employer
            if item.company_name and not signed:
                continue  # a friend's recommendation, an agency's relay: no company's word
            label = f"{_label(graph, item)}\n{signed}"
            named = {path for _, path in named_in(index, label)} if index else set()
            if not named and recruits(graph, item.recruiter):  # two named: whose, unsaid
                named = (
                    set()
                    if for_an_agency(graph, item.recruiter)
                    else works_at(graph, item.recruiter)
                )
                named = named or _clients_naming(graph, item.recruiter)  # their one client
            elif not named:  # a hiring manager's word, kept in his note, is his employer's
                named = _interviewed_at(graph, item.recruiter)
            if len(named) == 1:
                company = named.pop()
                item = replace(
                    item, company=company, company_name=page_name(graph.notes[company].title)
                )
            elif item.company_name:  # a letter's company unread: none, never its hint
                item = replace(item, company_name=None)
        if item.on is None:
            heading = _label(graph, item).split("\n", 1)[0]
            opening = _OPENING_DAY.match(item.text)  # "23.11 (Ewa по телефону): сказали что …"
            said = heading if opening is None or not today else opening.group(0)
            days = dates_by(said, today) if today else [latest_date_in(heading)]
            item = replace(item, on=next((day for day in days if day is not None), None))
        found.append(item)
    return found


_GREETED = re.compile(
    r"\W*(?:hi|hello|hey|dear|привет|здравствуйте)[\s,]+(?P<name>[^\W\d_]+)", re.I
)


def _first_names(graph: VaultGraph, but: str) -> set[str]:
    """The first names of the contacts other than the one at `but`, folded."""
    return {
        fold(person_name(note.title, note.aliases).split(" ")[0])
        for note in graph.of_kind("contact")
        if note.path != but
    }


def _signed_for(
    graph: VaultGraph, item: FeedbackItem, index: NameIndex | None, processes: frozenset[str]
) -> str:
    """The company a letter a contact signed is of (`company_name`: their employer, a line, the
    letter): their employer, or for an agency's recruiter the one company the letter names,
    where the owner is in a process with it (`processes`; not a friend's recommendation)."""
    if not (item.company_name and item.recruiter and index):
        return ""
    employer, _, letter = item.company_name.partition("\n")
    greeted = _GREETED.match(letter)
    if greeted and fold(greeted["name"]) in _first_names(graph, item.recruiter):
        return ""  # "Hi Tom, …" pasted in Anna's note: the owner's own letter to a contact
    told = {path for _, path in named_in(index, letter)} & processes  # "The Cleo panel …"
    if not for_an_agency(graph, item.recruiter):
        named = {path for _, path in named_in(index, employer)}
        linking = {source for source, _ in graph.graph.in_edges(item.recruiter)}
        involved = any(graph.kinds.get(source) == "interview" for source in linking)
        involved = involved or bool(named & linking)  # in the process, not a friend there
        if len(named) == 1 and named <= processes and involved:
            return employer
        return page_name(graph.notes[next(iter(told))].title) if len(told) == 1 else ""
    linking = graph.graph.in_edges(item.recruiter)  # an agency's: the one process whose notes
    rounds = [source for source, _ in linking if graph.kinds.get(source) == "interview"]  # link
    named = {c for source in rounds for c in _round_companies(graph, source)} & processes
    return page_name(graph.notes[next(iter(named))].title) if len(named) == 1 else ""


_OPENING_DAY = re.compile(r"\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?![\d./])")


_PANEL = frozenset(
    {
        "with",
        "people",
        "interviewer",
        "interviewers",
        "panel",
        "hiring_manager",
        "hm",
        "с_кем",
        "интервьюер",
        "интервьюеры",
    }
)
"""The properties of an interview note that name who interviewed (not `referral`, `prep`)."""


def _interviewed_at(graph: VaultGraph, contact: str) -> set[str]:
    """The companies of the interview notes whose properties name a contact (`with: [[Piotr]]`),
    those they work at where their note says: an interviewer's word is the company's; a
    friend's, who interviews no one, is his alone."""
    found = set()
    for source, _, data in graph.graph.in_edges(contact, data=True):
        if graph.kinds.get(source) != "interview" or canonical(data["where"]) not in _PANEL:
            continue
        found |= _round_companies(graph, source)
    theirs = works_at(graph, contact)
    return found & theirs if theirs else found


def _label(graph: VaultGraph, item: FeedbackItem) -> str:
    """The heading of the section an item stands under, then its callouts' titles."""
    note = graph.notes.get(item.path)
    section = next((s for s in note.sections if s.line == item.line), None) if note else None
    if section is None:
        return ""
    titles = (m["title"] for m in map(CALLOUT.match, section.content.split("\n")) if m)
    return "\n".join((section.heading, *titles))


def _round_companies(graph: VaultGraph, interview: str) -> set[str]:
    """The companies an interview's note names in its properties (`company: [[Acme]]`)."""
    return {
        company
        for _, company, link in graph.graph.out_edges(interview, data=True)
        if link["where"] not in ("body", "embed") and graph.kinds.get(company) == "company"
    }


def _clients_naming(graph: VaultGraph, contact: str) -> set[str]:
    """The companies whose note, or whose interview's note, names a recruiter in a property
    (`source: "[[Katrin Schulz]] (Hayes & Brandt)"`, `recruiter: [[Katrin]]`): the clients an
    agency's recruiter brought the owner to. Links in her own note's text say no more than that
    she knows the place ("used to be in-house at [[Umbrella]]")."""
    found = set()
    for source, _, data in graph.graph.in_edges(contact, data=True):
        if data["where"] in ("body", "embed"):
            continue
        kind = graph.kinds.get(source)
        if kind == "company":
            found.add(source)
        elif kind == "interview":
            found |= _round_companies(graph, source)
    return found


COPY_WORDS = 6
"""A remark this many words long or longer, said again word for word, is a copy of the first;
a shorter one ("Good communication") may well be said again by someone else."""


def one_each(items: Iterable[FeedbackItem]) -> list[FeedbackItem]:
    """`items` without the copies of a remark already kept: the same words (case, quotes and
    punctuation aside) from the same source."""
    kept: list[FeedbackItem] = []
    sources: dict[str, set[str]] = {}
    for item in items:
        words = remark_words(item.text)
        seen = sources.get(words)
        if seen is not None and item.source in seen and len(words.split()) >= COPY_WORDS:
            continue
        sources.setdefault(words, set()).add(item.source)
        kept.append(item)
    return kept


_WORDS = re.compile(r"[^\W_]+")


def remark_words(text: str) -> str:
    """A remark's words, case and punctuation aside: the same remark told twice reads alike."""
    return " ".join(_WORDS.findall(text.casefold()))
