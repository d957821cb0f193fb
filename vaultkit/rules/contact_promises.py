"""A contact's promises, each once: the tasks linking them, the tasks that name them unlinked,
and the promises told in prose that no task writes down; without the tasks in their note that
are to someone else."""

from __future__ import annotations

from dataclasses import replace

from vaultkit.domain.contacts import Contact
from vaultkit.domain.promises import Promise, promised_once
from vaultkit.domain.prose_promises import besides_tasks, dated_by_prose
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.weekly_notes import week_of_note


def with_promises(
    graph: VaultGraph,
    contact: Contact,
    named: tuple[Promise, ...],
    others: set[tuple[str, int]],
    said: tuple[Promise, ...] = (),
) -> Contact:
    """A contact with the promises that name them unlinked and those told in prose (`said`)
    that no task writes down, each promise once, and without the tasks in their note that are
    to someone else (`others`)."""
    told = besides_tasks(said, (*contact.promises, *named))
    own, named = dated_by_prose(contact.promises, said), dated_by_prose(named, said)
    promises = promised_once(
        own, (*named, *told), others, lambda path: _copies(graph, path, contact.path)
    )
    return contact if promises == contact.promises else replace(contact, promises=promises)


def _copies(graph: VaultGraph, path: str, contact: str) -> bool:
    """Whether a note's tasks to `contact` are copies: a daily, weekly or other's note's."""
    name = path.rsplit("/", 1)[-1].removesuffix(".md")
    if path in graph.daily_dates or week_of_note(name):
        return True  # a day's or a week's note carries its open tasks on
    return path != contact and graph.kinds.get(path) == "contact"
