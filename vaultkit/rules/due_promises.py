"""Which promises Due contacts lists, and which follow-ups they hold back. A promise due beyond
the list's reach waits; a task that chases a process is dropped where that process was decided
(the task left open in its note) or where its follow-up is listed already (a task in its note,
or one naming its company: "Chase Ben at Northwind if no news"); a follow-up the owner planned
with someone else of its process is their task alone. An "any news?" waits while the owner owes
that person the next move: a reply, or a promise due within two weeks that belongs to the
process (a CV, references, a writing sample, slots to confirm, or naming the company). Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from vaultkit.domain.interactions import Interaction
from vaultkit.domain.interviews import Interview
from vaultkit.domain.outcomes import DECISIONS
from vaultkit.domain.promise_kept import content_of
from vaultkit.domain.promises import Promise
from vaultkit.rules.due_item import DueItem

_CHASE = re.compile(
    r"\b(?:(?:for|any|an) updates?|news|chase|follow[ -]?up|nudge|ping|check(?:ing)? in"
    r"|hear back|(?:ask|check) (?:about|on) (?:the )?status)\b"
    r"|(?<![^\W\d_])(?:новост\w*|апдейт\w*|напомн\w*|узнать|пингану\w*|дёрну\w*|дерну\w*)",
    re.IGNORECASE,
)
"""Words of a task that asks the other side how things stand ("Ask Daniel for an update if
nothing by Fri", "Chase Ben at Northwind if no news"); not "Update Milan on my notice"."""
_FOLLOW_UP = re.compile(
    r"\b(?:follow[ -]?up|chase|nudge|hear back|any news|(?:ask|check) (?:about|on) (?:the )?"
    r"(?:status|decision))\b|(?<![^\W\d_])(?:фоллоу\w*|напомн\w*|новост\w*"
    r"|(?:спросить|узнать|уточнить) (?:про |о )?статус)",
    re.IGNORECASE,
)
"""Words of a task that chases a process's answer, the narrower reading of _CHASE that a
follow-up planned with someone else must have ("ping Tom for coffee" is none)."""
_PROCESS_DEBT = re.compile(
    r"\b(?:cv|resume|résumé|portfolio|references?|documents?|take-home|assignment|slots?"
    r"|(?:writing|code|work) samples?|availability|confirm\w*|reply|answer)\b"
    r"|(?<![^\W\d_])(?:резюме|портфолио|рекомендац\w*|документ\w*|тестов\w*|задани\w*|слот\w*"
    r"|подтверд\w*|ответ\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of what the owner owes a process ("скинуть Нине обновлённое резюме", "send the
references", "confirm a slot")."""


ANSWERING = re.compile(r"\b(?:ответ\w*|reply|respond|answer|write (?:\w+ )?back\b)", re.IGNORECASE)
"""A task that is the reply already listed ("write Raj back", "ответить Michael")."""


def promised_in_answer(message: Interaction, promises: Iterable[Promise]) -> bool:
    """Whether the owner answered a message that wants a reply with a promise made that day,
    other than to reply, told in its line or of its words ("- 1.12 — скинула 2 вакансии, просит
    cv на англ. обещал до 8.12"; not a gift for her birthday set down the same day)."""
    return any(
        p.made_on == message.on
        and (p.text in message.text or len(content_of(p.text) & content_of(message.text)) > 1)
        and not ANSWERING.search(p.text)
        for p in promises
    )


def writing_anyway(check_in: DueItem, items: Iterable[DueItem], today: date) -> bool:
    """Whether a check-in already due goes to a contact the owner promised, this week or the
    last, to write to, call, ask or send something ("- [ ] Кате из Miro еще раз пнуть"): that
    message is the check-in. Not a gift to buy, nor a promise overdue since spring."""
    if check_in.contact is None or check_in.due_on > today:
        return False
    week = timedelta(days=7)
    return any(
        item.kind == "promise"
        and item.contact is not None
        and item.contact.path == check_in.contact.path
        and item.promise is not None
        and today - week <= item.due_on <= today + week
        and _WRITES.search(item.promise.text) is not None
        for item in items
    )


_WRITES = re.compile(
    r"\b(?:write|message|e-?mail|text|call|ping|nudge|ask|tell|send|reply|follow|chase|remind"
    r"|thank|update|talk|speak|congratulate)\b(?!\s+(?:my|the|cv|resume))|(?<![^\W\d_])(?:напис\w*|пнуть|пингану\w*"
    r"|позвон\w*|набрать|спрос\w*|сказать|рассказать|скинуть|отправить|прислать|ответить"
    r"|напомн\w*|уточнить|поблагодарить|поговорить|обсудить|поздравить)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a task that writes to its contact, not one that only concerns them ("buy Dmitri a
bottle of wine")."""


def promises_due(
    items: list[DueItem], interviews: tuple[Interview, ...], reach: date
) -> list[DueItem]:
    """The items without the promises not worth listing (see the module's docstring)."""
    decided = {i.path for i in interviews if i.result in DECISIONS}
    followed: dict[str, list[Interview]] = {}
    for item in items:
        if item.kind == "follow_up" and item.contact and item.interview:
            followed.setdefault(item.contact.path, []).append(item.interview)
    planned = [  # the owner's own chases ("follow up with Mia (Quartz) if nothing by Monday")
        item
        for item in items
        if item.kind == "promise"
        and item.promise
        and item.due_on <= reach
        and _FOLLOW_UP.search(item.promise.text)
    ]
    own_day, chases = _owners_days(items, followed)
    kept: list[DueItem] = []
    for item in items:
        promise, contact = item.promise, item.contact
        if item.kind == "follow_up" and _planned_by_another(item, planned):
            continue
        if any(item is chase for chase in chases):
            continue  # the owner's own chase: the follow-up is it, on its day
        if contact is not None and contact.path in own_day:
            item = _moved(item, own_day[contact.path])
        if promise is not None and item.kind == "promise":
            if item.due_on > reach:
                continue  # "Check in with Sofia re Kestrel restart 📅 2027-01-11": later
            chased = followed.get(contact.path, []) if contact else []
            if _CHASE.search(promise.text) and (
                promise.path in decided or _of_process(promise.text, promise.path, chased)
            ):
                continue
        kept.append(item)
    return kept


_PLANNED_WITHIN = 14
"""Days after a follow-up's own day that the owner's chase may set it to; one further off is
about something later (a task for the 20th beside an answer overdue since the 2nd)."""


def _owners_days(
    items: list[DueItem], followed: dict[str, list[Interview]]
) -> tuple[dict[str, date], list[DueItem]]:
    """The day the owner planned a chase of a person whose process has its follow-up listed
    ("- [ ] follow-up: спросить статус … 📅 2026-12-07" in Anna's note): their day, not the
    rule's, for that follow-up (the earliest, where there are several), with the chases that
    say so. A chase that names something else in capitals than the person and their process
    ("спросить статус по вакансии в Тинькофф") is of another process: a promise of its own."""
    days: dict[str, date] = {}
    chases = []
    due = {i.contact.path: i.due_on for i in items if i.kind == "follow_up" and i.contact}
    for item in items:
        contact, promise = item.contact, item.promise
        if item.kind != "promise" or contact is None or promise is None:
            continue
        if contact.path in due and (item.due_on - due[contact.path]).days > _PLANNED_WITHIN:
            continue  # a task for the 20th beside an answer overdue since the 2nd: a later matter
        processes = followed.get(contact.path, [])
        if not processes or not _CHASING.search(promise.text):
            continue
        folded = promise.text.casefold()
        if not any(_names(folded, i.company_name or "") for i in processes) and _names_another(
            promise.text, contact.name
        ):
            continue
        chases.append(item)
        days[contact.path] = min(days.get(contact.path, item.due_on), item.due_on)
    return days, chases


_CHASING = re.compile(
    r"\b(?:follow[ -]?up|chase|nudge|any news|(?:ask|check) (?:about|on) (?:the )?(?:status"
    r"|decision))\b|(?<![^\W\d_])(?:фоллоу\w*|пингану\w*|есть ли новости"
    r"|(?:спросить|узнать|уточнить) (?:про |о )?(?:статус|решение))",
    re.IGNORECASE,
)
"""Words of a task that chases the answer itself ("follow-up: спросить статус"); not one that
tells news or reminds of something else ("рассказать новости про переезд")."""


def _names_another(text: str, name: str) -> bool:
    """Whether a task names, in capitals, something other than the person (by the first four
    letters of a word of their name: "Ольгу" of Ольга) and the words a task opens with."""
    own = {word[:4].casefold() for word in name.split()}
    words = (
        _CAPITALISED.findall(text)[1:] if _CAPITALISED.match(text) else _CAPITALISED.findall(text)
    )
    return any(word[:4].casefold() not in own for word in words)


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][^\W\d_]{2,}")


def _moved(item: DueItem, day: date) -> DueItem:
    """A follow-up moved to the day the owner chose (its last good day moved as far)."""
    if item.kind != "follow_up":
        return item
    latest = item.latest_on + (day - item.due_on) if item.latest_on else None
    return replace(item, due_on=day, latest_on=latest, planned=True)


def _planned_by_another(follow_up: DueItem, planned: list[DueItem]) -> bool:
    """Whether the owner planned this follow-up themselves, to someone else of its process
    (Quartz's, with Mia who said "you'll hear from us", not Hannah who led the round): their
    own task is the follow-up, on the day they chose."""
    interview = follow_up.interview
    return interview is not None and any(
        item.contact is not None
        and item.contact != follow_up.contact
        and item.promise is not None
        and _of_process(item.promise.text, item.promise.path, [interview])
        for item in planned
    )


def _of_process(text: str, path: str, interviews: Iterable[Interview]) -> bool:
    """Whether a task belongs to one of `interviews`: written in its note, or naming its
    company."""
    folded = text.casefold()
    return any(
        path == interview.path or _names(folded, interview.company_name or "")
        for interview in interviews
    )


def _names(folded: str, company: str) -> bool:
    """Whether casefolded words name a company: its name, or its name's first word of four
    letters or more ("Northwind" for Northwind Analytics)."""
    first = company.split()[:1]
    return bool(company) and (
        company.casefold() in folded
        or bool(
            first
            and len(first[0]) >= 4
            and re.search(rf"\b{re.escape(first[0].casefold())}\b", folded)
        )
    )


def owes_first(follow_up: DueItem, items: Iterable[DueItem], today: date) -> bool:
    """Whether the owner owes the person of a follow-up the next move: a reply, a promise of
    the process already due, or one due within two weeks that is not a mere reply."""
    contact = follow_up.contact
    if contact is None:
        return False
    interviews = [follow_up.interview] if follow_up.interview else []
    for item in items:
        if item.contact is None or item.contact.path != contact.path:
            continue
        if item.kind == "reply":
            return True
        promise = item.promise
        if item.kind != "promise" or promise is None:
            continue
        if follow_up.planned and today <= item.due_on < follow_up.due_on:
            continue  # sent before the day the owner chose to chase ("references 📅 12-07")
        if item.due_on <= today and _owed_to_process(promise.text, promise.path, interviews):
            return True
        soon = item.due_on <= today + _OWED and not _CHATTER.search(promise.text)
        if soon and _owed_to_process(promise.text, promise.path, interviews, loosely=False):
            return True
    return False


_CHATTER = re.compile(r"\b(?:reply|answer|confirm)\b", re.IGNORECASE)
"""Words of a debt that may be to anything ("Reply to Bea's party invite", "Confirm dinner"):
one due later holds no follow-up."""


_OWED = timedelta(days=14)
"""How far ahead a promise to the process still makes its next move the owner's: a writing
sample due on Thursday is owed now; an "any news?" before it is sent is out of turn."""


def _owed_to_process(
    text: str, path: str, interviews: list[Interview], loosely: bool = True
) -> bool:
    """Whether a promise belongs to the process: it names what a process asks for (a CV, a
    writing sample, slots; `loosely`, a reply or a confirmation too) or its company."""
    found = _PROCESS_DEBT.search(text)
    if found is not None and (loosely or not _CHATTER.fullmatch(found.group(0))):
        return True
    return _of_process(text, path, interviews)
