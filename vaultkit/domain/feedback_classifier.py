"""Feedback classification: themes by a stemmed lexicon, polarity by praise and criticism cues.

Words are stemmed with Snowball (Russian for Cyrillic words, English otherwise), so one lexicon
form covers its inflections. Theme phrases match longest first ("data structures" is technical
even though "structure" alone is communication). Polarity counts praise and criticism cues; a
negation flips the cue after it ("не уверен", "not clear") or counts as criticism itself ("не
смог", "did not ask"); after a contrast ("strong, but ...") the last clause decides, and a last
clause without cues is taken as said against the one before ("lacked depth, but motivated").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import snowballstemmer

Polarity = Literal["strength", "improvement"]
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]")
_RU = snowballstemmer.stemmer("russian")
_EN = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lower-case word, by its alphabet."""
    if "'" in word:
        return word
    if _CYRILLIC.search(word):
        return str(_RU.stemWord(word.replace("ё", "е")))
    return str(_EN.stemWord(word))


def stems(text: str) -> list[str]:
    """The stems of the words of `text`, in order."""
    return [stem(token) for token in _TOKEN.findall(text.casefold())]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Stemmed theme phrases and polarity cues."""

    themes: tuple[str, ...]
    """Theme ids, in report order."""
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """First stem -> (phrase stems, theme), longest phrase first."""
    strength: frozenset[str]
    """Stems of praise words."""
    improvement: frozenset[str]
    """Stems of criticism words."""
    contrast: frozenset[str]
    """Stems of contrast conjunctions."""
    negation: frozenset[str]
    """Stems of negations."""


def default_table() -> dict[str, Any]:
    """The packaged lexicon as TOML data."""
    text = resources.files("vaultkit").joinpath("lexicon.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def build_lexicon(table: dict[str, Any]) -> Lexicon:
    """A Lexicon from TOML data shaped like lexicon.toml."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for theme, entry in table["themes"].items():
        for phrase in entry.get("words", []):
            phrase_stems = tuple(stems(phrase))
            if phrase_stems:
                index.setdefault(phrase_stems[0], []).append((phrase_stems, theme))
    ordered = {
        first: tuple(sorted(found, key=lambda item: -len(item[0])))
        for first, found in index.items()
    }
    polarity = table["polarity"]

    def stem_set(words: list[str]) -> frozenset[str]:
        return frozenset(stem(word.casefold()) for word in words)

    return Lexicon(
        themes=tuple(table["themes"]),
        phrases=ordered,
        strength=stem_set(polarity["strength"]),
        improvement=stem_set(polarity["improvement"]) - stem_set(polarity["strength"]),
        contrast=stem_set(polarity["contrast"]),
        negation=stem_set(polarity["negation"]),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon."""
    return build_lexicon(default_table())


@dataclass(frozen=True, slots=True)
class Classification:
    """The themes and polarity of one feedback item."""

    themes: tuple[str, ...]
    """Theme ids found, in lexicon order (may be empty)."""
    polarity: Polarity
    """strength or improvement."""


def classify(text: str, lexicon: Lexicon | None = None) -> Classification:
    """Themes and polarity of one piece of feedback."""
    lexicon = lexicon or default_lexicon()
    words = stems(text)
    return Classification(_themes(words, lexicon), _polarity(words, lexicon))


def _themes(words: list[str], lexicon: Lexicon) -> tuple[str, ...]:
    found: set[str] = set()
    position = 0
    while position < len(words):
        step = 1
        for phrase, theme in lexicon.phrases.get(words[position], ()):
            if tuple(words[position : position + len(phrase)]) == phrase:
                found.add(theme)
                step = len(phrase)
                break
        position += step
    return tuple(theme for theme in lexicon.themes if theme in found)


def _polarity(words: list[str], lexicon: Lexicon) -> Polarity:
    clauses = [0]
    for position, word in enumerate(words):
        if word in lexicon.contrast:
            clauses.append(position + 1)
    ends = [*clauses[1:], len(words) + 1]
    for index in range(len(clauses) - 1, -1, -1):  # the last clause with any cue decides
        score, cues = _score(words[clauses[index] : ends[index] - 1], lexicon)
        if cues:
            polarity: Polarity = "strength" if score > 0 else "improvement"
            if index < len(clauses) - 1:  # "weak at X, but Y": Y is said against X
                return "improvement" if polarity == "strength" else "strength"
            return polarity
    return "improvement"


def _score(words: list[str], lexicon: Lexicon) -> tuple[int, int]:
    score = cues = 0
    position = 0
    while position < len(words):
        word = words[position]
        if word in lexicon.negation or word.endswith("n't"):
            following = words[position + 1 : position + 3]
            polar = next(
                (
                    i
                    for i, w in enumerate(following)
                    if w in lexicon.strength
                    or (w in lexicon.improvement and w not in lexicon.negation)
                ),
                None,
            )
            cues += 1
            if polar is None:
                score -= 1
                position += 1
            else:
                score += -1 if following[polar] in lexicon.strength else 1
                position += polar + 2
            continue
        if word in lexicon.strength:
            score, cues = score + 1, cues + 1
        elif word in lexicon.improvement:
            score, cues = score - 1, cues + 1
        position += 1
    return score, cues
