"""What a regular expression cannot match without, and one scan that tells which of many such
words a text holds: a pattern whose words are all absent is not searched at all.

`needed(regex)` reads the expression (Python's own parser) for a set of literal strings one of
which every match holds: a run of plain letters in sequence, or, for alternatives, one set per
branch joined. Anything it cannot be sure of (a case-insensitive flag, a branch without a
literal) gives None: always search. `Scan` finds, in one pass over a text, every one of its
words the text holds, however many words there are (a trie-shaped expression at each place).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

Needed = frozenset[str] | None
"""Literal strings one of which every match holds; None when unknown."""


def needed(regex: re.Pattern[str]) -> Needed:
    """The literal strings one of which every match of `regex` holds, None when unknown."""
    if regex.flags & re.IGNORECASE:
        return None
    found = _in_sequence(list(parser.parse(regex.pattern)))
    return frozenset(found) if found else None


def _better(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    """The more telling of two sets: longer shortest word, then fewer words."""
    if one is None or other is None:
        return other if one is None else one
    return max(one, other, key=lambda words: (min(map(len, words)), -len(words)))


def _in_sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """What a sequence of parsed items needs: its best run of literals, or one item's need."""
    best: set[str] | None = None
    run = ""
    for op, argument in items:
        if op is constants.LITERAL:
            run += chr(argument)
            continue
        if run:
            best, run = _better(best, {run}), ""
        if op is constants.SUBPATTERN:
            _, add_flags, del_flags, sub = argument
            if add_flags or del_flags:
                return None  # a scoped flag (?i:...): its letters may match in any case
            best = _better(best, _in_sequence(list(sub)))
        elif op is constants.BRANCH:
            branches = [_in_sequence(list(branch)) for branch in argument[1]]
            if all(branch is not None for branch in branches):
                best = _better(best, {word for branch in branches for word in branch or ()})
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            least, _, sub = argument
            if least >= 1:
                best = _better(best, _in_sequence(list(sub)))
        # any other item (a class, an assertion, a boundary, any character) holds no literal
    return _better(best, {run}) if run else best


def _trie(words: list[str]) -> str:
    """An expression matching the longest of `words` that starts where it is tried (one
    branch per next letter, so the engine never tries the words one by one)."""
    branches: dict[str, list[str]] = {}
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
    alternatives = [re.escape(letter) + _trie(rest) for letter, rest in sorted(branches.items())]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
    return f"(?:{body})?" if "" in words else body


class Scan:
    """Which of many words a text holds, in one pass."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(word for word in words if word)
        self._regex = re.compile(f"(?=({_trie(sorted(self.words))}))")
        """At each place, the longest word starting there: every other word starting there
        is a beginning of it."""
        self._held = {
            word: frozenset(
                word[:end] for end in range(1, len(word) + 1) if word[:end] in self.words
            )
            for word in self.words
        }
        """Per word, the words that begin it (itself too): where it is, they are."""

    def held(self, text: str) -> set[str]:
        """The words `text` holds."""
        found: set[str] = set()
        for word in set(self._regex.findall(text)):
            found |= self._held[word]
        return found


class Gates:
    """Expressions each tried only on a text holding one of the words it needs."""

    def __init__(self, regexes: Iterable[re.Pattern[str]], words: Iterable[str] = ()) -> None:
        self._needs = {regex.pattern: needed(regex) for regex in regexes}
        self.scan = Scan({*words, *(word for need in self._needs.values() for word in need or ())})
        """Tells which of their words (and `words`) a text holds."""

    def may(self, regex: re.Pattern[str], held: set[str]) -> bool:
        """False when `regex` cannot match in a text holding only `held` of the words of
        `scan` (nor in any part of that text)."""
        needs = self._needs[regex.pattern]
        return needs is None or not needs.isdisjoint(held)
