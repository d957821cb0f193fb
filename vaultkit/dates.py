"""Dates as people write them in notes: ISO, [[ISO]] daily links, dd.mm.yyyy, and month names
in English and Russian."""

from __future__ import annotations

import re
from datetime import date, datetime

DATE_PATTERN = r"\d{4}-\d{2}-\d{2}|\[\[\d{4}-\d{2}-\d{2}(?:\|[^\]\n]*)?\]\]|\d{1,2}\.\d{1,2}\.\d{4}"
"""A regex alternation matching one written date in any of the accepted forms."""

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


_MONTHS = (
    ("january", "январ"),
    ("february", "феврал"),
    ("march", "март", "марта"),
    ("april", "апрел"),
    ("may", "май", "мая"),
    ("june", "июн"),
    ("july", "июл"),
    ("august", "август"),
    ("september", "сентябр"),
    ("october", "октябр"),
    ("november", "ноябр"),
    ("december", "декабр"),
)
"""Month names, English and Russian (Obsidian writes dates in the app's language; Russian
month names change their ending, "ноябрь", "ноября", so stems are matched)."""


def month_number(name: str) -> int:
    """The month a written month name or abbreviation stands for (ValueError if none)."""
    name = name.casefold().rstrip(".")
    if not name:
        raise ValueError("no month written")
    for number, spellings in enumerate(_MONTHS, 1):
        if any(spelling.startswith(name) or name.startswith(spelling) for spelling in spellings):
            return number
    raise ValueError(f"no month is called {name!r}")


def parse_written_date(text: str) -> date | None:
    """The date in `2026-10-01`, `[[2026-10-01]]` or `01.10.2026`; None if it is no real date."""
    iso = _ISO.search(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        dotted = _DOTTED.search(text)
        if dotted:
            return date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    except ValueError:
        return None
    return None


def as_date(value: object) -> date | None:
    """A property value as a date: a date, a datetime's day, or text holding a written date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_written_date(value)
    return None


def parse_iso_day(text: str) -> date:
    """Strict YYYY-MM-DD, for command-line options; raises ValueError with a readable message."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD") from None
