"""Who to write to, when and why: cadence check-ins, first touches, special dates and the
interview follow-ups of the feedback-timing rules. Pure: everything comes in, `today` too."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial
from typing import Literal, get_args

from vaultkit.config import DueSettings
from vaultkit.domain.contacts import Contact
from vaultkit.domain.events import Event
from vaultkit.domain.interactions import Interaction, reply_owed
from vaultkit.domain.interviews import Interview
from vaultkit.domain.news import News
from vaultkit.domain.owed_words import not_owed, set_aside
from vaultkit.domain.promise_words import only_a_word, opening_day, waits_for_event
from vaultkit.domain.promises import Promise, greets_on
from vaultkit.domain.rounds_ahead import RoundAhead
from vaultkit.domain.said_in_passing import Told
from vaultkit.domain.special_dates import is_birthday
from vaultkit.rules.away_items import after_return
from vaultkit.rules.due_item import INTERVIEW_KINDS as INTERVIEW_KINDS
from vaultkit.rules.due_item import Bucket as Bucket
from vaultkit.rules.due_item import DueItem as DueItem
from vaultkit.rules.due_item import DueKind as DueKind
from vaultkit.rules.due_item import contact_item
from vaultkit.rules.due_promises import ANSWERING as _ANSWERING
from vaultkit.rules.due_promises import (
    owes_first,
    promised_in_answer,
    promises_due,
    writing_anyway,
)
from vaultkit.rules.interview_items import UNDATED_REJECTION_DAYS as UNDATED_REJECTION_DAYS
from vaultkit.rules.interview_items import (
    answered_elsewhere,
    interview_items,
    next_round_of,
    process_of,
    told_in_passing,
    working_days_after,
)
from vaultkit.rules.news_items import (
    event_items,
    news_item,
    role_change_item,
    told_in_updates,
)
from vaultkit.rules.offer_items import offer_items, offers_answered_once
from vaultkit.rules.process_notes import followed_in_process
from vaultkit.rules.recruiters import recruiter_of
from vaultkit.rules.special import is_yearly, next_occurrence
from vaultkit.rules.their_word import with_deadlines_told, with_their_word


@dataclass(frozen=True, slots=True)
class Happenings:
    """What happened or is coming that is worth a message: news and professional dates."""

    news: tuple[News, ...] = ()
    """News of the last days worth telling (the search's status and what was logged)."""
    hired: News | None = None
    """The day the search ended with a new role, however long ago."""
    events: tuple[Event, ...] = ()
    """Professional dates within the reminder's reach."""
    decided: Mapping[str, tuple[Told, ...]] = field(default_factory=dict)
    """Decisions that lines elsewhere tell of a company's process, by the company note's path
    (domain/said_in_passing.py)."""
    mentioned: frozenset[str] = frozenset()
    """Contacts with no interaction whom a dated line names without a link ("скан Виктории"):
    no first touch is drafted to them (domain/named_tasks.mentioned)."""
    rounds: Mapping[str, tuple[RoundAhead, ...]] = field(default_factory=dict)
    """Rounds that lines tell of before their day, by the company note's path
    (domain/rounds_ahead.py)."""
    answered: Mapping[str, date] = field(default_factory=dict)
    """The day a line elsewhere says an offer was answered, by the company note's path."""
    deadlines: Mapping[str, date] = field(default_factory=dict)
    """The day notes elsewhere that tell of an offer give it to be answered by, by the company
    note's path (offer_deadline.deadlines_in_passing)."""


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
    if item.kind in ("reply", "answer_offer"):
        return "replies"
    if item.kind == "promise":
        return "promised"
    if item.kind == "prepare":
        return "prepare"
    if item.kind in ("special_date", "event"):
        return "special_dates"
    if item.kind == "share_news":
        return "news"
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
        if last is None and not contact.undated_log:  # a log vaultkit cannot date is no
            items.append(  # "we have not met": the note's warning says how to date it
                DueItem("first_touch", today, None, contact, None, None, None, None, None, language)
            )
        elif last is not None:
            due_on = last.on + timedelta(days=contact.cadence_days)
            if contact.awaited is not None:  # they said they would, by a time now passed
                due_on = min(due_on, working_days_after(contact.awaited.by, 1))
            if due_on <= today + timedelta(days=settings.coming_up_days):
                items.append(contact_item("reach_out", due_on, contact, last, today, language))
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
    names = (contact.name.split()[0],) if contact.name.strip() else ()
    message = reply_owed(contact.interactions, today, settings.reply_within_days, names)
    if message is not None and promised_in_answer(message, contact.promises):
        message = None  # "просит cv на англ. обещал до 8.12": the promise is the answer
    if message is not None:
        items.append(
            contact_item("reply", message.on, contact, message, today, language, latest=message.on)
        )
    for promise in contact.promises:
        if message is not None and _ANSWERING.search(promise.text):
            continue  # "- [ ] ответить Michael", "write Raj back": the reply already listed
        if _spoken_since(promise, contact.interactions, today):
            continue  # "- [ ] ask Martin re reference" (13 Nov), then "17/11 - called him"
        if not_owed(promise.text):
            continue  # "read his blog post", "ask Karthik?? (asked, see [[Atlassian]])"
        if promise.due_on is None and set_aside(promise.text):
            continue  # "tell him about Kleur silence? nah", "(позже, когда будет финал)"
        waits = waits_for_event(promise.text)  # "после скрина в Wolt написать Диме": not yet
        due_on = promise.due_on or opening_day(promise.text, today)  # "15 янв пнуть если …"
        due_on = due_on or (None if waits else promise.made_on) or today
        last = contact.last_interaction
        items.append(contact_item("promise", due_on, contact, last, today, language, promise))
    return items


def _spoken_since(promise: Promise, interactions: tuple[Interaction, ...], today: date) -> bool:
    """Whether a promise of only a word to the contact, made on a known day and due by now, was
    met by a talk of the owner's with them on a later day (not their word alone, nor a
    property's stale date)."""
    made = promise.made_on
    if made is None or (promise.due_on or made) > today or not only_a_word(promise.text):
        return False
    since = max(made + timedelta(days=1), promise.due_on or made)  # "call Tom on results day"
    return any(
        i.on >= since
        and i.source != "property"
        and i.turn.by != "them"
        and not _UNANSWERED.search(i.text)
        for i in interactions
    )


_UNANSWERED = re.compile(
    r"не дозвон\w*|не бер[её]т|не взял\w*|не ответил\w*|no answer|voicemail|didn'?t pick up"
    r"|missed (?:the |a |my )?call|no reply|left a message|занято|не смогл\w*|не получилось"
    r"|сбросил\w*|no luck|couldn'?t reach|could not reach|no response|забыл\w*|forgot",
    re.IGNORECASE,
)
"""A talk that did not happen or did not do it: a call no one took, a message left, a question
forgotten ("Про онколл спросить забыла")."""


def _open_processes(
    interviews: tuple[Interview, ...], news: Happenings, today: date
) -> list[Interview]:
    """The interviews whose process waits on them: not answered or gone on in another note of
    its company, nor in a line elsewhere; with the day of the next round a line elsewhere
    tells of ("Nordlight зовет на final 10/12"), where one does."""
    processes = process_of(interviews)
    by_company: dict[str | None, list[Interview]] = {}
    for interview in interviews:
        by_company.setdefault(processes[interview.path], []).append(interview)
    waiting = []
    for interview in interviews:
        process = processes[interview.path]
        if process is not None and answered_elsewhere(interview, by_company[process], today):
            continue  # the company's process went on, or ended, in another note
        interview = followed_in_process(interview, by_company.get(process, []))
        ahead = next_round_of(interview, news.rounds, news.decided, today)
        held = next_round_of(interview, news.rounds, news.decided, today, held=True)
        if ahead is not None:
            waiting.append(replace(interview, next_on=ahead))
        elif told_in_passing(interview, news.decided):
            continue  # it went on, or ended, in a line elsewhere
        elif held is not None:  # "финал в пятницу 4.12", told on 27.11: it went on to it
            waiting.append(replace(interview, on=held))
        else:
            waiting.append(interview)
    return waiting


def compute(
    contacts: tuple[Contact, ...],
    interviews: tuple[Interview, ...],
    settings: DueSettings,
    today: date,
    vault_language: Literal["en", "ru"],
    news: Happenings | None = None,
) -> DueReport:
    """The due report for `today`; `news`: the news worth telling and the professional dates
    ahead."""
    news = news or Happenings()
    by_path = {contact.path: contact for contact in contacts}

    def language_for(contact: Contact | None) -> Literal["en", "ru"]:
        if contact is not None and contact.language_written:
            return contact.language
        if settings.draft_language != "auto":
            return settings.draft_language
        return contact.language if contact else vault_language

    items: list[DueItem] = []
    for contact in contacts:
        language = language_for(contact)
        found = _contact_items(contact, settings, today, language)
        if contact.path in news.mentioned:
            found = [item for item in found if item.kind != "first_touch"]  # known, not new
        items.extend(found)
        if contact.status != "active":
            continue
        items.extend(event_items(contact, news.events, today, language))
        moved = role_change_item(contact, today, settings.remind_ahead_days, language)
        if moved is not None:
            items.append(moved)
        snoozed = contact.snooze_until is not None and today < contact.snooze_until
        update = None if snoozed else news_item(contact, news.news, today, language)
        if update is not None:
            items.append(update)
    reach = today + timedelta(days=settings.coming_up_days)
    for interview in _open_processes(interviews, news, today):
        recruiter = recruiter_of(interview, contacts, by_path)
        interview = with_their_word(interview, recruiter)  # "we'll be in touch by Friday"
        found = interview_items(interview, recruiter, settings, today, language_for(recruiter))
        if recruiter is not None and recruiter.stopped_by is not None:
            found = [i for i in found if i.kind == "prepare"]  # "Всё, больше не пишу."
        items.extend(item for item in found if item.due_on <= reach)  # "until January": later
    write_to = partial(recruiter_of, contacts=contacts, by_path=by_path)
    offered = with_deadlines_told(interviews, news.deadlines)  # in a daily note only
    items.extend(offer_items(offered, write_to, language_for, today, news.answered))
    items = promises_due(items, interviews, reach)
    items = offers_answered_once(items)
    items = told_in_updates(_one_nudge_each(items, settings, today), news.hired, today)
    items = after_return(items, today, reach)  # "я ушла в отпуск до 14 декабря": on the 14th
    items.sort(key=lambda item: (item.due_on, item.contact.name if item.contact else "", item.kind))
    order: tuple[Bucket, ...] = get_args(Bucket)  # the note's order
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
    "thank_you": "ty",
    "prepare": "pp",
    "share_news": "nw",
    "event": "ev",
    "answer_offer": "ao",
}
"""Two-letter codes of item kinds, as they appear in block ids."""


def _one_nudge_each(items: list[DueItem], settings: DueSettings, today: date) -> list[DueItem]:
    """A contact whose interview already has its follow-up gets no check-in brought forward by
    what they said they would send (the follow-up asks about it): the check-in keeps its
    cadence's day, if that is within the list's reach. A contact owed a reply gets no separate
    thank-you, one owed the next move no "any news?" (rules/due_promises.py), and one greeted
    on a special day no task of that day besides ("- [ ] ДР 14.12!"); one the owner promised
    to write to within a week no check-in already due besides ("- [ ] Кате из Miro
    еще раз пнуть")."""
    followed = {item.contact.path for item in items if item.kind == "follow_up" and item.contact}
    owed = {item.contact.path for item in items if item.kind == "reply" and item.contact}
    greeted = {
        (i.contact.path, (i.due_on.month, i.due_on.day))
        for i in items
        if i.kind == "special_date" and i.contact
    }
    kept = []
    for item in items:
        contact = item.contact
        if item.kind == "thank_you" and contact and contact.path in owed:
            continue  # the reply they wait for thanks them too
        promise = item.promise
        if (
            promise
            and contact
            and (contact.path, greets_on(promise.text, promise.due_on)) in greeted
        ):
            continue  # "- [ ] ДР 14.12!": the birthday's own item says it
        if item.kind == "follow_up" and owes_first(item, items, today):
            continue  # the owner owes them first: "any news?" would be the wrong way round
        if item.kind == "reach_out" and writing_anyway(item, items, today):
            continue
        if item.kind == "reach_out" and contact and contact.awaited and contact.path in followed:
            last = contact.last_interaction
            assert last is not None
            due_on = last.on + timedelta(days=contact.cadence_days)
            if due_on > today + timedelta(days=settings.coming_up_days):
                continue
            item = replace(item, due_on=due_on)
        kept.append(item)
    return kept


def item_key(item: DueItem) -> str:
    """The block id a due item's task line carries (without the ^); a promise's is its own,
    which its recorded line carries back (domain/promises.py)."""
    if item.promise is not None:
        return item.promise.block_id
    parts: tuple[str, ...] = (
        item.kind,
        item.contact.path if item.contact else "",
        item.interview.path if item.interview else "",
        item.special.key if item.special else "",
        item.due_on.isoformat(),
    )
    if item.event is not None:  # after the others, so that no other item's id changes
        parts += (item.event.name,)
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]
    return f"vk-{KIND_CODES[item.kind]}-{digest}"
