"""A contact's promises, each once: the tasks linking them, the tasks that name them unlinked,
and the promises told in prose that no task writes down; without the tasks in their note that
are to someone else."""

from __future__ import annotations

import re
from dataclasses import replace

from vaultkit.domain.contacts import Contact
from vaultkit.domain.promises import Promise, promised_once
from vaultkit.domain.prose_promises import besides_tasks, dated_by_prose
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.names import monthly_name
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
    promises = _latest_week_only(promises)
    return contact if promises == contact.promises else replace(contact, promises=promises)


def _latest_week_only(promises: tuple[Promise, ...]) -> tuple[Promise, ...]:
    """The promises without the undated tasks of a week's review that a later week's review
    writes again in other words ("Call Rafa" in Week 48, "Call Rafa. Properly." in Week 49):
    a weekly review carries on what is still open, and the latest says it; a later task of
    other words to the same person ("wish Rafa luck") is another promise."""
    weeks = {p.path: _week(p.path) for p in promises}
    words = {id(p): _words(p) for p in promises}
    return tuple(
        p
        for p in promises
        if p.due_on is not None
        or not weeks[p.path]
        or not any(
            (later := weeks[q.path]) and later > weeks[p.path] and words[id(p)] & words[id(q)]  # type: ignore[operator]
            for q in promises
        )
    )


def _words(promise: Promise) -> set[str]:
    """A task's words of four letters or more, but the person's name."""
    name = {word[:4].casefold() for word in _name_of(promise.contact).split()}
    return {
        word[:5].casefold()
        for word in _WORD.findall(promise.text)
        if len(word) >= 4 and word[:4].casefold() not in name
    }


def _name_of(path: str) -> str:
    _, mark, heading = path.partition(".md#")
    return heading if mark else path.rsplit("/", 1)[-1].removesuffix(".md")


_WORD = re.compile(r"[^\W\d_]+")


def _week(path: str) -> tuple[int, int] | None:
    """The (year, week) of a weekly note's path, or None."""
    week = week_of_note(path.rsplit("/", 1)[-1].removesuffix(".md"))
    return (int(week["year"]), int(week["week"])) if week else None


def _copies(graph: VaultGraph, path: str, contact: str) -> bool:
    """Whether a note's tasks to `contact` are copies: a daily, weekly or other's note's."""
    name = path.rsplit("/", 1)[-1].removesuffix(".md")
    if path in graph.daily_dates or week_of_note(name) or monthly_name(name):
        return True  # a day's, a week's or a month's note carries its open tasks on
    return path != contact and graph.kinds.get(path) == "contact"
