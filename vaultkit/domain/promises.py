"""Promises to a contact: open tasks in the user's own notes that link them ("- [ ] send
[[Anna]] my CV"), with their own 📅 date where they have one. A promise is kept when its task is
ticked where it stands, or when its line in Due contacts is ticked (vaultkit then records a dated
line carrying the promise's block id in the contact's note, which this module reads back)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vaultkit.domain.interactions import Interaction
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.dates import note_day, parse_written_date

_DUE = re.compile(r"📅\ufe0f?\s*(\d{4}-\d{2}-\d{2})|[\[(]\s*due::\s*(\d{4}-\d{2}-\d{2})")
"""A task's due date as the Tasks plugin writes it (`📅 2026-12-01`, or `[due:: 2026-12-01]`)."""
_NOT_PROMISES = ("template",)


@dataclass(frozen=True, slots=True)
class Promise:
    """An open task in a user's note that links a contact."""

    path: str
    """Vault path of the note that holds the task."""
    line: int
    """Its line there."""
    text: str
    """The task's words, as written."""
    due_on: date | None
    """Its own 📅 date, if it has one."""
    made_on: date | None
    """The day of the note it is in (a daily note's day, a meeting's date), if known."""
    contact: str
    """Vault path of the contact it is to."""

    @property
    def block_id(self) -> str:
        """The id of its line in Due contacts (without the ^): the same for as long as the task
        says the same words to the same contact, whichever daily note it was carried into."""
        words = " ".join(_DUE.sub("", self.text).split()).casefold()
        digest = hashlib.sha1(f"promise\x1f{self.contact}\x1f{words}".encode()).hexdigest()[:10]
        return f"vk-pr-{digest}"


def promises_to(graph: VaultGraph, contact: str) -> tuple[Promise, ...]:
    """The open tasks linking the contact at `contact`, in the user's notes (no template, no
    Kanban board, no note vaultkit writes: those are not in the graph)."""
    found = []
    for source, lines in graph.linking_lines(contact).items():
        if graph.kinds.get(source) in _NOT_PROMISES:
            continue
        note = graph.notes[source]
        made_on = graph.daily_dates.get(source) or note_day(note.get("date"), note.title)
        for task in note.tasks:
            if task.done or task.line not in lines:
                continue
            written = _DUE.search(task.text)
            due_on = parse_written_date(written.group(1) or written.group(2)) if written else None
            found.append(Promise(source, task.line, task.text, due_on, made_on, contact))
    found.sort(key=lambda p: (p.made_on or date.min, p.path, p.line))
    first: dict[str, Promise] = {}
    for promise in found:  # a task carried from one daily note to the next is one promise
        first.setdefault(promise.block_id, promise)
    return tuple(first.values())


def kept(promise: Promise, interactions: Iterable[Interaction]) -> bool:
    """True when a recorded line carries the promise's block id (its tick in Due contacts)."""
    marker = "^" + promise.block_id
    return any(marker in interaction.text for interaction in interactions)
