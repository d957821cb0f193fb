"""One task per offer still open whose notes give the day it must be answered by ("Offer
expires Fri Dec 11 5pm", "ответить до 09.12"): answer it, to the recruiter, by that day. None
once a line says it was answered, two days after the day passed, or where the owner's own task
about the offer, to someone at the company, already says it ("Counter / answer to Priya 📅
2026-12-08"); a thank-you for the same process goes with it. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Literal

from vaultkit.domain.contacts import Contact
from vaultkit.domain.interviews import Interview
from vaultkit.domain.offer_deadline import ANSWERED
from vaultkit.rules.due_item import DueItem
from vaultkit.rules.interview_items import process_of

LAPSED_DAYS = 2
"""Days after an offer's deadline that its task stays: answered by then, or gone."""
_ABOUT_THE_OFFER = re.compile(
    r"(?<![^\W\d_])(?:offer\w*|оффер\w*|офер\w*|counter\w*|контр\w*|decision|decide|решени\w*"
    r"|решить)(?![^\W\d_])|\bmy answer\b|(?<![^\W\d_])мой ответ",
    re.IGNORECASE,
)
"""Words of a task about the offer itself ("Counter / answer to Priya", "my answer due Wed
9th"; not "answer Priya's question about my notice period")."""


def offer_items(
    interviews: Iterable[Interview],
    recruiter_of: Callable[[Interview], Contact | None],
    language_for: Callable[[Contact | None], Literal["en", "ru"]],
    today: date,
) -> list[DueItem]:
    """The answer owed to each offer with a deadline, named after its process's latest round."""
    known = list(interviews)
    processes = process_of(known)
    by_process: dict[str, list[Interview]] = {}
    for interview in known:
        by_process.setdefault(processes[interview.path] or interview.path, []).append(interview)
    items = []
    for group in by_process.values():
        days = [i.offer_by for i in group if i.offer_by is not None]
        if not days or ANSWERED in days:
            continue
        deadline = max(days)
        if (today - deadline).days > LAPSED_DAYS:
            continue
        latest = max(group, key=lambda i: (i.offer_by is not None, i.on or date.min))
        contact = next((c for i in (latest, *group) if (c := recruiter_of(i))), None)
        last = contact.last_interaction if contact else None
        days_since = (today - last.on).days if last else None
        language = language_for(contact)
        item = DueItem(
            "answer_offer",
            deadline,
            deadline,
            contact,
            latest,
            last,
            days_since,
            None,
            None,
            language,
        )
        items.append(item)
    return items


def offers_answered_once(items: list[DueItem]) -> list[DueItem]:
    """`items` without an offer's answer the owner's own task already says, and without a
    thank-you to whoever the answer goes to (the answer thanks them)."""
    kept = [i for i in items if i.kind != "answer_offer" or not _said_by_the_owner(i, items)]
    answering = {_process(i) for i in kept if i.kind == "answer_offer"}
    return [i for i in kept if not (i.kind == "thank_you" and _process(i) in answering)]


def _process(item: DueItem) -> tuple[str | None, str | None]:
    """Whom an item goes to, and about which company (an agency's recruiter has several)."""
    company = item.interview.company or item.interview.path if item.interview else None
    return (item.contact.path if item.contact else None, company)


def _said_by_the_owner(item: DueItem, items: Iterable[DueItem]) -> bool:
    """Whether an offer's answer is a task of the owner's already: an open promise, due by the
    deadline, about the offer or an answer, to the same person or to another at the company
    ("my answer due Wed 9th" in the recruiter's `next_action`, where the round names the
    hiring manager)."""
    company = item.interview.company if item.interview else None
    return any(
        other.kind == "promise"
        and other.promise is not None
        and other.contact is not None
        and (
            (item.contact is not None and other.contact.path == item.contact.path)
            or (company is not None and company in other.contact.companies)
        )
        and other.due_on <= item.due_on
        and _ABOUT_THE_OFFER.search(other.promise.text) is not None
        for other in items
    )
