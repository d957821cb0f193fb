"""Who to write to, when and why: cadence check-ins, first touches, special dates and the
interview follow-ups of the feedback-timing rules. Pure: everything comes in, `today` too."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from vaultkit.config import DueSettings
from vaultkit.domain.contacts import Contact
from vaultkit.domain.interactions import Interaction, reply_owed
from vaultkit.domain.interviews import Interview
from vaultkit.domain.outcomes import DECISIONS
from vaultkit.domain.promises import Promise
from vaultkit.domain.special_dates import SpecialDate
from vaultkit.rules.special import is_birthday, is_yearly, next_occurrence

DueKind = Literal[
    "reply",
    "promise",
    "reach_out",
    "first_touch",
    "special_date",
    "request_feedback",
    "follow_up",
    "feedback_reminder",
]
Bucket = Literal[
    "replies", "promised", "overdue", "this_week", "coming_up", "special_dates", "interviews"
]
INTERVIEW_KINDS = ("request_feedback", "follow_up", "feedback_reminder")


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


@dataclass(frozen=True, slots=True)
class DueReport:
    """Every due item, by bucket, for one day."""

    today: date
    """The day the report is for."""
    items: tuple[DueItem, ...]
    """All items, by due date, then contact name."""
    buckets: tuple[tuple[Bucket, tuple[DueItem, ...]], ...]
    """Items grouped for the note: replies owed, promises, overdue, this week, coming up,
    special dates, interviews."""


def bucket_of(item: DueItem, today: date) -> Bucket:
    """Which section of the note an item belongs to."""
    if item.kind == "reply":
        return "replies"
    if item.kind == "promise":
        return "promised"
    if item.kind == "special_date":
        return "special_dates"
    if item.kind in INTERVIEW_KINDS:
        late = item.latest_on is not None and item.latest_on < today
        return "overdue" if late else "interviews"  # its window has passed: do it first
    if item.due_on < today:
        return "overdue"
    if item.due_on < today + timedelta(days=7):
        return "this_week"
    return "coming_up"


def _contact_items(
    contact: Contact, settings: DueSettings, today: date, language: Literal["en", "ru"]
) -> list[DueItem]:
    if contact.status != "active":
        return []
    last = contact.last_interaction
    days_since = (today - last.on).days if last else None
    items = _owed_items(contact, settings, today, language)
    snoozed = contact.snooze_until is not None and today < contact.snooze_until
    if not snoozed:
        if last is None:
            items.append(
                DueItem("first_touch", today, None, contact, None, None, None, None, None, language)
            )
        else:
            due_on = last.on + timedelta(days=contact.cadence_days)
            if due_on <= today + timedelta(days=settings.coming_up_days):
                items.append(
                    DueItem(
                        "reach_out",
                        due_on,
                        None,
                        contact,
                        None,
                        last,
                        days_since,
                        None,
                        None,
                        language,
                    )
                )
    for special in contact.special_dates:
        if is_yearly(special):
            on = next_occurrence(special, today)
        else:
            assert special.year is not None
            on = date(special.year, special.month, special.day)
            if on < today:
                continue
        if (on - today).days <= settings.remind_ahead_days:
            counted = special.year and is_yearly(special) and not is_birthday(special)
            years = on.year - special.year if counted and special.year else None
            items.append(
                DueItem(
                    "special_date",
                    on,
                    None,
                    contact,
                    None,
                    last,
                    days_since,
                    special,
                    years or None,
                    language,
                )
            )
    return items


def _owed_items(
    contact: Contact, settings: DueSettings, today: date, language: Literal["en", "ru"]
) -> list[DueItem]:
    """What the owner owes the contact: an answer to a message that wants one (due the day it
    came), and each promise not kept yet (due on its own date, else the day it was made)."""
    items = []
    message = reply_owed(contact.interactions, today, settings.reply_within_days)
    if message is not None:
        waited = (today - message.on).days
        items.append(
            DueItem(
                "reply",
                message.on,
                message.on,
                contact,
                None,
                message,
                waited,
                None,
                None,
                language,
            )
        )
    for promise in contact.promises:
        if message is not None and _ANSWERING.search(promise.text):
            continue  # "- [ ] ответить Michael" is the reply already listed
        due_on = promise.due_on or promise.made_on or today
        last = contact.last_interaction
        days_since = (today - last.on).days if last else None
        items.append(
            DueItem(
                "promise",
                due_on,
                None,
                contact,
                None,
                last,
                days_since,
                None,
                None,
                language,
                promise,
            )
        )
    return items


_ANSWERING = re.compile(r"\b(?:ответ\w*|reply|respond|answer|write back)", re.IGNORECASE)


def _interview_items(
    interview: Interview,
    contact: Contact | None,
    settings: DueSettings,
    today: date,
    language: Literal["en", "ru"],
) -> list[DueItem]:
    last = contact.last_interaction if contact else None
    days_since = (today - last.on).days if last else None

    def item(kind: DueKind, due_on: date, latest_on: date | None) -> DueItem:
        return DueItem(
            kind, due_on, latest_on, contact, interview, last, days_since, None, None, language
        )

    if interview.outcome_unreadable:
        return []  # never chase, nor ask about, a decision the note may already hold
    silent = interview.result in (None, "pending", "no_response")
    if interview.is_final and silent:
        if interview.followed_up is not None or interview.on is None:
            return []  # one follow-up, never pressing
        # counted from the last contact: the interview, or a later word from the recruiter
        since = max(interview.on, last.on) if last else interview.on
        return [
            item(
                "follow_up",
                since + timedelta(days=settings.follow_up_after_days),
                since + timedelta(days=settings.follow_up_latest_days),
            )
        ]
    if interview.result == "on_hold":
        return _on_hold_items(interview, settings, item)
    if interview.feedback_received or interview.no_feedback_policy:
        return []
    if interview.feedback_requested is not None:
        if interview.feedback_reminded is not None:
            return []  # asked, and reminded once: let it go
        due_on = interview.feedback_requested + timedelta(days=settings.feedback_reminder_days)
        return [item("feedback_reminder", due_on, None)]
    if interview.result == "rejected":
        arrived = interview.result_date or interview.on
        if arrived is None:
            return []
        if interview.result_date is None and (today - arrived).days > UNDATED_REJECTION_DAYS:
            return []  # when the answer came is unknown, and it is long past: too late to ask
        wait = settings.harsh_rejection_wait_days if interview.harsh_rejection else 0
        due_on = arrived + timedelta(days=wait)
        return [
            item("request_feedback", due_on, due_on + timedelta(days=settings.request_within_days))
        ]
    return []


def _on_hold_items(
    interview: Interview,
    settings: DueSettings,
    item: Callable[[DueKind, date, date | None], DueItem],
) -> list[DueItem]:
    """One follow-up on a process put on hold, some days after the hold (the day the note says,
    else the interview's), unless one was sent since; then nothing."""
    held = interview.result_date or interview.on
    if held is None or (interview.followed_up is not None and interview.followed_up >= held):
        return []
    due_on = held + timedelta(days=settings.on_hold_follow_up_days)
    spread = settings.follow_up_latest_days - settings.follow_up_after_days
    return [item("follow_up", due_on, due_on + timedelta(days=spread))]


UNDATED_REJECTION_DAYS = 14
"""An interview older than this whose rejection has no date gets no feedback request: the
answer most likely came long ago."""


def _company(interview: Interview) -> str | None:
    return interview.company or (interview.company_name or "").casefold() or None


def answered_elsewhere(interview: Interview, interviews: Iterable[Interview]) -> bool:
    """True when another note of the same company's process holds this interview's answer: a
    decision (offer, rejected, withdrawn) that came after it, or a later round (this one was
    passed)."""
    company = _company(interview)
    if company is None or interview.on is None or interview.result in DECISIONS:
        return False
    for other in interviews:
        if other.path == interview.path or _company(other) != company:
            continue
        decided_on = other.result_date or other.on
        if other.result in DECISIONS and decided_on is not None and decided_on >= interview.on:
            return True
        if other.on is not None and other.on > interview.on:
            return True
    return False


def compute(
    contacts: tuple[Contact, ...],
    interviews: tuple[Interview, ...],
    settings: DueSettings,
    today: date,
    vault_language: Literal["en", "ru"],
) -> DueReport:
    """The due report for `today`."""
    by_path = {contact.path: contact for contact in contacts}

    def language_for(contact: Contact | None) -> Literal["en", "ru"]:
        if contact is not None and contact.language_written:
            return contact.language
        if settings.draft_language != "auto":
            return settings.draft_language
        return contact.language if contact else vault_language

    items: list[DueItem] = []
    for contact in contacts:
        items.extend(_contact_items(contact, settings, today, language_for(contact)))
    by_company: dict[str | None, list[Interview]] = {}
    for interview in interviews:
        by_company.setdefault(_company(interview), []).append(interview)
    for interview in interviews:
        if answered_elsewhere(interview, by_company[_company(interview)]):
            continue  # the company's process went on, or ended, in another note
        recruiter = by_path.get(interview.recruiter) if interview.recruiter else None
        items.extend(
            _interview_items(interview, recruiter, settings, today, language_for(recruiter))
        )
    items.sort(key=lambda item: (item.due_on, item.contact.name if item.contact else "", item.kind))
    order: tuple[Bucket, ...] = (
        "replies",
        "promised",
        "overdue",
        "this_week",
        "coming_up",
        "special_dates",
        "interviews",
    )
    buckets = tuple(
        (bucket, tuple(i for i in items if bucket_of(i, today) == bucket)) for bucket in order
    )
    return DueReport(today, tuple(items), buckets)


KIND_CODES: dict[DueKind, str] = {
    "reply": "re",
    "promise": "pr",
    "reach_out": "ro",
    "first_touch": "ft",
    "special_date": "sd",
    "request_feedback": "rf",
    "follow_up": "fu",
    "feedback_reminder": "fr",
}
"""Two-letter codes of item kinds, as they appear in block ids."""


def item_key(item: DueItem) -> str:
    """The block id a due item's task line carries (without the ^); a promise's is its own,
    which its recorded line carries back (domain/promises.py)."""
    if item.promise is not None:
        return item.promise.block_id
    parts = (
        item.kind,
        item.contact.path if item.contact else "",
        item.interview.path if item.interview else "",
        item.special.key if item.special else "",
        item.due_on.isoformat(),
    )
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]
    return f"vk-{KIND_CODES[item.kind]}-{digest}"
