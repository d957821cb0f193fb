"""Why a due item is due, in English and Russian: the sentence after each task's name, with
its dates in the notes' compact form ('10 Nov', the year only when it is not this one)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from vaultkit.domain.events import Event
from vaultkit.domain.interviews import Interview
from vaultkit.notes.due_wording import (
    cadence_label,
    channel_label,
    news_label,
    special_label,
)
from vaultkit.rules.due import DueItem
from vaultkit.rules.holds import hold_of
from vaultkit.words import counted, ru_quoted, short_date


def last_contact_label(item: DueItem, language: str, today: date | None = None) -> str:
    """'last: email 35 days ago (2026-10-20)', or that there was none."""
    last = item.last_interaction
    if last is None:
        return "контактов ещё не было" if language == "ru" else "no contact yet"
    how = channel_label(last.channel, language)
    days = item.days_since or 0
    if language == "ru":
        ago = "сегодня" if days == 0 else f"{days} дн. назад"
        return f"последний контакт: {how}, {ago} ({_on(last.on, item, language, today)})"
    ago = "today" if days == 0 else f"{counted(days, 'day', 'days')} ago"
    return f"last: {how} {ago} ({_on(last.on, item, language, today)})"


def reason(item: DueItem, language: str, today: date | None = None) -> str:
    """Why the item is due, in a sentence fragment; its dates show their year when it is not
    `today`'s (the due day's, when not given); where it waits for its contact to be back, when
    that is and where it is said."""
    why = _reason(item, language, today)
    away = item.contact.away if item.contact else None
    if away is None or not item.waited:  # moved to the day they are back (rules/away_items)
        return why
    back, said = _on(away.until, item, language, today), _on(away.said.on, item, language, today)
    where = away.said.path.removesuffix(".md")
    return (
        f"{why}; не на связи до {back} ([[{where}]], {said})"
        if language == "ru"
        else f"{why}; away until {back} ([[{where}]], {said})"
    )


def _reason(item: DueItem, language: str, today: date | None) -> str:
    ru = language == "ru"
    contact = item.contact
    interview = item.interview
    if item.kind in ("reply", "promise"):
        return _owed_reason(item, language, today)
    if item.kind in ("share_news", "event"):
        return _news_reason(item, language, today)
    if item.kind in ("reach_out", "first_touch") and contact is not None:
        tier = (
            ("ключевой" if contact.tier == "key" else "поддерживающий")
            if ru
            else ("key contact" if contact.tier == "key" else "supporting contact")
        )
        if item.kind == "first_touch":
            return (
                f"{tier}: первый контакт, ещё не общались"
                if ru
                else f"{tier}: first touch, no interaction recorded yet"
            )
        cadence = cadence_label(contact.cadence_days, language)
        awaited = contact.awaited
        if awaited is not None and item.due_on <= awaited.by + timedelta(days=3):
            what = " ".join(awaited.said.text.split()).lstrip("-*+ ")
            what = what if len(what) <= 100 else what[:97] + "..."
            said = _on(awaited.said.on, item, language, today)
            by = _on(awaited.by, item, language, today)
            return (
                f"{tier}: обещали к {by} ({said}: {what}), с тех пор ничего"
                if ru
                else f"{tier}: promised by {by} ({said}: {what}), nothing since"
            )
        return f"{tier}, {cadence}; {last_contact_label(item, language, today)}"
    if item.kind == "special_date" and item.special is not None:
        what = special_label(item.special.key, language)
        when = _on(item.due_on, item, language, today)
        if item.years:
            return (
                f"{what}: {counted(item.years, 'год', 'года', 'лет')} {when}"
                if ru
                else f"{what}: {counted(item.years, 'year', 'years')} on {when}"
            )
        return f"{what} {when}" if ru else f"{what} on {when}"
    assert interview is not None
    return _interview_reason(item, interview, language, today)


_TASK_MARKS = re.compile(r"[📅⏳🛫✅➕⏫🔼🔽🔺⏬]\ufe0f?\s*(?:\d{4}-\d{2}-\d{2})?")
"""The Tasks plugin's dates and priorities in a promise's words: the due line has its own."""


def _news_reason(item: DueItem, language: str, today: date | None) -> str:
    """Why an update or a professional date is due: the news they have not heard (since the
    last contact), or the date and whether they attend."""
    ru = language == "ru"
    event = item.event
    if event is not None:
        name = event_name(event)
        name = f"[[{event.path.removesuffix('.md')}|{name}]]" if event.path else name
        when = _on(event.on, item, language, today)
        if event.path:
            return f"{name} {when}: будет там" if ru else f"{name} on {when}: they attend"
        return f"{name} {when}" if ru else f"{name} on {when}"
    told = "; ".join(news_label(news, language) for news in item.news)
    last = item.last_interaction
    since = f" ({_on(last.on, item, language, today)})" if last else ""
    return (
        f"после последнего контакта{since}: {told}"
        if ru
        else f"since you last spoke{since}: {told}"
    )


_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}\s*[-–—]?\s*")


def event_name(event: Event) -> str:
    """An event as a task and a draft name it: its note's title without the date it starts with
    ('2026-12-02 DevFest Berlin' is 'DevFest Berlin')."""
    return _DATED_NAME.sub("", event.name) or event.name


def _owed_reason(item: DueItem, language: str, today: date | None) -> str:
    """Why a reply or a promise is due: how long they have waited, what was promised."""
    ru = language == "ru"
    if item.kind == "reply" and item.last_interaction is not None:
        message = item.last_interaction
        waited = item.days_since or 0
        what = " ".join(message.text.split()).lstrip("-*+ ")
        what = what if len(what) <= 120 else what[:117] + "..."
        if ru:
            since = "сегодня" if waited == 0 else f"ждёт {counted(waited, 'день', 'дня', 'дней')}"
            return f"написал(а) {_on(message.on, item, language, today)}, {since}: {what}"
        since = "today" if waited == 0 else f"waiting {counted(waited, 'day', 'days')}"
        return f"wrote on {_on(message.on, item, language, today)}, {since}: {what}"
    promise = item.promise
    assert promise is not None
    where = f"[[{promise.path.removesuffix('.md')}]]"
    words = " ".join(_TASK_MARKS.sub("", promise.text).split())
    return f"обещано в {where}: {words}" if ru else f"promised in {where}: {words}"


def _interview_reason(
    item: DueItem, interview: Interview, language: str, today: date | None
) -> str:
    """Why an interview item is due: ask for feedback, follow up, or remind once.

    Long because: one sentence per kind of interview item, in two languages, side by side.
    """
    ru = language == "ru"
    about = interview_label(item, language)
    latest = _on(item.latest_on, item, language, today) if item.latest_on else ""
    if item.kind == "request_feedback":
        arrived = _on(interview.result_date or interview.on or item.due_on, item, language, today)
        if interview.harsh_rejection:
            return (
                f"резкий отказ {arrived} ({about}): выждать и попросить обратную связь "
                f"с {_on(item.due_on, item, language, today)}, не позже {latest}"
                if ru
                else f"harsh rejection on {arrived} ({about}): let it rest, then ask for "
                f"feedback from {_on(item.due_on, item, language, today)}, by {latest}"
            )
        return (
            f"отказ {arrived} ({about}): попросить обратную связь в день ответа, не позже {latest}"
            if ru
            else f"rejected on {arrived} ({about}): ask for feedback the day the answer came, "
            f"by {latest} at the latest"
        )
    hold = hold_of(interview, item.contact) if item.kind == "follow_up" else None
    if hold is not None:
        since = _on(hold.since, item, language, today)
        until = _on(hold.until, item, language, today) if hold.until else ""
        if ru:
            until = f", до {until}" if until else ""
            return (
                f"процесс на паузе с {since}{until} ({about}): один раз уточнить, не изменилось "
                f"ли что-то, {_on(item.due_on, item, language, today)}–{latest}, потом не "
                "настаивать"
            )
        until = f", until {until}" if until else ""
        return (
            f"on hold since {since}{until} ({about}): ask once whether anything has changed, "
            f"between {_on(item.due_on, item, language, today)} and {latest}, then let it rest"
        )
    if item.kind == "follow_up":
        held = _on(interview.on, item, language, today) if interview.on else ""
        stage = (interview.stage or "").strip()
        if interview.is_final:
            stage = "финальный этап" if ru else "final stage"
        elif not stage:  # the note names no round: say no more than it does
            stage = "последний этап" if ru else "the last round"
        return (
            f"{stage} {held} ({about}), ответа нет: вежливо уточнить "
            f"{_on(item.due_on, item, language, today)}–{latest}"
            if ru
            else f"{stage} on {held} ({about}) and no answer yet: a polite follow-up "
            f"between {_on(item.due_on, item, language, today)} and {latest}"
        )
    if item.kind == "thank_you":
        return _thanks_reason(item, interview, language, today)
    if item.kind == "answer_offer":
        by = _on(item.due_on, item, language, today)
        return (
            f"оффер ({about}) ждёт ответа до {by}"
            if ru
            else f"the offer ({about}) is open until {by}: give your answer by then"
        )
    if item.kind == "prepare":
        on = _on(item.latest_on, item, language, today) if item.latest_on else ""
        return (
            f"собеседование {on} ({about}): памятка ниже"
            if ru
            else f"interview on {on} ({about}): the brief is below"
        )
    asked = (
        _on(interview.feedback_requested, item, language, today)
        if interview.feedback_requested
        else ""
    )
    return (
        f"обратную связь просили {asked} ({about}), ответа нет: одно мягкое напоминание, "
        "потом не настаивать"
        if ru
        else f"feedback asked for on {asked} ({about}), no answer: one gentle reminder, then "
        "let it go"
    )


def _thanks_reason(item: DueItem, interview: Interview, language: str, today: date | None) -> str:
    """Why a thank-you is due: an offer, a stage passed (then the next steps too), feedback."""
    came = _on(item.due_on, item, language, today)
    latest = _on(item.latest_on, item, language, today) if item.latest_on else ""
    about = interview_label(item, language)
    ahead = interview.result in ("offer", "passed")
    what = {"offer": ("оффер", "offer"), "passed": ("этап пройден", "stage passed")}.get(
        interview.result or "", ("обратная связь", "feedback")
    )
    if language == "ru":
        steps = ", и уточнить следующие шаги" if ahead else ""
        return f"{what[0]} {came} ({about}): поблагодарить, не позже {latest}{steps}"
    steps = ", and ask about the next steps" if ahead else ""
    return f"{what[1]} on {came} ({about}): say thank you, by {latest}{steps}"


def interview_label(item: DueItem, language: str) -> str:
    """'Senior Backend Engineer at Northwind Systems' (or what is known of it); in Russian,
    'Техлид Python в компании «Кодовая Гавань»', the name left in the case it is written in."""
    interview = item.interview
    if interview is None:
        return ""
    company = interview.company_name
    if language == "ru":  # "Техлид Python в компании «Кодовая Гавань»": no case to get wrong
        company = company and ru_quoted(company)
    parts = [part for part in (interview.position, company) if part]
    return (" в компании " if language == "ru" else " at ").join(parts) or interview.title


def _on(day: date, item: DueItem, language: str, today: date | None) -> str:
    """A date in a reason: '10 Nov', with the year when it is not this year's."""
    return short_date(day, language, today or item.due_on)
