"""A take-home assignment kept as an interview note ("Adyen take-home - brief", tags
[takehome], "Тестовое Kaspi"): the day it is handed in, else the day it came, is the round's
day; while its work is still open the next move is the owner's, and the company is not chased."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.note_outcome import text_of
from vaultkit.domain.owed_words import set_aside
from vaultkit.model import Note
from vaultkit.parse.dates import as_date, dates_by

_TAKE_HOME = re.compile(
    r"take[- ]?home|test[- ]?task|home[- ]?assignment|тестов(?:ое|ого|ое задание)\b"
    r"|домашн\w* задани\w*",
    re.IGNORECASE,
)
_DUE = ("due", "deadline", "дедлайн", "срок", "сдать до")
"""Properties holding the day the work is due."""
_CAME = ("received", "assigned", "получено", "получила", "получил")
"""Properties holding the day the assignment came."""
_HANDED = re.compile(
    r"\b(?:submitted|handed (?:it )?in|sent (?:it|the \w+) (?:in|off|over)|turned (?:it )?in)\b"
    r"|(?<![^\W\d_])(?:сдала|сдал|отправила|отправил|отдала|отдал)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A line saying the work went in ("submitted", "handed in", "сдала тестовое")."""
_AT_WORK = re.compile(
    r"\b(?:in progress|wip|todo|to do|working on it)\b|в процессе|в работе|делаю",
    re.IGNORECASE,
)


def is_take_home(note: Note) -> bool:
    """Whether the note is a take-home assignment's: its name or tags say so (an application
    whose stage still says "take-home" is the application's)."""
    return _TAKE_HOME.search(" ".join((note.title, " ".join(note.tags)))) is not None


def take_home_day(note: Note, today: date | None = None) -> date | None:
    """The day a take-home was handed in, where a line of it says so ("- 24 Nov — submitted"),
    else the day it is due (`due: 2026-12-09`), else the day it came; else, read `today`, the
    day its prose says it is due by, or came on ("Получил 01.12 от Анны. Срок — неделя, до
    08.12 (вт)")."""
    handed = [entry.on for entry in note.entries if _HANDED.search(entry.text)]
    if handed:
        return max(handed)
    for key in (*_DUE, *_CAME):
        day = as_date(note.get(key))
        if day is not None:
            return day
    return _told_day(note, today) if today is not None else None


_DUE_SAID = re.compile(
    r"(?<![^\W\d_])(?:срок\w*|дедлайн\w*|due|deadline|сдать до|submit by|hand (?:it )?in by)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of the day a take-home is due (not "до" or "by" alone: "Ирина в отпуске до 14.12",
"sent over by Joost after our Nov 20 screen")."""
_CAME_SAID = re.compile(
    r"(?<![^\W\d_])(?:получил\w*|пришл[оа]|прислали|выдали|received|got it|landed)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of the day it came ("Получил 01.12 от Анны", "landed in my inbox Dec 2")."""
_NEAR = 40
"""Characters after the word within which its day is written."""


def _told_day(note: Note, today: date) -> date | None:
    """The day a take-home's plain lines say it is due by, else the day they say it came, as
    written just after those words ("Срок — неделя, до 08.12 (вт)"; no later than a month past
    `today`)."""
    lines = [
        re.sub(r"(\d)\.(?=\s|$)", r"\1", line)  # "до 08.12." ends its sentence
        for section in note.sections
        for line in section.content.split("\n")
        if line.strip() and not re.match(r"\s*[-*+]\s+\[.\]", line)
    ]
    for said in (_DUE_SAID, _CAME_SAID):
        for line in lines:
            for found in said.finditer(line):
                days = dates_by(line[found.start() : found.end() + _NEAR], today)
                if days:
                    return days[0]
    return None


def still_owed(note: Note) -> bool:
    """Whether the owner is still at work on a take-home: not handed in, and a task of it is
    open (not one put off to some day) or its status says so ("in progress", "в работе")."""
    if any(_HANDED.search(entry.text) for entry in note.entries):
        return False
    if any(task.open and not set_aside(task.text) for task in note.tasks):
        return True
    return bool(_AT_WORK.search(text_of(note.get("status"))))


_DUE_ON = re.compile(r"(?<![^\W\d_])(?:до|срок\w*|due|by|deadline)\W{0,3}\w{0,4}\.?\s*\d", re.I)


def take_home_due(text: str) -> bool:
    """Whether words say a take-home is given with its day ("тестовое до 08.12", "take-home
    due 12/8"): the next move is the owner's until it is handed in."""
    found = _TAKE_HOME.search(text)
    if not found or _HANDED.search(text) or _THEIRS_TO_DO.search(text):
        return False  # "результаты по тестовому до 08.12", "they'll review the take-home by 12/3"
    return bool(_DUE_ON.search(text, found.end()))


_THEIRS_TO_DO = re.compile(
    r"(?<![^\W\d_])(?:результат\w*|review\w*|feedback|results?|ответ\w*|разбор\w*|оцен\w*"
    r"|провер\w*|check\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def handed_in(text: str) -> bool:
    """Whether a line says the work went in ("сдала тестовое 26.11", "submitted")."""
    return _HANDED.search(text) is not None
