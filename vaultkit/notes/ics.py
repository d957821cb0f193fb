"""Due items as an iCalendar file: all-day events whose UIDs stay the same from run to run, so
calendar apps update an event when its day moves instead of adding a second one."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from vaultkit.notes.due_reasons import reason
from vaultkit.notes.due_wording import share
from vaultkit.rules.due import DueItem, DueReport

PRODUCT_ID = "-//vaultkit//due contacts//EN"
"""The PRODID of generated calendars."""


def item_uid(item: DueItem) -> str:
    """A stable id: the same item (who, which interview, what kind) keeps it on every run."""
    special = item.special.key if item.special else ""
    year = str(item.due_on.year) if item.kind == "special_date" else ""
    parts = (
        item.kind,
        item.contact.path if item.contact else "",
        item.interview.path if item.interview else "",
        special,
        year,
    )
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
    return f"{digest}@vaultkit"


ICS_VERBS: dict[str, dict[str, str]] = {
    "en": {
        "reply": "Reply to",
        "promise": "Keep your word to",
        "reach_out": "Write to",
        "first_touch": "First touch:",
        "special_date": "Congratulate",
        "request_feedback": "Ask for feedback:",
        "follow_up": "Follow up:",
        "feedback_reminder": "Feedback reminder:",
        "thank_you": "Thank",
        "answer_offer": "Answer the offer:",
        "prepare": "Prepare for",
        "share_news": "Tell your news:",
        "event": "Write to",
    },
    "ru": {
        "reply": "Ответить:",
        "promise": "Сделать обещанное:",
        "reach_out": "Написать",
        "first_touch": "Познакомиться:",
        "special_date": "Поздравить",
        "request_feedback": "Попросить обратную связь:",
        "follow_up": "Уточнить статус:",
        "feedback_reminder": "Напомнить об обратной связи:",
        "thank_you": "Поблагодарить:",
        "answer_offer": "Ответить на оффер:",
        "prepare": "Подготовиться:",
        "share_news": "Рассказать новости:",
        "event": "Написать",
    },
}
"""How an event's summary starts, by language and item kind."""


def _summary(item: DueItem, language: str) -> str:
    name = (
        item.contact.name
        if item.contact
        else (item.interview.company_name if item.interview and item.interview.company_name else "")
    )
    return f"{ICS_VERBS['ru' if language == 'ru' else 'en'][item.kind]} {name}".strip()


def dumps(report: DueReport, language: str, stamp: date) -> bytes:
    """The calendar of `report` as iCalendar bytes; `stamp` dates the events (DTSTAMP)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add(
        "x-wr-calname", "vaultkit: кому написать" if language == "ru" else "vaultkit: due contacts"
    )
    stamped = datetime(stamp.year, stamp.month, stamp.day, tzinfo=UTC)
    for item in report.items:
        event = Event()
        event.add("uid", item_uid(item))
        event.add("dtstamp", stamped)
        event.add("dtstart", item.due_on)
        event.add("dtend", item.due_on + timedelta(days=1))
        event.add("summary", _summary(item, language))
        topics = share(item, language)
        label = "Что рассказать" if language == "ru" else "Share"
        event.add(
            "description",
            reason(item, language, report.today) + (f"\n{label}: {topics}" if topics else ""),
        )
        event.add("categories", [item.kind])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return bytes(calendar.to_ical())
