"""Dates written month first, the North American way (`11/14`, `12/3/26`): how a note or a
vault tells it, and its text with each such date written so that every reader takes it as its
writer meant (whole dates as ISO, `Nov 14` for those without a year)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from vaultkit.keys import KeyNames

_SLASHED = re.compile(
    r"(?<![\d/.])(?!24/7\b)(?P<first>\d{1,2})/(?P<second>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?"
    r"(?![\d/])(?![ \t]+(?:tests?|vibe|score|points?|rating|stars?|would|on|из|балл\w*"
    r"|оценк\w*)(?![^\W\d_]))"
)
"""A slashed date, whole or without its year (a score, `8/10 vibe`, is none)."""
_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

MONTH_FIRST: tuple[str, str] = ("\x00dates", "month-first")
"""A pair carried among a vault's key names when its notes write dates month first: parsing
reads the notes so, and a cache parsed with the other order is parsed again, as it is when the
key names change."""


def month_first(names: KeyNames) -> bool:
    """Whether the vault's notes are read month first (MONTH_FIRST among its `names`)."""
    return MONTH_FIRST in names


def slash_marks(text: str) -> tuple[int, int]:
    """How many slashed dates of the note's own (not a quoted e-mail's) can be read only month
    first (`11/23`, `10/19/2026`) and how many only day first (`23/11`)."""
    month_first_only = day_first_only = 0
    for line in text.split("\n"):
        if "/" not in line or line.lstrip().startswith(">"):
            continue
        for found in _SLASHED.finditer(line):
            first, second = int(found["first"]), int(found["second"])
            year = found["year"]
            if year is None and len(found["first"]) + len(found["second"]) < 3:
                continue  # "1/2" is a half
            if year is not None and len(year) == 2 and not 15 <= int(year) <= 35:
                continue  # "5/17/40", a tally: no year anyone writes now
            month_first_only += 1 <= first <= 12 < second <= 31
            day_first_only += 1 <= second <= 12 < first <= 31
    return month_first_only, day_first_only


def month_first_in(text: str) -> bool:
    """Whether a note writes its slashed dates month first: one of its own can be read only so
    (`11/23/2026`, `11/23`), and none only day first (`23/11/2026`)."""
    month_first_only, day_first_only = slash_marks(text)
    return month_first_only > 0 and day_first_only == 0


def written_day_first(text: str) -> str:
    """`text`, of a note that writes its dates month first, with each slashed date written as
    no one can misread it: a whole one as ISO ("12/02/2026" -> "2026-12-02"), one without its
    year by its month's name ("12/3" -> "Dec 3"), so that every reader of the note, its
    properties' and its tasks' included, reads it as its writer meant."""

    def plain(found: re.Match[str]) -> str:
        month, day, year = int(found["first"]), int(found["second"]), found["year"]
        try:
            if year is None:
                if len(found["first"]) + len(found["second"]) < 3 or day > 31:
                    return found[0]
                date(2000, month, day)  # a day of the year (2000 had a 29 February)
                return f"{_ABBREVIATIONS[month - 1]} {day}"
            return date(int(year) + (2000 if len(year) == 2 else 0), month, day).isoformat()
        except ValueError:
            return found[0]

    return _SLASHED.sub(plain, text)


def dates_as_meant(text: str, names: KeyNames) -> tuple[str, tuple[int, int]]:
    """A note's `text` with its slashed dates written as meant where the note, or its vault
    (`names`), writes them month first; and its slash_marks, as written."""
    if "/" not in text:
        return text, (0, 0)
    marks = slash_marks(text)
    if month_first(names) or (marks[0] and not marks[1]):
        text = written_day_first(text)  # the same lines, each date in one reading
    return text, marks


def vault_month_first(marks: Iterable[tuple[int, int]]) -> bool:
    """Whether a vault writes its dates month first, by its notes' slash_marks: two notes or
    more write a date only that way can be read, and at most one in five of as many the other."""
    month_first_notes = day_first_notes = 0
    for month_first_only, day_first_only in marks:
        month_first_notes += month_first_only > day_first_only
        day_first_notes += day_first_only > month_first_only
    return month_first_notes >= 2 and 5 * day_first_notes <= month_first_notes


def parse_names(names: KeyNames, order: str, month_first_before: bool) -> KeyNames:
    """The key names to parse a vault with: its own `names`, and MONTH_FIRST where its
    `order` (date_order) says month first, or is "auto" and the last parse was month first."""
    wanted = order == "month-first" or (order == "auto" and month_first_before)
    plain = tuple(pair for pair in names if pair != MONTH_FIRST)
    return (*plain, MONTH_FIRST) if wanted else plain
