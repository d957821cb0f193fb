"""Decisions a company's process met that the vault tells only in passing: a dated line that
names one company, linked or not, in any case of its name ("Thu: Heard back from Voltwerk, they
went with someone else", "GameNest отказали", "ПРИНЯЛ ОФЕР СКАЙФОР"), in a daily or weekly note
or any timeline. Read once per build from the whole vault, never remembered between builds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from vaultkit.domain.outcomes import DECISIONS, Result, read_outcome
from vaultkit.links.graph import VaultGraph

_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n")
_OPEN_TASK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[ \]")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_UNSAID = ("template", "generated", "company")


def decisions_in_passing(graph: VaultGraph) -> dict[str, tuple[tuple[date, Result], ...]]:
    """For each company note's path, the decisions (offer, rejected, withdrawn) that dated
    lines of other notes tell of it, by day."""
    index = _company_index(graph)
    if not index:
        return {}
    found: dict[str, set[tuple[date, Result]]] = {}
    for on, text in _dated_lines(graph):
        for sentence in _SENTENCES.split(text):
            candidates = {
                name
                for word in _WORD.findall(sentence)
                if word[0].isupper()  # "Полка", not "полка"
                for name in index.get(word[:3].casefold(), ())
            }
            named = {path for pattern, path in candidates if _names(pattern, sentence)}
            if len(named) != 1:
                continue  # no company, or two: whose answer it is cannot be told
            result = read_outcome(sentence).result
            if result in DECISIONS:
                found.setdefault(named.pop(), set()).add((on, result))
    return {path: tuple(sorted(days)) for path, days in found.items()}


_WORD = re.compile(r"[^\W\d_]{3,}")


def _names(pattern: re.Pattern[str], sentence: str) -> bool:
    return any(match.group(0)[:1].isupper() for match in pattern.finditer(sentence))


def _company_index(graph: VaultGraph) -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Each company's name and aliases (of three letters or more) as a pattern that takes the
    Russian case endings, with its note's path, by the first three letters of the name
    (a line's words are looked up there before any pattern is tried)."""
    index: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for note in graph.of_kind("company"):
        for name in dict.fromkeys((note.title, *note.aliases)):
            name = name.strip()
            first = _WORD.match(name)
            if len(name) < 3 or first is None:
                continue
            pattern = re.compile(rf"(?<![\w-]){_declined(name)}(?![\w-])", re.IGNORECASE)
            index.setdefault(first.group(0)[:3].casefold(), []).append((pattern, note.path))
    return index


def _declined(name: str) -> str:
    """A pattern for `name` and, when it is written in Cyrillic, its case forms ("Скайфоре",
    "Ритма", "Полки")."""
    written = re.escape(name)
    if not _CYRILLIC.search(name[-1:]):
        return rf"{written}(?:'s|’s)?"
    if name[-1].casefold() in "ая":
        return rf"{re.escape(name[:-1])}(?:а|я|и|ы|е|у|ю|ой|ей)"
    return rf"{written}(?:а|у|е|ом|ем|ы|и|ов)?"


def _dated_lines(graph: VaultGraph) -> Iterator[tuple[date, str]]:
    """Every dated line of the vault's notes but templates, generated notes and company notes
    (a company's own note is read whole: domain/interviews.company_outcome): timeline entries,
    and the lines of daily notes on their day, open tasks left out (they are plans)."""
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
