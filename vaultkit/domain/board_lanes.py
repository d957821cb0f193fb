"""What a Kanban board of applications (the Kanban plugin's `kanban-plugin: board` note) says of
each company: the lane its card stands in, where the lane's name is a decision ("Rejected ❌",
"Offer 🎉", "Отказалась сама", "Ghosted 👻"). Many people keep a process's state only there;
a company filed under "Rejected" is not asked for news. A card's date is none of this (the
plugin's `@{…}` may be an interview, a deadline or a reminder), and neither is a lane of steps
("Applied", "HR screen", "Интервью") or the archive below the board's `***`.

Read once a build over the whole vault, as lines told in passing are (said_in_passing.py): a
board moved in the daemon tells at once."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.outcomes import UNSETTLED, Result, read_outcome
from vaultkit.domain.said_in_passing import Told
from vaultkit.links.graph import VaultGraph, is_board
from vaultkit.model import Note

_LANE_RESULTS = frozenset({"offer", "rejected", "withdrawn", "no_response"})
_BY_ME = re.compile(
    r"(?<![^\W\d_])(?:by me|myself|i declined|i withdrew|сам|сама|снял\w*|отказал(?:ся|ась))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""A lane of the processes the owner left ("Отказалась сама", "Rejected by me")."""
_LEFT = re.compile(r"(?<![^\W\d_])снял\w*", re.IGNORECASE)
_ARCHIVE = re.compile(r"^\s*(?:\*\*\*|---|___)\s*$", re.MULTILINE)


def lane_result(heading: str) -> Result | None:
    """The decision a lane's name is, or None for a lane of steps or of doubt ("Waiting for
    offer")."""
    if UNSETTLED.search(heading):
        return None
    result = read_outcome(heading).result
    if _BY_ME.search(heading) and (result in ("rejected", "withdrawn") or _LEFT.search(heading)):
        return "withdrawn"
    return result if result in _LANE_RESULTS else None


def lane_decisions(graph: VaultGraph, today: date) -> dict[str, tuple[Told, ...]]:
    """For each company note a board's card links, the decision its lane is, told as of
    `today` by the board (a lane has no day of its own)."""
    found: dict[str, list[Told]] = {}
    for path, note in graph.notes.items():
        if not is_board(note):
            continue
        lanes = _lanes(note)
        for link, target in graph.links_with_targets(path):
            if target is None or graph.kinds.get(target) != "company" or link.where != "body":
                continue
            lane = next((result for line, result in reversed(lanes) if line < link.line), None)
            if lane is not None:
                found.setdefault(target, []).append((today, lane, path))
    return {company: tuple(told) for company, told in found.items()}


def _lanes(note: Note) -> list[tuple[int, Result | None]]:
    """Each lane's heading line with the decision it is, the board's archive (after its `***`)
    a lane of none."""
    lanes: list[tuple[int, Result | None]] = []
    for section in note.sections:
        if section.level != 2:
            continue
        lanes.append((section.line, lane_result(section.heading)))
        if _ARCHIVE.search(section.content):  # "***" closes the lanes: the archive follows
            lanes.append((section.line + section.content.count("\n"), None))
    return lanes
