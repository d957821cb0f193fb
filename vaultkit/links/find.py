"""A note a person names on the command line, found as a link to it would be: by its path, or
by its name when one note of the kinds asked for has it."""

from __future__ import annotations

import difflib

from vaultkit.errors import UserError
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.names import fold


def find_note(graph: VaultGraph, name: str, kinds: tuple[str, ...], noun: str) -> str:
    """The vault path of the note of one of `kinds` that `name` (a name or a path) means;
    UserError naming the candidates when it is ambiguous, or the closest names when none."""
    wanted = fold(name.strip().removeprefix("[[").removesuffix("]]").split("|")[0])
    wanted = wanted.removesuffix(".md").strip("/")
    notes = [note for kind in kinds for note in graph.of_kind(kind)]  # type: ignore[arg-type]
    by_path = [n.path for n in notes if fold(n.path.removesuffix(".md")) == wanted]
    if by_path:
        return by_path[0]
    named = [n.path for n in notes if fold(n.title) == wanted.rsplit("/", 1)[-1]]
    if len(named) == 1:
        return named[0]
    if named:
        listed = ", ".join(path.removesuffix(".md") for path in sorted(named))
        raise UserError(f"{len(named)} notes are named {name!r}: {listed}; give the path")
    titles = [n.title for n in notes]
    starting = [title for title in titles if fold(title).startswith(wanted + " ")]
    close = sorted(set(starting))[:3] or difflib.get_close_matches(name, sorted(set(titles)), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise UserError(f"no {noun} note named {name!r}{hint}")
