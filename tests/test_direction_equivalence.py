"""The who-gave-what reader, made faster, answers exactly as it did: on every labelled line and
the interaction texts of a generated vault (frozen in tests/data/direction_readings.json by
`python -m bench.direction_readings` before the change), and on random lines made of the words
its patterns look for, against the reader as it was (tests/reference_direction, frozen)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference_direction import exchange as reference

from vaultkit.domain import exchange, literals, value_kinds

DATA = Path(__file__).resolve().parent / "data"
REFERENCE = Path(reference.__file__).resolve().parent


def _reading(found: exchange.Exchange | reference.Exchange) -> list[object]:
    return [list(found.given), list(found.received), found.initiative, found.answered]


def test_every_frozen_text_reads_as_it_did() -> None:
    frozen = json.loads((DATA / "direction_readings.json").read_text(encoding="utf-8"))
    assert len(frozen) > 3800  # the labelled lines and a 1000-note vault's interactions
    changed = [
        f"{text!r}: {_reading(exchange.read_exchange.__wrapped__(text))} (was {was})"
        for text, was in frozen.items()
        if _reading(exchange.read_exchange.__wrapped__(text)) != was
    ]
    assert not changed, "\n".join(changed[:20])


def _words() -> list[str]:
    """Every word the reader's patterns are made of (its English and Russian cues and stems)."""
    found: set[str] = set()
    for name in ("value_kinds.py", "direction.py", "exchange.py"):
        tree = ast.parse((REFERENCE / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                plain = re.sub(r"\\[a-zA-Z]", " ", node.value)
                found.update(re.findall(r"[a-zA-Zа-яёА-ЯЁ'-]+", plain))
    return sorted(found)


_WORDS = _words()
_NAMES = ["Anna", "Mike", "Марине", "Олегу", "Кирилл", "Петя", "[[Anna]]", "[[Борис Петров]]"]
_MARKS = ["#given", "#received", "#by-me", "#by-them", "#no-reply", "#given/market", "?", "»"]
_JOINERS = [" ", " ", " ", ", ", " — ", " - ", ". ", ": ", "; ", "? ", "! ", " + ", " и ", " and "]
_HEADS = ["", "", "- ", "- [ ] ", "- [x] ", "- 12.10 ", "2026-10-05 ", "> ", "«", '"', "Пн: "]


@st.composite
def _lines(draw: st.DrawFn) -> str:
    """A line of random cue words, names and marks, cut by random punctuation."""
    count = draw(st.integers(1, 14))
    line = draw(st.sampled_from(_HEADS))
    for index in range(count):
        word = draw(st.sampled_from(_WORDS) | st.sampled_from(_NAMES) | st.sampled_from(_MARKS))
        if draw(st.integers(0, 5)) == 0:
            word = word.capitalize()
        line += (draw(st.sampled_from(_JOINERS)) if index else "") + word
    return line


def _same_as_reference(line: str) -> None:
    now = _reading(exchange.read_exchange.__wrapped__(line))
    assert now == _reading(reference.read_exchange.__wrapped__(line)), line


@settings(max_examples=800, deadline=None, suppress_health_check=list(HealthCheck))
@given(_lines())
def test_random_lines_read_as_the_frozen_reader_reads_them(line: str) -> None:
    _same_as_reference(line)


@pytest.mark.slow
@settings(max_examples=30000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_lines())
def test_many_random_lines_read_as_the_frozen_reader_reads_them(line: str) -> None:
    _same_as_reference(line)


_SCAN_WORDS = sorted(value_kinds.WORDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS) | st.text("ab k'сн", max_size=3), max_size=10))
def test_one_scan_finds_every_word_a_text_holds(parts: list[str]) -> None:
    text = " ".join(parts) + "".join(parts)  # words side by side, and run into each other
    scan = literals.Scan([*_SCAN_WORDS, "ab", "a", "b", "k'с"])
    assert scan.held(text) == {word for word in scan.words if word in text}


_REGEXES = [
    re.compile(pattern)
    for patterns in value_kinds.KINDS.values()
    for pattern in patterns
    if literals.needed(re.compile(pattern)) is not None
]


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(_REGEXES).flatmap(lambda r: st.tuples(st.just(r), st.from_regex(r))))
def test_every_match_holds_a_word_its_pattern_needs(drawn: tuple[re.Pattern[str], str]) -> None:
    regex, text = drawn
    found = regex.search(text)
    assert found is not None
    needs = literals.needed(regex) or frozenset()
    assert any(word in found.group() for word in needs), (regex.pattern, text)


def test_what_a_pattern_needs_is_read_from_its_branches_and_runs() -> None:
    assert literals.needed(re.compile(r"\bsent (her|him) the (cv|jd)\b")) == {"sent "}
    assert literals.needed(re.compile(r"(?<!as )promised|'ll\b")) == {"promised", "'ll"}
    assert literals.needed(re.compile(r"x+y|z")) == {"x", "z"}
    assert literals.needed(re.compile(r"(?i:call) me")) is None  # any case: not a literal
    assert literals.needed(re.compile(r"call", re.IGNORECASE)) is None
    assert literals.needed(re.compile(r"a?b*|c")) is None  # a match may hold no letter at all
