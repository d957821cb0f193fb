"""Rounds the vault tells of before their day, in passing: a dated line elsewhere that names
one company, a round and a later day ("созвон с Milan: Nordlight зовет на final!! 10 декабря
15:00", "Lena (recruiter Mosaic): screen 8/12 11:00", "Nordlight: следующий этап в четверг"),
or a line of the company's own note naming a round and its day ("5. Final — **10/12 15:00**").
Read once per build from the whole vault; never remembered between builds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from vaultkit.domain.company_folder import works_at
from vaultkit.domain.name_forms import named_in
from vaultkit.domain.promise_words import due_of
from vaultkit.domain.said_in_passing import KeyedLine, company_index
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.dates import dates_in, next_weekday

RoundAhead = tuple[date, date | None, str]
"""A round told before its day: the round's day, the day of the line telling it (None for a
company note's own undated line), and the note that tells it."""

SCHEDULED_WITHIN_DAYS = 45
"""A round's day is at most this many days after the line telling it (a later date on the line
is something else: an offer's deadline, a start date)."""

CALLED_OFF = re.compile(
    r"\b(?:cancel\w*|called off|won'?t (?:happen|take place|be held)|no longer"
    r"|not (?:invited|happening|going|moving)|no (?:final|onsite|next)|unless|if\b|in case"
    r"|maybe|might|hop(?:e|es|ing)|(?:'ll|will) (?:schedule|book|set up|arrange)"
    r"|to be (?:scheduled|booked|confirmed)|back from (?:\w+ )?leave)\b"
    r"|(?<![^\W\d_])(?:отмен\w*|не (?:будет|состоится|пойду|зовут|позвали|прош\w+)"
    r"|если(?! что)|может быть|возможно|наверное|надеюсь|вдруг)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a round called off, denied, only hoped for or still to be booked ("final
отменили", "no onsite on Dec 9", "если пройду, final 10/12", "Dev back from paternity leave —
they'll schedule the final after that"); "если что" is only an aside."""
_ROUND_WORD = re.compile(
    r"(?<![^\W\d_])(?:finals?|final round|финал\w*|onsite|on-site|next (?:round|stage|step)"
    r"|(?:second|third|tech|technical|final|next) round|technical|tech (?:interview|screen)"
    r"|stage [1-9]"
    r"|техническ\w*|техничк\w*|техсобес\w*|техинтервью|тех[.-]? ?(?:собес\w*|интервью|этап)"
    r"|собес\w*"
    r"|интервью|interview|скрининг\w*|screening|screen|кейс|case study|system design|раунд\w*"
    r"|live coding|лайвкодинг|следующ\w+ этап|встреч\w+ с (?:cto|ceo|hm|нанимающ\w+)"
    r"|(?:hr |hm |phone |tech )?scrn|vo|oa|virtual onsite|superday|super day"
    r"|hiring manager|hm (?:call|interview|screen|round|chat))(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a round of the owner's process ("final", "тех собес", "onsite", "screen", "HM
call")."""
_MY_ROUND = re.compile(
    r"(?<![^\W\d_])(?:зов[её]т|зовут|позвал\w*|пригласил\w*|назначил\w*|назначен\w*"
    r"|invited|invite|инвайт\w*|scheduled|booked|confirmed|подтвердил\w*|слот\w*|slots?"
    r"|следующ\w+ этап|next (?:round|stage|step)|my|me|мне|меня|мой|мою|моё|мое|со мной"
    r"|перенес\w*|перенёс\w*|moved|rescheduled)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that make a round the owner's ("зовет на final", "invited me", "назначили",
"подтвердила", "my onsite")."""
_NOT_A_ROUND = re.compile(
    r"(?<![^\W\d_])(?:meetup|митап\w*|webinar|вебинар\w*|conference|конференц\w*|podcast"
    r"|подкаст\w*|blog|блог\w*|funding|инвестиц\w*|deadline|дедлайн\w*|сдать|submit\w*"
    r"|glassdoor|отзыв\w*|article|статья|posted|опубликую\w*|выйдет|прошл\w+ год\w*"
    r"|last year|ago|назад|answer|ответ\w*|decision|решени\w*|reply|был|была|было|were|was"
    r"|уточнить|he|she|his|her|him|their|them|friend|colleague|друг|подруг\w*|коллег\w*|он|она"
    r"|ему|ей|candidates?|кандидат\w*|interviewer|интервьюер\w*"
    r"|его|её|ее|отказ\w*|reject\w*|offer\w*|оффер\w*)(?![^\W\d_])|\?",
    re.IGNORECASE,
)
"""Words of a line about something else than the owner's round ahead: an event, a deadline,
an awaited answer, the past, someone else's round, a question, a decision."""


_SOMEONE_INVITED = re.compile(
    r"(?<![\w])[А-ЯЁ][а-яё]{2,}[ую]\s+(?:[^\s.!?]+\s+){0,4}(?:позвали|пригласили|зовут)"
)
"""Someone named invited, not the owner ("Катю из нашего чата позвали на финал")."""
_DIGIT = re.compile(r"\d")
_LINKS = re.compile(r"\[\[[^\]\n]*\]\]")


def round_line(text: str, own_note: bool = False) -> bool:
    """Whether a line tells of a round of the owner's ahead: a round word, a word that makes
    it the owner's (the company's own note needs none: "5. Final — 10/12 15:00"), nothing of
    something else, and not called off."""
    if not _ROUND_WORD.search(text) or CALLED_OFF.search(text) or _NOT_A_ROUND.search(text):
        return False
    if _SOMEONE_INVITED.search(text):
        return False  # "Катю из нашего чата позвали в Ozon на финал"
    if _SLOTS_OFFERED.search(text) and _ONE_OF_DAYS.search(text) and not _PICKED.search(text):
        return False  # "screen slots Dec 8 / 9 / 10": the owner is still to pick one
    return own_note or bool(_MY_ROUND.search(text))


_SLOTS_OFFERED = re.compile(
    r"(?<![^\W\d_])(?:slots|time ?slots|слоты|слотов|окна|окон)(?![^\W\d_])",
    re.IGNORECASE,
)
_ONE_OF_DAYS = re.compile(
    r"(?<![\d:])\d{1,2}(?![\d:])\s*(?:/|or|или|,)\s*(?:[^\W\d_]{2,}\.?\s+)?(?<![\d:])\d{1,2}"
    r"(?![\d:])(?!\s*(?:am|pm))",
    re.IGNORECASE,
)
"""Days offered to choose from ("Dec 8 / 9 / 10", "8, 9 или 10 декабря"), not one booked (nor
hours: "10:00 / 11:30")."""
_PICKED = re.compile(
    r"(?<![^\W\d_])(?:booked|picked|chose|chosen|confirmed|went with|взял\w*|выбрал\w*"
    r"|назначил\w*|подтвердил\w*|забронировал\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""One of them taken ("— booked Dec 9, 10:00", "взяла среду")."""


_WEEKDAY_AHEAD = re.compile(
    r"(?<![^\W\d_])(?:(?:on|this|next|coming)\s+(?P<en>mon|tue|wed|thu|fri|sat|sun)[a-z]*"
    r"|(?:во?|к|на|в\s+этот|в\s+эту)\s+(?P<ru>пн|вт|ср|чт|пт|понедельник|вторник|сред[уа]"
    r"|четверг|пятниц[уа]|суббот[уа]|воскресенье))(?![^\W\d_])",
    re.IGNORECASE,
)
"""A weekday the round is on, said the way a log says it ("в четверг", "on Thursday")."""


def rounds_ahead(
    graph: VaultGraph, lines: list[KeyedLine], today: date
) -> dict[str, tuple[RoundAhead, ...]]:
    """For each company note's path, the rounds that lines tell of before their day: the
    vault's dated lines (`lines`: keyed_lines) with a later day, and its own note's lines with
    a day from `today` to a month on."""
    index = company_index(graph)
    found: dict[str, set[RoundAhead]] = {}
    if not index:
        return {}
    for on, text, source, keys in lines:
        named = {path for _, path in named_in(index, text, keys)} if keys else set()
        if not named and graph.kinds.get(source) == "contact":
            named = works_at(graph, source)  # "Ольга написала: … техсобес назначили на 8 декабря"
        if len(named) != 1:
            continue  # no company, or two: whose round it is cannot be told
        bare = _LINKS.sub("", text)
        if not (_DIGIT.search(bare) or _WEEKDAY_AHEAD.search(bare)) or not round_line(text):
            continue  # no day ("[[Anna 1739]]" is none), or no round
        day = day_ahead(text, on)
        if day is not None:
            found.setdefault(named.pop(), set()).add((day, on, source))
    for day, told_on, source, text in _round_tasks(graph, today):
        named = {path for _, path in named_in(index, text)}
        if len(named) == 1 and day >= today:
            found.setdefault(named.pop(), set()).add((day, told_on, source))
    for note in graph.of_kind("company"):
        for section in note.sections:
            for line in section.content.split("\n"):
                if not _DIGIT.search(_LINKS.sub("", line)) or not round_line(line, own_note=True):
                    continue
                ahead = [d for d in dates_in(line, today) if 0 <= (d - today).days <= 31]
                if ahead:
                    found.setdefault(note.path, set()).add((min(ahead), None, note.path))
        for entry in note.log_as_of(today):  # "- 12/10 — HM call (scheduled)", month first
            if 0 <= (entry.on - today).days <= 31 and round_line(entry.text, own_note=True):
                found.setdefault(note.path, set()).add((entry.on, None, note.path))
    return {path: tuple(sorted(told, key=_order)) for path, told in found.items()}


def is_round_task(text: str) -> bool:
    """Whether an open task is a round itself, not a promise (see round_task_day): a round's
    words first, nothing called off, and its own day or an hour written ("HR scrn Tue 12/8,
    2pm CT"; not "Кейс с дашбордом — до 4.12!!", a deadline)."""
    if not _opens_with_round(text):
        return False
    return due_of(text) is not None or bool(_HOUR.search(text))


def _opens_with_round(text: str) -> bool:
    """Whether a task's words open with a round, call nothing off, and do nothing about the
    round ("Lena — interview prep notes: send her my doc", "Nebo — раунд торга: ответить")."""
    return bool(
        ROUND_OPENING.match(text)
        and not CALLED_OFF.search(text)
        and not _ABOUT_A_ROUND.search(text)
    )


_ABOUT_A_ROUND = re.compile(
    r":\s+[^\W\d_]|→|->|(?<![^\W\d_])(?:prep\w*|подготов\w*|availability|slots?|слот\w*|times"
    r"|decision|answer|решени\w*|ответ\w*"
    r"|confirm\w*|подтверд\w*|раунд\w* (?:торга|переговоров|инвестиц\w*))",
    re.IGNORECASE,
)
"""A task about a round rather than the round ("…: скинуть резюме"), or a round of something
else (a negotiation's, a funding's)."""


_HOUR = re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|(?<![\d.:])\d{1,2}:\d{2}\b", re.IGNORECASE)
"""An hour as a round is booked at ("2pm", "10:30")."""


def round_task_day(text: str, near: date | None = None) -> date | None:
    """The day of an open task that is a round itself: its words open with a round and give
    its day ("- TODO техсобес [[Kaspi]] с [[Ержан]], 11:00" with `SCHEDULED: <2026-12-08>`,
    "- [ ] final round Nordlight 📅 2026-12-10", "- [ ] **HR scrn Tue 12/8, 2pm CT**" read
    `near` a day), and call nothing off; else None."""
    if not _opens_with_round(text):
        return None
    due = due_of(text)
    if due is None and near is not None:
        ahead = [d for d in dates_in(text, near) if 0 <= (d - near).days <= SCHEDULED_WITHIN_DAYS]
        due = min(ahead, default=None)
    return due


ROUND_OPENING = re.compile(
    rf"\W*(?:[^\W\d_][\w.&]*(?: [\w.&]+)? [—–:-] )?(?:follow-?up )?"
    rf"(?:{_ROUND_WORD.pattern})",
    re.IGNORECASE,
)
"""Words that open with a round, after its company's name at most ("Onsite (4 sessions)",
"техсобес с Ержаном", "Iveria — раунд с Levan", "follow-up interview 15.12. with the CTO")."""


def _round_tasks(graph: VaultGraph, today: date) -> list[tuple[date, date | None, str, str]]:
    """Each open task of the vault that is a round (is_round_task): its day, the day of the
    note it is in (if known), the note, its words."""
    found = []
    for path, note in graph.notes.items():
        near = graph.daily_dates.get(path) or today
        for task in note.tasks:
            day = round_task_day(task.text, near) if task.open else None
            if day is not None:
                found.append((day, graph.daily_dates.get(path), path, task.text))
    return found


def _order(told: RoundAhead) -> tuple[date, date]:
    return told[1] or date.min, told[0]


def day_ahead(text: str, on: date) -> date | None:
    """The day after `on` a line dated `on` gives its round: a date it writes, else a weekday
    it names (the next such day)."""
    later = [d for d in dates_in(text, on) if 0 < (d - on).days <= SCHEDULED_WITHIN_DAYS]
    if later:
        return min(later)
    weekday = _WEEKDAY_AHEAD.search(text)
    if weekday is None:
        return None
    return next_weekday(weekday["en"] or weekday["ru"], on)


def round_ahead(
    company: str | None,
    since: date | None,
    rounds: Mapping[str, tuple[RoundAhead, ...]],
    decided_since: date | None,
    today: date,
) -> date | None:
    """The day of the company's next round still ahead of `today`, told on or after `since`
    (an interview's day) and not followed by a decision (`decided_since`: the day of the first
    decision told after it); the latest telling wins ("final moved to the 12th")."""
    told = [day for day in _told(company, since, rounds, decided_since) if day >= today]
    return told[-1] if told else None


def round_held(
    company: str | None,
    since: date | None,
    rounds: Mapping[str, tuple[RoundAhead, ...]],
    decided_since: date | None,
    today: date,
) -> date | None:
    """The day of the company's latest round told ahead of its day that has come by `today`
    ("Јелена из [[Nebo Labs]] написала: финал в пятницу 4.12"), after `since` (an interview's
    day) and told before any decision: the process went on to it."""
    if since is None:
        return None
    told = _told(company, since, rounds, decided_since)
    return max((day for day in told if since < day < today), default=None)


def _told(
    company: str | None,
    since: date | None,
    rounds: Mapping[str, tuple[RoundAhead, ...]],
    decided_since: date | None,
) -> list[date]:
    """The days of the company's rounds told on or after `since` and after any decision, in
    the order they were told."""
    if company is None:
        return []
    return [
        day
        for day, on, _ in rounds.get(company, ())
        if (on is None or since is None or on >= since)
        and (decided_since is None or (on is not None and on > decided_since))
    ]
