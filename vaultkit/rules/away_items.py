"""Chases and check-ins that wait for a contact who is away (domain/away.py): "any news?" to a
recruiter who wrote "я ушла в отпуск до 14 декабря" is due the day she is back, its window
moved with it. A reply owed, a promise, a greeting, a thank-you or an offer's answer is still
due when it was: it waits in their inbox, and it is the owner's to do."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from vaultkit.rules.due_item import DueItem, DueKind

WAITING_KINDS: frozenset[DueKind] = frozenset(
    {"reach_out", "first_touch", "follow_up", "request_feedback", "feedback_reminder"}
)
"""Items that ask the contact for something, and so wait for them to be back."""


def after_return(items: list[DueItem]) -> list[DueItem]:
    """`items`, each that asks something of a contact who is away on its day due the day they
    are back instead (its window, where it has one, as long as it was)."""
    moved = []
    for item in items:
        away = item.contact.away if item.contact else None
        if item.kind in WAITING_KINDS and away is not None and item.due_on < away.until:
            latest = item.latest_on
            if latest is not None:
                latest = away.until + max(latest - item.due_on, timedelta(0))
            item = replace(item, due_on=away.until, latest_on=latest)
        moved.append(item)
    return moved


def waits_for_return(item: DueItem) -> bool:
    """Whether `item` is due on the day its contact is back (after_return moved it there)."""
    away = item.contact.away if item.contact else None
    return item.kind in WAITING_KINDS and away is not None and item.due_on == away.until
