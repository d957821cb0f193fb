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
