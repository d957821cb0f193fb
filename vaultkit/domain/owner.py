"""The vault's owner: their own note is no contact to write to. It is the note the config's
`owner` names, else the one that other notes' `author` or `me` properties name most often."""

from __future__ import annotations

from collections import Counter

from vaultkit.keys import canonical
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.names import fold

_NAMED_AS_OWNER = frozenset({"author", "me"})
_OWN_NOTES = frozenset({"interview", "meeting", "daily", "contact", "company"})
"""Kinds of notes the user writes about their own search: their `author` is the user. A
clipping's `author` (Web Clipper writes one) is someone else's, however often it is named."""
_NAMED_AT_LEAST = 2
"""Links from `author` / `me` that make a note the owner's (one alone may be someone else)."""


def owner_of(graph: VaultGraph, configured: str) -> str | None:
    """The vault path of the owner's note, or None when there is none to tell."""
    if configured:
        wanted = fold(configured.removesuffix(".md").strip("[] "))
        return next(
            (
                path
                for path, note in graph.notes.items()
                if fold(note.title) == wanted or fold(path.removesuffix(".md")) == wanted
            ),
            None,
        )
    named: Counter[str] = Counter()
    for source, target, data in graph.graph.edges(data=True):
        where = data.get("where", "")
        if (
            target in graph.notes
            and source != target
            and canonical(where) in _NAMED_AS_OWNER
            and graph.kinds.get(source) in _OWN_NOTES
        ):
            named[target] += 1
    if not named:
        return None
    path, count = named.most_common(1)[0]
    return path if count >= _NAMED_AT_LEAST else None
