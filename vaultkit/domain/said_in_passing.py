"""Decisions a company's process met that the vault tells only in passing: a dated line that
names one company, linked or not, in any case of its name ("Thu: Heard back from Voltwerk, they
went with someone else", "GameNest отказали", "ПРИНЯЛ ОФЕР СКАЙФОР"), in a daily or weekly note
or any timeline. Read once per build from the whole vault, never remembered between builds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from vaultkit.domain.name_forms import name_index, named_in
from vaultkit.domain.outcomes import DECISIONS, Result, read_outcome
from vaultkit.links.graph import VaultGraph

_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n")
_OPEN_TASK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[ \]")
_UNSAID = ("template", "company", "interview")


def decisions_in_passing(graph: VaultGraph) -> dict[str, tuple[tuple[date, Result], ...]]:
    """For each company note's path, the decisions (offer, rejected, withdrawn) that dated
    lines of other notes tell of it, by day."""
    index = name_index(
        (name, note.path)
        for note in graph.of_kind("company")
        for name in dict.fromkeys((note.title, *note.aliases))
    )
    if not index:
        return {}
    found: dict[str, set[tuple[date, Result]]] = {}
    for on, text in _dated_lines(graph):
        if not named_in(index, text):
            continue
        for sentence in _SENTENCES.split(text):
            named = {path for _, path in named_in(index, sentence)}
            if len(named) != 1:
                continue  # no company, or two: whose answer it is cannot be told
            result = read_outcome(sentence).result
            if result in DECISIONS:
                found.setdefault(named.pop(), set()).add((on, result))
    return {path: tuple(sorted(days)) for path, days in found.items()}


def _dated_lines(graph: VaultGraph) -> Iterator[tuple[date, str]]:
    """Every dated line of the vault's notes but templates, company and interview notes (read
    whole as the process's own: domain/interviews): timeline entries, and the lines of daily
    notes on their day, open tasks left out (they are plans)."""
    for path, note in graph.notes.items():
        if graph.kinds.get(path) in _UNSAID:
            continue
        dated = {entry.line for entry in note.entries}
        for entry in note.entries:
            yield entry.on, entry.text
        day = graph.daily_dates.get(path)
        if day is None:
            continue
        for section in note.sections:
            for number, line in enumerate(section.content.split("\n"), section.line + 1):
                if line.strip() and number not in dated and not _OPEN_TASK.match(line):
                    yield day, line
