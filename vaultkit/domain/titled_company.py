"""The company a round's note names in its title alone ("Созвоны/2026-10-22 Revolut
скрининг.md"), where the vault keeps no note of it but links it by that name elsewhere (a
board's card "[[Revolut]] — Data Engineer, London"): the title without its day and the words of
its round, where a Kanban board's card links that name. Pure."""

from __future__ import annotations

import re

from vaultkit.links.graph import UNRESOLVED_PREFIX, VaultGraph, is_board
from vaultkit.links.kinds import is_hiring_stage

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?")


def company_in_title(graph: VaultGraph, title: str) -> str:
    """The company a dated round's title names that only a board's card links, or '' (a name
    linked elsewhere may be a person's: "2026-11-25 Дима техсобес")."""
    words = _DAY.sub(" ", title).split()
    rest = [word for word in words if not is_hiring_stage(word)]
    if len(rest) == len(words) or not rest or len(rest) > 3:
        return ""  # no round named, or more than a name left
    name = " ".join(rest).strip(" -—–,")
    node = UNRESOLVED_PREFIX + name
    if not name or not graph.graph.has_node(node):
        return ""
    boards = (graph.notes.get(path) for path in graph.graph.predecessors(node))
    return name if any(note is not None and is_board(note) for note in boards) else ""
