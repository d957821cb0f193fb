"""A due item: one thing to do for a contact or an interview, the model shared by the rules that
make items (rules/due.py, rules/interview_items.py) and the notes that show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from vaultkit.domain.contacts import Contact
from vaultkit.domain.events import Event
from vaultkit.domain.interactions import Interaction
from vaultkit.domain.interviews import Interview
from vaultkit.domain.news import News
from vaultkit.domain.promises import Promise
from vaultkit.domain.special_dates import SpecialDate

DueKind = Literal[
    "reply",
    "promise",
    "reach_out",
    "first_touch",
    "special_date",
    "request_feedback",
    "follow_up",
    "feedback_reminder",
    "thank_you",
    "prepare",
    "share_news",
    "event",
    "answer_offer",
]
Bucket = Literal[
    "replies",
    "promised",
    "prepare",
    "overdue",
    "this_week",
    "news",
    "coming_up",
    "special_dates",
    "interviews",
]
"""The sections of Due contacts, in the note's order."""
INTERVIEW_KINDS = (
    "request_feedback",
    "follow_up",
    "feedback_reminder",
    "thank_you",
    "prepare",
    "answer_offer",
)


@dataclass(frozen=True, slots=True)
class DueItem:
    """One thing to do: write to someone, on a day, for a reason."""

    kind: DueKind
    """What to do."""
    due_on: date
    """The day it is due."""
    latest_on: date | None
    """The last good day where the rule gives a window (ask within 48 h, follow up in 3-5 days)."""
    contact: Contact | None
    """Who to write to (None when an interview names no recruiter vaultkit can find)."""
    interview: Interview | None
    """The interview it is about, for interview follow-ups."""
    last_interaction: Interaction | None
    """The latest interaction with the contact up to today."""
    days_since: int | None
    """Days from the last interaction to today."""
    special: SpecialDate | None
    """The special date, for special_date items."""
    years: int | None
    """Which anniversary (years since the date written), when its year is known."""
    language: Literal["en", "ru"]
    """Language for the draft."""
    promise: Promise | None = None
    """The promise, for promise items."""
    news: tuple[News, ...] = ()
    """The news to tell, for share_news items; for a check-in after the search ended, the new
    role the contact has not heard of yet."""
    event: Event | None = None
    """The professional date, for event items."""
    planned: bool = False
    """True for a follow-up on the day the owner's own chase task set."""
    waited: bool = False
    """True for a chase or a check-in moved to the day its contact is back from an absence
    (rules/away_items.py)."""

    @property
    def urgent(self) -> bool:
        """A reply owed, or a check-in overdue for a key contact: shown with the Tasks plugin's
        highest priority."""
        if self.kind == "reply":
            return True
        return (
            self.contact is not None
            and self.contact.tier == "key"
            and self.kind in ("reach_out", "first_touch")
        )


def contact_item(
    kind: DueKind,
    due_on: date,
    contact: Contact,
    since: Interaction | None,
    today: date,
    language: Literal["en", "ru"],
    promise: Promise | None = None,
    *,
    latest: date | None = None,
    news: tuple[News, ...] = (),
    event: Event | None = None,
) -> DueItem:
    """An item about a contact alone, counted from the interaction `since`."""
    days = (today - since.on).days if since else None
    return DueItem(
        kind, due_on, latest, contact, None, since, days, None, None, language, promise, news, event
    )
