"""The company a round's note names in its title alone ("Созвоны/2026-10-22 Revolut
скрининг.md"), where the vault keeps no note of it but links it by that name elsewhere (a
board's card "[[Revolut]] — Data Engineer, London"): the title without its day and the words of
its round. Pure."""

from __future__ import annotations

import re

from vaultkit.links.graph import UNRESOLVED_PREFIX, VaultGraph
from vaultkit.links.kinds import is_hiring_stage

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?")


def company_in_title(graph: VaultGraph, title: str) -> str:
    """The company a dated round's title names that only links elsewhere name, or ''."""
    words = _DAY.sub(" ", title).split()
    rest = [word for word in words if not is_hiring_stage(word)]
    if len(rest) == len(words) or not rest or len(rest) > 3:
        return ""  # no round named, or more than a name left
    name = " ".join(rest).strip(" -—–,")
    return name if name and graph.graph.has_node(UNRESOLVED_PREFIX + name) else ""
