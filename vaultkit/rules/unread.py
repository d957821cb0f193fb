"""What vaultkit did not understand: the properties and inline fields of contact and interview
notes that it does not read, ranked by how many notes have them, each with the key it most
likely means and the config line that maps it onto that key."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass

from vaultkit.keys import READ, SYNONYMS, key_form
from vaultkit.links.graph import VaultGraph

_KINDS = ("contact", "interview")
_SPELLINGS = {name: name for name in READ} | {
    synonym: name for name, synonyms in SYNONYMS.items() for synonym in synonyms
}


@dataclass(frozen=True, slots=True)
class UnreadKey:
    """A key vaultkit does not read, as the notes write it."""

    key: str
    """The key as most notes write it."""
    notes: int
    """How many contact and interview notes have it."""
    example: str
    """One of those notes."""
    nearest: str
    """The key vaultkit reads that it most likely means ('' when none is close)."""

    @property
    def config_line(self) -> str:
        """The line of .vaultkit/config.toml, under [properties], that maps it."""
        return f'"{self.key.casefold()}" = "{self.nearest}"' if self.nearest else ""


def _misspelt(key: str, known: str) -> bool:
    """Whether `key` reads as `known` misspelt, word by word: "last_contcat" is, "first_contact"
    is another key ("first" is no slip of "last")."""
    words, known_words = key.split("_"), known.split("_")
    return len(words) != len(known_words) or all(
        difflib.SequenceMatcher(None, word, other).ratio() >= 0.6
        for word, other in zip(words, known_words, strict=True)
    )


def unread_keys(graph: VaultGraph, limit: int = 15) -> tuple[UnreadKey, ...]:
    """The keys of contact and interview notes that vaultkit does not read, most used first."""
    notes: Counter[str] = Counter()
    spelt: dict[str, Counter[str]] = {}
    example: dict[str, str] = {}
    for kind in _KINDS:
        for note in graph.of_kind(kind):  # type: ignore[arg-type]
            for name in {prop.name for prop in note.properties if prop.name not in READ}:
                notes[name] += 1
                example.setdefault(name, note.path)
            for prop in note.properties:
                if prop.name not in READ:
                    spelt.setdefault(prop.name, Counter())[prop.key] += 1
    found = []
    for name, count in sorted(notes.items(), key=lambda item: (-item[1], item[0]))[:limit]:
        close = difflib.get_close_matches(key_form(name), list(_SPELLINGS), n=1, cutoff=0.8)
        nearest = _SPELLINGS[close[0]] if close and _misspelt(key_form(name), close[0]) else ""
        found.append(UnreadKey(spelt[name].most_common(1)[0][0], count, example[name], nearest))
    return tuple(found)
