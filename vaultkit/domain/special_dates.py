"""Special dates as people write them in a contact's properties: a birthday, an anniversary or a
new role, yearly or one-off (`03-14`, `14.03`, `14/03`, `14 марта 1990`, `March 14th`, an ISO
date)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vaultkit.keys import canonical
from vaultkit.parse.dates import as_date, day_and_month, month_number


@dataclass(frozen=True, slots=True)
class SpecialDate:
    """A yearly or one-off date worth a message: a birthday, an anniversary, a new role."""

    key: str
    """The property it comes from (birthday, work_anniversary, new_role, ...)."""
    month: int
    """Month of the date."""
    day: int
    """Day of the month."""
    year: int | None
    """Year written, if any (a birthday may have none)."""
    line: int
    """Line of the property."""


_DAY_MONTH_NAME = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[^\W\d_]{3,}\.?)(?:,?\s+(?P<year>\d{4}))?"
)


_MONTH_NAME_DAY = re.compile(
    r"(?P<month>[^\W\d_]{3,}\.?)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
)


def special_date(key: str, value: object, line: int) -> SpecialDate | None:
    if isinstance(value, str):
        text = value.strip()
        month_day = re.fullmatch(r"-{0,2}(\d{1,2})-(\d{1,2})", text)  # 03-14, --03-14
        if month_day:
            month, day = int(month_day[1]), int(month_day[2])
            return SpecialDate(key, month, day, None, line) if _valid(month, day) else None
        day_month = re.fullmatch(r"(\d{1,2})[./](\d{1,2})\.?", text)  # 14.03, 14/03
        if day_month:
            day, month = day_and_month(int(day_month[1]), int(day_month[2]), text)
            return SpecialDate(key, month, day, None, line) if _valid(month, day) else None
        named = _DAY_MONTH_NAME.fullmatch(text) or _MONTH_NAME_DAY.fullmatch(text)
        if named:  # 14 March, 14 марта 1990, March 14, Mar 14th, 1990
            return _named_month(key, named, line)
    on = as_date(value)
    return SpecialDate(key, on.month, on.day, on.year, line) if on else None


def _named_month(key: str, named: re.Match[str], line: int) -> SpecialDate | None:
    try:
        month = month_number(named["month"])
    except ValueError:
        return None
    day = int(named["day"])
    year = int(named["year"]) if named["year"] else None
    if not _valid(month, day) or (year is not None and not _real(year, month, day)):
        return None
    return SpecialDate(key, month, day, year, line)


def next_day(month: int, day: int, today: date) -> date:
    """The next day on or after `today` that a yearly date falls on; 29 Feb is 28 Feb in other
    years."""
    for year in (today.year, today.year + 1):
        shown = 28 if (month, day) == (2, 29) and not _real(year, 2, 29) else day
        candidate = date(year, month, shown)
        if candidate >= today:
            return candidate
    raise AssertionError("unreachable: next year always has the date")


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _valid(month: int, day: int) -> bool:
    return _real(2024, month, day)  # a leap year, so 02-29 is valid


def is_birthday(special: SpecialDate) -> bool:
    """Birthdays are congratulated without counting the years."""
    key = canonical(special.key)
    return "birth" in key or "рожд" in key
