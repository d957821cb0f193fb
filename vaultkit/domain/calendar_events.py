"""Rounds booked as events of the Full Calendar plugin: a note of its own with `date`,
`startTime` (or `allDay`) and a `title` such as "Shopify — panel", ahead of today and not
cancelled, books the next round of the process of that company (its company note, else the
application note that names it). Read once a build over the whole vault, never remembered."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from vaultkit.domain.interviews import Interview
from vaultkit.domain.rounds_ahead import CALLED_OFF, ROUND_OPENING, RoundAhead
from vaultkit.links.graph import VaultGraph
from vaultkit.links.kinds import calendar_event
from vaultkit.parse.dates import as_date

_TITLE = re.compile(r"^(?P<company>[^—–:|]+?)\s+(?:[—–-]|:)\s+(?P<round>.+)$")
"""An event's title: the company, a dash or a colon, the round ("Stripe — onsite")."""
_PANEL = re.compile(r"\b(?:panel|loop|super ?day|hm (?:call|screen)|meet the team)\b", re.I)
"""Rounds an event names in words the lines' rounds do not use ("Shopify — panel")."""
_NO_ROUND = re.compile(
    r"\b(?:deadline|due|mock|prep\w*|offer|decision|answer|coffee|cancel\w*)\b", re.IGNORECASE
)
"""Words of an event that is no round of the process ("offer deadline", "Mock panel")."""


def event_rounds(
    graph: VaultGraph, interviews: Iterable[Interview], today: date
) -> dict[str, tuple[RoundAhead, ...]]:
    """For each process's key (its company note, else its application note), the rounds the
    calendar's events book from `today` on."""
    processes: dict[str, str] = {}
    for interview in interviews:
        if interview.company_name:
            processes.setdefault(
                interview.company_name.casefold(), interview.company or interview.path
            )
    found: dict[str, list[RoundAhead]] = {}
    for note in graph.notes.values():
        if note.find("starttime") is None and note.find("allday") is None:
            continue
        day = as_date(note.get("date"))
        title = note.get("title")
        if day is None or day < today or not isinstance(title, str):
            continue
        named = _TITLE.match(title.strip())
        if named is None:
            continue
        what = named["round"]
        is_round = ROUND_OPENING.search(what) or _PANEL.search(what)
        if not is_round or _NO_ROUND.search(title) or CALLED_OFF.search(title):
            continue
        key = processes.get(named["company"].strip().casefold())
        if key is not None:
            found.setdefault(key, []).append((day, None, note.path))
    return {key: tuple(sorted(told)) for key, told in found.items()}


def with_events(
    rounds: Mapping[str, tuple[RoundAhead, ...]],
    graph: VaultGraph,
    interviews: Iterable[Interview],
    today: date,
) -> dict[str, tuple[RoundAhead, ...]]:
    """The rounds told in lines, with those the calendar's events book (event_rounds)."""
    merged = dict(rounds)
    for key, told in event_rounds(graph, interviews, today).items():
        merged[key] = (*merged.get(key, ()), *told)
    return merged


def without_bookings(graph: VaultGraph, *interviews: Interview) -> tuple[Interview, ...]:
    """The interviews but the calendar's events of a process kept in notes of its own (an
    application note, a tracker's row): there an event books a round (event_rounds reads those
    ahead) and its notes log the rounds; where the calendar is all the vault keeps of
    a process, its events are its rounds."""
    events = {i.path for i in interviews if _calendar_event(graph, i.path)}
    if not events:
        return interviews
    kept_apart = {key for i in interviews if i.path not in events for key in _process_of(i)}
    return tuple(
        i
        for i in interviews
        if i.path not in events
        or (
            (i.company or i.company_name)  # "Final fitting — suit": no company, no round
            and not _process_of(i, graph) & kept_apart
        )
    )


def _calendar_event(graph: VaultGraph, path: str) -> bool:
    """Whether a note is the calendar's event and no more: one the owner tagged (#interview)
    is their interview's note."""
    note = graph.notes.get(path)
    if note is None or calendar_event(note) is None:
        return False
    tags = {str(t).casefold().lstrip("#").split("/")[0] for t in note.values("tags")}
    return not tags & _INTERVIEW_TAGS  # one the owner tagged #interview is their interview's


_INTERVIEW_TAGS = frozenset(
    ("interview", "interviews", "собеседование", "собес", "интервью", "application", "отклик")
)


def _process_of(interview: Interview, graph: VaultGraph | None = None) -> set[str]:
    """The names a process goes by: its company note, its company's name, and an event's
    company as its title writes it ("Datadog — recruiter screen")."""
    keys = {interview.company or "", (interview.company_name or "").casefold()}
    title = graph.notes[interview.path].get("title") if graph is not None else None
    named = _TITLE.match(title.strip()) if isinstance(title, str) else None
    if named is not None:
        keys.add(named["company"].strip().casefold())
    return keys - {""}
