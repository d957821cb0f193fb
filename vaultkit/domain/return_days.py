"""The day written right after an absence's words ("до 14 декабря", "until Monday, 14
December", "till the 3rd", "до конца года", "12/14"), read on from the day it was said
(domain/away.py)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from vaultkit.parse.dates import (
    MONTH_WORD,
    WEEKDAY_LEAD,
    first_date_in,
    month_number,
    next_weekday,
    slashes_swapped,
)
from vaultkit.parse.dates import day_first as _whole_day

_NUMBERED = re.compile(r"(?:the\s+)?(\d{1,2})(?:-?го|\s+числа|st|nd|rd|th)(?![^\W\d_])", re.I)
_DATED = re.compile(rf"(?:the\s+)?\d|{MONTH_WORD}\s+\d", re.IGNORECASE)
_YEARLESS_CLOCK = re.compile(r"\d{1,2}\.\d{2}(?![\d.])")
"""A day and a month written as a clock writes its time ("до 12.10": ten past twelve)."""
_CLOCK_AHEAD = 120
"""Days ahead past which such a day is read as the time it also is."""
_MONTH_ALONE = re.compile(
    rf"(?P<end>(?:the\s+)?end\s+of\s+|конца\s+)?(?P<month>{MONTH_WORD})"
    r"(?:\s+(?P<year>\d{4}))?(?!\s*\d)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"(?:next\s+|следующ\w+\s+)?(?P<day>понедельник\w*|вторник\w*|сред[уы]|четверг\w*"
    r"|пятниц[уы]|суббот[уы]|воскресень\w*|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?"
    r"|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A weekday, the first after the day said ("вернусь в следующий понедельник", said on a
Tuesday, is the coming Monday)."""
_YEAR_END = re.compile(
    r"(?P<after>after\s+(?:the\s+)?|после\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+)?year"
    r"|конца\s+года|(?:the\s+)?new\s+year(?:'s)?|нового\s+года|нг)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The year's end ("до конца года", "until after the New Year"): back in January."""
_NEXT_WEEK = re.compile(
    r"next\s+week|следующей\s+недели|(?:the\s+)?end\s+of\s+(?:the|this)\s+week|конца\s+недели",
    re.IGNORECASE,
)


def day_at(rest: str, on: date) -> date | None:
    """The day written at the start of `rest`, read on from the day `on` it was said: a date
    (after a weekday: "Monday, 14 December", "Monday 14th"), "the 14th", a weekday, next week,
    the year's end, a month ("до января": its first day; "до конца декабря": the first of the
    next)."""
    rest = re.sub(r"^\s*(?:(?:в|во|on|by)\s+(?=\S))?", "", rest)
    dated = re.sub(rf"^{WEEKDAY_LEAD}", "", rest)
    if _DATED.match(dated):
        written = _whole_day(dated[:24])
        day = first_date_in(written, on)
        if (day is None or day <= on) and "/" in written:  # "OOO until 12/14": month first
            day = first_date_in(slashes_swapped(written), on)
        if day is not None and _YEARLESS_CLOCK.match(written):
            day = day if (day - on).days <= _CLOCK_AHEAD else None  # "до 12.10": a time
        if day is not None:
            return day
    if year_end := _YEAR_END.match(rest):
        return date(on.year + 1, 1, 2 if year_end["after"] else 1)
    if numbered := _NUMBERED.match(dated):
        return _numbered(int(numbered.group(1)), on)
    if weekday := _WEEKDAY.match(rest):
        return next_weekday(weekday["day"], on)
    if _NEXT_WEEK.match(rest):
        return on + timedelta(days=7 - on.weekday())
    if month := _MONTH_ALONE.match(rest):
        try:
            number = month_number(month["month"]) + (1 if month["end"] else 0)
        except ValueError:
            return None
        year = int(month["year"]) if month["year"] else on.year + (number <= on.month)
        year += number > 12
        return date(year, (number - 1) % 12 + 1, 1)
    return None


def _numbered(number: int, on: date) -> date | None:
    """The first day numbered `number` after `on`."""
    day = on + timedelta(days=1)
    for _ in range(62):
        if day.day == number:
            return day
        day += timedelta(days=1)
    return None
