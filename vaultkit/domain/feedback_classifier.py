"""Feedback classification: themes by a stemmed lexicon (lexicon.toml), polarity by the
evaluative words and phrases of domain/polarity.py.

Theme phrases match longest first ("data structures" is technical even though "structure"
alone is communication). A line that praises one thing and criticises another across a contrast
("strong coding, but weak system design") is read as its parts, each with its own themes and
polarity.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from vaultkit.domain.polarity import Polarity, clause_polarity, clauses, polarity
from vaultkit.domain.stemming import stems


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Stemmed theme phrases."""

    themes: tuple[str, ...]
    """Theme ids, in report order."""
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """First stem -> (phrase stems, theme), longest phrase first."""


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
    return Lexicon(themes=tuple(table["themes"]), phrases=ordered)


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
    """strength, improvement, or neutral where the text does not say."""

    @property
    def evaluates(self) -> bool:
        """False for a line that says nothing of the candidate and names no theme ("Без
        деталей.", "Result:: rejected", a date or a link alone): not a feedback item."""
        return bool(self.themes) or self.polarity != "neutral"


def classify(text: str, lexicon: Lexicon | None = None) -> Classification:
    """Themes and polarity of one line of feedback (criticism if any of its parts criticises)."""
    lexicon = lexicon or default_lexicon()
    return Classification(_themes(stems(text), lexicon), polarity(text))


def classify_parts(text: str, lexicon: Lexicon | None = None) -> list[tuple[str, Classification]]:
    """One line of feedback as the items it holds: the line itself, or, where its clauses praise
    and criticise ("strong coding, but weak design"), each clause with its own reading."""
    lexicon = lexicon or default_lexicon()
    parts = clauses(text)
    pieces = False
    if len(parts) == 1 and ("," in text or ";" in text):  # "no issues with coding, some with
        split = [part.strip() for part in re.split(r"[,;]", text) if part.strip()]  # design"
        if len(split) > 1 and all(_themes(stems(piece), lexicon) for piece in split):
            parts, pieces = split, True
    readings = [(part, clause_polarity(part)) for part in parts]
    said = {answer for _, answer in readings} - {"neutral"}
    if len(said) < 2:
        whole: Polarity = next(iter(said)) if said else "neutral"
        if pieces:  # read as commas' stretches: the line's own reading
            whole = polarity(text)
        return [(text, Classification(_themes(stems(text), lexicon), whole))]
    return [
        (part, Classification(_themes(stems(part), lexicon), answer)) for part, answer in readings
    ]


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
