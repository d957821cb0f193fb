"""Chases and check-ins that wait for a contact who is away (domain/away.py): "any news?" to a
recruiter who wrote "я ушла в отпуск до 14 декабря" is due the day she is back, its window
moved with it. A reply owed, a promise, a greeting, a thank-you or an offer's answer is still
due when it was: it waits in their inbox, and it is the owner's to do. An absence that ended
a while ago, one still ahead of the item's day, or one they wrote during moves nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from vaultkit.domain.away import Away
from vaultkit.domain.contacts import Contact
from vaultkit.rules.due_item import DueItem, DueKind

WAITING_KINDS: frozenset[DueKind] = frozenset(
    {"reach_out", "first_touch", "follow_up", "request_feedback", "feedback_reminder"}
)
"""Items that ask the contact for something, and so wait for them to be back."""
_LONG_BACK = 14
"""Days after they came back past which an absence moves nothing (an item long overdue is
due now, not on a day months ago)."""


def after_return(items: list[DueItem], today: date, reach: date) -> list[DueItem]:
    """`items`, each that asks something of a contact who is away on its day due the day they
    are back instead (its window, where it has one, as long as it was); one whose new day is
    past `reach`, the list's horizon, is left out until it comes within it."""
    moved = []
    for item in items:
        away = _away_on(item, today)
        if away is not None:
            if away.until > reach:
                continue  # "on parental leave until March": not a line of this list yet
            latest = item.latest_on
            if latest is not None:
                latest = away.until + max(latest - item.due_on, timedelta(0))
            item = replace(item, due_on=away.until, latest_on=latest, waited=True)
        moved.append(item)
    return moved


def _away_on(item: DueItem, today: date) -> Away | None:
    """The absence that holds `item`: its contact's, on the item's day, not long over, and
    with no word of theirs since it was told ("я ушла в отпуск до 14 декабря", then a message
    of hers on the 3rd: she answers)."""
    contact = item.contact
    away = contact.away if contact else None
    if item.kind not in WAITING_KINDS or away is None or contact is None:
        return None
    if item.due_on >= away.until or (away.since and item.due_on < away.since):
        return None
    if today > away.until + timedelta(days=_LONG_BACK) or _wrote_since(contact, away):
        return None
    return away


def _wrote_since(contact: Contact, away: Away) -> bool:
    """Whether the contact wrote on a day after the one they said they were away."""
    return any(i.on > away.said.on and i.turn.by == "them" for i in contact.interactions)
