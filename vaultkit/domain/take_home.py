"""A take-home assignment kept as an interview note ("Adyen take-home - brief", tags
[takehome], "Тестовое Kaspi"): the day it is handed in, else the day it came, is the round's
day; while its work is still open the next move is the owner's, and the company is not chased."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.note_outcome import text_of
from vaultkit.model import Note
from vaultkit.parse.dates import as_date

_TAKE_HOME = re.compile(
    r"take[- ]?home|test[- ]?task|home[- ]?assignment|тестов(?:ое|ого|ое задание)\b"
    r"|домашн\w* задани\w*",
    re.IGNORECASE,
)
_HANDED_IN = ("due", "deadline", "дедлайн", "срок", "сдать до")
"""Properties holding the day the work is due."""
_CAME = ("received", "assigned", "получено", "получила", "получил")
"""Properties holding the day the assignment came."""
_AT_WORK = re.compile(
    r"\b(?:in progress|wip|doing|todo|to do|working on it)\b|в процессе|в работе|делаю",
    re.IGNORECASE,
)


def is_take_home(note: Note) -> bool:
    """Whether the note is a take-home assignment's: its name, stage or tags say so."""
    said = " ".join((note.title, text_of(note.get("stage")), " ".join(note.tags)))
    return _TAKE_HOME.search(said) is not None


def take_home_day(note: Note) -> date | None:
    """The day a take-home is handed in (`due: 2026-12-09`), else the day it came."""
    for key in (*_HANDED_IN, *_CAME):
        day = as_date(note.get(key))
        if day is not None:
            return day
    return None


def still_owed(note: Note) -> bool:
    """Whether the owner is still at work on a take-home: a task of it is open, or its status
    says so ("in progress", "в работе")."""
    return any(task.open for task in note.tasks) or bool(
        _AT_WORK.search(text_of(note.get("status")))
    )
