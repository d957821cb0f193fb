"""A contact's promises, each once: the tasks linking them, the tasks that name them unlinked,
and the promises told in prose that no task writes down; without the tasks in their note that
are to someone else."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from vaultkit.domain.contacts import Contact
from vaultkit.domain.promise_kept import kept_in_their_log
from vaultkit.domain.promises import Promise, promised_once
from vaultkit.domain.prose_promises import besides_tasks, dated_by_prose
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.weekly_notes import week_of_note


def with_promises(
    graph: VaultGraph,
    contact: Contact,
    named: tuple[Promise, ...],
    others: Mapping[tuple[str, int], frozenset[str]],
    said: tuple[Promise, ...] = (),
) -> Contact:
    """A contact with the promises that name them unlinked and those told in prose (`said`)
    that no task writes down, each promise once, and without the tasks in their note that are
    to someone else (`others`)."""
    told = besides_tasks(said, (*contact.promises, *named))
    own, named = dated_by_prose(contact.promises, said), dated_by_prose(named, said)
    promises = tuple(
        promise
        for promise in promised_once(
            own, (*named, *told), others, lambda path: _copies(graph, path, contact.path)
        )
        if not kept_in_their_log(graph, contact.path, promise.text, promise.made_on)
        and not _called_since(contact, promise)
    )
    return contact if promises == contact.promises else replace(contact, promises=promises)


_CALL = re.compile(
    r"(?<![^\W\d_])(?:call|ring|phone|созвон\w*|позвон\w*|звонок|набрать)(?![^\W\d_])", re.I
)
"""A task to call them ("call Declan tmrw 19:30 — ask re reference")."""


def _called_since(contact: Contact, promise: Promise) -> bool:
    """Whether a task to call the contact was kept by a call logged after the day it was set
    down ("Mon 23/11 — call. Confirmed the reference.")."""
    if promise.made_on is None or not _CALL.search(promise.text):
        return False
    since = promise.made_on + timedelta(days=1)
    if promise.due_on is not None and promise.due_on > date.min + _EARLY:
        since = max(since, promise.due_on - _EARLY)
    return any(
        talk.on >= since
        and (talk.channel in ("call", "video") or _CALL.search(talk.text))
        and not _MISSED.search(talk.text)
        and not _AHEAD.search(talk.text)
        for talk in contact.interactions
    )


_EARLY = timedelta(days=1)
"""How long before a call task's own day a call keeps it ("call Tom on results day 📅 12-03"
is not kept by a call about something else a week before)."""
_MISSED = re.compile(
    r"(?<![^\W\d_])(?:tried|trying|no luck|voicemail|no answer|didn'?t pick up|missed|пытал\w*|"
    r"пропустил\w*|пропущенн\w*|"
    r"не (?:смог\w*|дозвон\w*|взял\w*|ответил\w*)|занято|сбросил\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A call that did not happen ("Tried to call Tom twice — no luck")."""
_AHEAD = re.compile(
    r"(?<![^\W\d_])(?:will|'ll|going to|next|reschedul\w*|postpon\w*|moved|перенос\w*"
    r"|перенес\w*|позвоню|созвонимся|наберу|планиру\w*|буду)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A line that tells of a call still to come ("emailed her the form, will call her on
Monday", "созвон переносим на следующую неделю")."""


def _copies(graph: VaultGraph, path: str, contact: str) -> bool:
    """Whether a note's tasks to `contact` are copies: a daily, weekly or other's note's."""
    name = path.rsplit("/", 1)[-1].removesuffix(".md")
    if path in graph.daily_dates or week_of_note(name):
        return True  # a day's or a week's note carries its open tasks on
    return path != contact and graph.kinds.get(path) == "contact"
