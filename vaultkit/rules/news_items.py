"""Due items for news and professional dates: one update task per key contact who has not heard
the latest news, a reminder per contact of a professional date, a congratulation on a move to
another company, and the new role carried by check-ins once the search has ended."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from vaultkit.domain.contacts import Contact
from vaultkit.domain.events import Event
from vaultkit.domain.news import News, unheard
from vaultkit.domain.special_dates import SpecialDate
from vaultkit.keys import canonical
from vaultkit.rules.due_item import DueItem, contact_item

Language = Literal["en", "ru"]


def news_item(
    contact: Contact, news: tuple[News, ...], today: date, language: Language
) -> DueItem | None:
    """One update task for a key contact who has not heard some of `news` (due the day the
    latest of it came), or None."""
    if contact.tier != "key" or not news:
        return None
    fresh = unheard(news, contact)
    if not fresh:
        return None
    last = contact.last_interaction
    return contact_item("share_news", fresh[-1].on, contact, last, today, language, news=fresh)


def event_items(
    contact: Contact, events: tuple[Event, ...], today: date, language: Language
) -> list[DueItem]:
    """A reminder for each professional date that concerns `contact`, due on its day."""
    last = contact.last_interaction
    return [
        contact_item("event", event.on, contact, last, today, language, event=event)
        for event in events
        if event.concerns(contact)
    ]


_UNSAID_WEEKS = 6
"""How long a congratulation on a move no one has spoken of since waits."""


def role_change_item(
    contact: Contact, today: date, ahead: int, language: Language
) -> DueItem | None:
    """A congratulation on a move to another company that an entry tells of, from its day for
    `ahead` days (unless a `new_role` date of their note already says it). Where nothing was
    said since (the move is told in the note's prose, and no contact is logged on its day or
    after), it waits for the next word, up to six weeks."""
    moved = contact.role_change
    if moved is None:
        return None
    last = contact.last_interaction
    unsaid = last is None or last.on < moved.on
    if not 0 <= (today - moved.on).days <= (max(ahead, _UNSAID_WEEKS * 7) if unsaid else ahead):
        return None
    day = (moved.on.month, moved.on.day)
    if any(
        canonical(s.key) == "new_role" and (s.month, s.day) == day for s in contact.special_dates
    ):
        return None
    if any(_on_the_move(p.text, moved.said, contact.name) for p in contact.promises):
        return None  # "- [ ] congratulate Ruben on Stroom": the task says it already
    special = SpecialDate("new_role", moved.on.month, moved.on.day, moved.on.year, moved.line)
    days = (today - last.on).days if last else None
    return DueItem(
        "special_date", moved.on, None, contact, None, last, days, special, None, language
    )


_CONGRATULATE = re.compile(r"congrat|поздрав", re.IGNORECASE)
_NEW_ROLE = re.compile(
    r"new (?:role|job|position|gig|team)|(?:нов\w+ )?(?:работ|должност|оффер|переход)\w*",
    re.IGNORECASE,
)
_NAME = re.compile(r"[A-ZА-ЯЁ][\w&.-]{2,}")


def _on_the_move(task: str, moved: str, who: str) -> bool:
    """Whether an open task congratulates `who` on the move `moved` tells of: on a new role,
    or naming a company the move names ("congratulate Ruben on Stroom"), not on a baby."""
    if not _CONGRATULATE.search(task):
        return False
    folded = task.casefold()
    named = {word.casefold() for word in _NAME.findall(moved)} - set(who.casefold().split())
    return bool(_NEW_ROLE.search(task)) or any(word in folded for word in named)


def told_in_updates(items: list[DueItem], hired: News | None, today: date) -> list[DueItem]:
    """A check-in due within a week for a contact who has an update task is dropped (the update
    is the check-in); once the search has ended, a check-in for a contact who has not heard
    carries the new role."""
    updated = {item.contact.path for item in items if item.kind == "share_news" and item.contact}
    week = today + timedelta(days=7)
    kept = []
    for item in items:
        contact = item.contact
        if item.kind not in ("reach_out", "first_touch") or contact is None:
            kept.append(item)
            continue
        if contact.path in updated and item.due_on <= week:
            continue
        if hired is not None and unheard((hired,), contact):
            item = replace(item, news=(hired,))
        kept.append(item)
    return kept
