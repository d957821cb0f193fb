"""The day an offer must be answered by, as the notes of its process say it: a property
(`offer_deadline: 2026-12-08`, `дедлайн_оффера`, `deadline`), or a line since the offer that
names the deadline ("ответить до вторника 08.12", "Offer expires Fri Dec 11 5pm", "Дедлайн
был 08.12, Мариам сдвинула на 09.12"); the latest of them, as a deadline is moved on, seldom
back. ANSWERED once a line since the offer says the owner answered it ("accepted the offer",
"подписал оффер")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from vaultkit.domain.outcomes import Outcome
from vaultkit.keys import canonical
from vaultkit.model import Note
from vaultkit.parse.dates import as_date, dates_by, next_weekday

_DEADLINE = re.compile(
    r"(?<![^\W\d_])(?:deadline|expires?|expiry|expiring|valid (?:until|till)|(?:reply|respond"
    r"|answer|decide|get back to)(?:\s+[^\W\d_]+)?\s+by|decision by|дедлайн\w*|срок\w* ответа"
    r"|(?:ответить|ответ|решить|решение|подписать)\s+(?:им\s+|ей\s+|ему\s+)?до)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that give an offer's deadline (not "до 08.12" alone: a take-home's, a trip's)."""
_OFFER = re.compile(r"(?<![^\W\d_])(?:offer\w*|оффер\w*|офер\w*)(?![^\W\d_])", re.IGNORECASE)
_ANSWERED = re.compile(
    r"(?<![^\W\d_])(?:(?:accepted|signed|declined|answered|turned down)\s+(?:the|their|it"
    r"|an?)\b|turned (?:it|them) down|said yes|said no|принял[а]?|подписал[а]?"
    r"|согласил(?:ся|ась)|отказал(?:ся|ась) от (?:оффера|офера)|ответ на оффер дан)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""The owner's answer to the offer, told since it came."""
_DENIED = re.compile(
    r"(?<![^\W\d_])(?:not|не|haven'?t|didn'?t|ещё не|еще не)\s+$"
    r"|(?:\b(?:they|she|he|the company)|(?<![^\W\d_])(?:они|она|он)|[A-ZА-ЯЁ][a-zа-яё]+)\s+$"
)
"""Before the verb: it is denied ("haven't accepted"), or someone else's ("Мариам приняла
counter", "they accepted the counter")."""
_WEEKDAY = re.compile(
    r"(?<![^\W\d_])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:понедельник|вторник|сред|четверг"
    r"|пятниц|суббот|воскресень)[а-яё]*",
    re.IGNORECASE,
)
_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")
_ASKING_MORE = re.compile(
    r"(?<![^\W\d_])(?:попросить|просить|спросить|ask(?: for| them| to)?|request|want to|хочу)"
    r"(?:\s+[^\W\d_]+)?\s+(?:продл|extend|extension|an extension|сдвин|перенес)",
    re.IGNORECASE,
)
"""A deadline the owner means to ask for, not the one set."""
_WITHIN_DAYS = 60
"""An offer's deadline is at most this many days after it came; a later date is a start date."""


ANSWERED = date.min
"""What offer_answer_by gives for an offer a line since says was answered."""


def offer_by(
    note: Note, company: Note | None, outcome: Outcome, told: Outcome | None, today: date | None
) -> date | None:
    """The day the offer that an interview's outcome, or its company's note (`told`), tells of
    must be answered by (offer_answer_by of the two notes); None where no offer is told."""
    offered = [o.on for o in (outcome, told) if o and o.result == "offer" and o.on]
    return offer_answer_by((note, company), max(offered), today) if offered and today else None


def offer_answer_by(notes: Iterable[Note | None], offered_on: date, today: date) -> date | None:
    """The latest deadline that `notes` (the interview's and its company's) give the offer that
    came on `offered_on`; None where none is given; ANSWERED where a line since says the owner
    answered it ("accepted the offer", a tick's "answered the offer")."""
    found: list[date] = []
    for note in notes:
        if note is None:
            continue
        for prop in note.properties:
            key = canonical(prop.key)
            if key in ("offer_deadline", "deadline") and (day := as_date(prop.value)):
                found.append(day)
        for on, line in _lines(note):
            if (on is None or on >= offered_on) and _answered(line):
                return ANSWERED
            found.extend(_deadlines(line, on or offered_on, offered_on))
    ahead = [day for day in found if 0 <= (day - offered_on).days <= _WITHIN_DAYS]
    return max(ahead, default=None) if today - offered_on <= timedelta(days=_WITHIN_DAYS) else None


def _lines(note: Note) -> list[tuple[date | None, str]]:
    """The note's dated lines (with their day) and its other lines (without): its open tasks
    too, for the day they give ("- [ ] decide by Fri 12/11"), never as an answer given."""
    dated = [(entry.on, entry.text) for entry in note.entries]
    said = {text for _, text in dated}
    plain = [
        (None, line)
        for section in note.sections
        for line in section.content.split("\n")
        if line.strip() and not any(text in line for text in said)
    ]
    return [*dated, *plain]


def _answered(line: str) -> bool:
    """Whether a line says the owner answered the offer, not asking or supposing it."""
    found = _ANSWERED.search(line)
    return (
        found is not None
        and "[ ]" not in line
        and _OFFER.search(line) is not None
        and not _DENIED.search(line[: found.start()])
        and not _SUPPOSED.search(line)
    )


_SUPPOSED = re.compile(r"\?|(?<![^\W\d_])(?:if|whether|если|ли)(?![^\W\d_])", re.IGNORECASE)


def _deadlines(line: str, on: date, offered_on: date) -> list[date]:
    """The day a line gives as the deadline: the last date after its deadline word ("Дедлайн
    был 08.12, сдвинули на 09.12"; "12/4" read either way round, as its window allows), else
    the weekday it names after the line's day; none where it asks for another ("попросить
    продлить дедлайн до 14.12")."""
    found = _DEADLINE.search(line)
    if found is None or _ASKING_MORE.search(line):
        return []
    after = line[found.start() :]
    anchor = max(on, offered_on)
    swapped = _SLASHED.sub(lambda m: f"{m['b']}.{m['a']}", after)
    days = [
        day
        for day in (*dates_by(after, anchor), *dates_by(swapped, anchor))
        if 0 <= (day - offered_on).days <= _WITHIN_DAYS
    ]
    if days:
        return days[-1:]
    weekday = _WEEKDAY.search(after)
    day = next_weekday(weekday.group(0), on) if weekday else None
    return [day] if day is not None else []
