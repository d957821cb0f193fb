"""One task per offer still open whose notes give the day it must be answered by ("Offer
expires Fri Dec 11 5pm", "ответить до 09.12"): answer it, to the recruiter, by that day. None
once a line says it was answered, two days after the day passed, or where the owner's own task
about the offer, to someone at the company, already says it ("Counter / answer to Priya 📅
2026-12-08"); a thank-you for the same process goes with it. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
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
    answered: Mapping[str, date] | None = None,
) -> list[DueItem]:
    """The answer owed to each offer with a deadline, named after its process's latest round;
    none where a line elsewhere says, since the offer came, that the owner answered it
    (`answered`: offer_deadline.answers_in_passing)."""
    known = list(interviews)
    processes = process_of(known)
    by_process: dict[str, list[Interview]] = {}
    for interview in known:
        by_process.setdefault(processes[interview.path] or interview.path, []).append(interview)
    items = []
    for group in by_process.values():
        days = [i.offer_by for i in group if i.offer_by is not None]
        if not days or ANSWERED in days or _answered_since(group, answered or {}):
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


def _answered_since(group: list[Interview], answered: Mapping[str, date]) -> bool:
    """Whether a line names the process's company and says its offer was answered, on or
    after the day the offer came (else its latest round's)."""
    offered = [
        day
        for i in group
        for result, day in ((i.result, i.result_date), (i.company_result, i.company_result_on))
        if result == "offer" and day is not None
    ]
    since = max(offered, default=max((i.on for i in group if i.on), default=date.min))
    return any(answered.get(i.company or "", date.min) >= since for i in group)


def offers_answered_once(items: list[DueItem]) -> list[DueItem]:
    """`items` without an offer's answer the owner's own task already says, and without a
    thank-you for the offer to anyone at its company (the answer is the word owed there, and
    thanks them)."""
    kept = [i for i in items if i.kind != "answer_offer" or not _said_by_the_owner(i, items)]
    answering = {_process(i)[1] for i in items if i.kind == "answer_offer"}
    return [i for i in kept if not (i.kind == "thank_you" and _for_the_offer(i, answering))]


def _for_the_offer(item: DueItem, answering: set[str | None]) -> bool:
    """Whether a thank-you is for an offer whose answer is listed (not one owed for another
    process's feedback at the same company)."""
    interview = item.interview
    offered = interview is not None and "offer" in (interview.result, interview.company_result)
    return offered and _process(item)[1] in answering


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
