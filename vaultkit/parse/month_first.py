"""Dates written month first, the North American way (`11/14`, `12/3/26`): how a note or a
vault tells it, and its text with each such date written so that every reader takes it as its
writer meant (whole dates as ISO, `Nov 14` for those without a year)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from vaultkit.keys import KeyNames
from vaultkit.parse.dates import WEEKDAY_LEAD

_SLASHED = re.compile(
    r"(?<![\w/.])(?!24/7\b)(?P<first>\d{1,2})/(?P<second>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?"
    r"(?![\w/])(?![ \t]+(?:tests?|vibe|score|points?|rating|stars?|would|on|из|балл\w*"
    r"|оценк\w*|min\w*|hours?|hrs?|h|days?|weeks?|ppl|people|mins?|мин\w*|час\w*|дн\w*"
    r"|of)(?![^\W\d_]))"
)
"""A slashed date, whole or without its year (a score, `8/10 vibe`, a share, `10/15 min`,
`Q1/27`, is none)."""
_LEAD = re.compile(
    rf"[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\[.\][ \t]+)?(?:#{{1,6}}[ \t]+)?(?:\*\*|__)?"
    rf"(?:{WEEKDAY_LEAD})?$"
    r"|[ \t]*(?![\w -]*(?i:score|grade|note|rating|result|mark|оценк|балл|итог))[\w -]{1,30}:"
    r"[ \t]*[\"']?$"
)
"""What may stand before a date that stamps a line: a list mark, a heading's, bold, a weekday
("- 11/14 — coffee", "Tuesday 12/1:"), or a property's name (`applied: 9/24`; not a score's,
`Note: 11/20`)."""
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
DAY_FIRST: tuple[str, str] = ("\x00dates", "day-first")
"""A pair carried among a vault's key names when its notes write dates month first: parsing
reads the notes so, and a cache parsed with the other order is parsed again, as it is when the
key names change."""


def month_first(names: KeyNames) -> bool:
    """Whether the vault's notes are read month first (MONTH_FIRST among its `names`)."""
    return MONTH_FIRST in names


def day_first(names: KeyNames) -> bool:
    """Whether the vault is said to write its dates day first (DAY_FIRST among `names`)."""
    return DAY_FIRST in names


def slash_marks(text: str) -> tuple[int, int, int, int]:
    """The note's own (not a quoted e-mail's) slashed dates only one order can read: those
    without a year that stamp a line ("- 11/14 — coffee", `applied: 9/24`) read only month
    first, and only day first (`23/11`); whole ones anywhere (`10/19/2026`), month first and
    day first. A date in a sentence may be a score, a grade or a share ("day 9/30", "11/20"):
    it tells nothing."""
    lead_month = lead_day = whole_month = whole_day = 0
    for line in text.split("\n"):
        if "/" not in line or line.lstrip().startswith(">"):
            continue
        for found in _SLASHED.finditer(line):
            first, second, year = int(found["first"]), int(found["second"]), found["year"]
            month_only = 1 <= first <= 12 < second <= 31
            day_only = 1 <= second <= 12 < first <= 31
            if year is not None:
                if len(year) == 4 or 15 <= int(year) <= 35:
                    whole_month, whole_day = whole_month + month_only, whole_day + day_only
            elif len(found["first"]) + len(found["second"]) >= 3 and _LEAD.fullmatch(
                line[: found.start()]
            ):
                lead_month, lead_day = lead_month + month_only, lead_day + day_only
    return lead_month, lead_day, whole_month, whole_day


def month_first_in(text: str) -> bool:
    """Whether a note writes its slashed dates month first: one of its own can be read only so
    (`11/23/2026`, "- 11/23 — call"), and none only day first (`23/11/2026`)."""
    lead_month, lead_day, whole_month, whole_day = slash_marks(text)
    return (lead_month or whole_month) > 0 and lead_day + whole_day == 0


def written_day_first(text: str, yearless: bool = True) -> str:
    """`text`, of a note that writes its dates month first, with each slashed date written as
    no one can misread it: a whole one as ISO ("12/02/2026" -> "2026-12-02"), one without its
    year by its month's name ("12/3" -> "Dec 3"), so that every reader of the note, its
    properties' and its tasks' included, reads it as its writer meant."""

    def plain(found: re.Match[str]) -> str:
        month, day, year = int(found["first"]), int(found["second"]), found["year"]
        try:
            if year is None:
                if not yearless or len(found["first"]) + len(found["second"]) < 3 or day > 31:
                    return found[0]
                date(2000, month, day)  # a day of the year (2000 had a 29 February)
                return f"{_ABBREVIATIONS[month - 1]} {day}"
            if len(year) == 2 and not 15 <= int(year) <= 35:
                return found[0]  # "5/17/40": a tally
            return date(int(year) + (2000 if len(year) == 2 else 0), month, day).isoformat()
        except ValueError:
            return found[0]

    return _SLASHED.sub(plain, text)


def dates_as_meant(text: str, names: KeyNames) -> tuple[str, tuple[int, int, int, int]]:
    """A note's `text` with its slashed dates written as meant, and its slash_marks as written.
    Whole dates only month first can read (`11/23/2026`) are read so where none reads only day
    first; those without a year ("12/3") where the note's own lines say month first, or its
    vault (`names`) does and nothing in the note says day first; never where the vault is
    said to write day first (date_order)."""
    if "/" not in text:
        return text, (0, 0, 0, 0)
    marks = lead_month, lead_day, whole_month, whole_day = slash_marks(text)
    if day_first(names):
        yearless = False
    elif lead_day or whole_day:
        yearless = False  # "23/11" in this note: it writes day first, whatever the vault
    else:
        yearless = bool(lead_month) or month_first(names)
    if yearless or (whole_month and not whole_day):
        text = written_day_first(text, yearless)  # the same lines, each date in one reading
    return text, marks


def vault_month_first(marks: Iterable[tuple[int, int, int, int]]) -> bool:
    """Whether a vault writes its dates month first, by its notes' slash_marks: three notes or
    more stamp lines only that way ("- 11/14 — coffee"), and at most one in five of as many
    write dates only the other way."""
    month_first_notes = day_first_notes = 0
    for lead_month, lead_day, _, whole_day in marks:
        month_first_notes += lead_month > 0 and not (lead_day or whole_day)
        day_first_notes += lead_day + whole_day > 0
    return month_first_notes >= 3 and 5 * day_first_notes <= month_first_notes


def parse_names(names: KeyNames, order: str, month_first_before: bool) -> KeyNames:
    """The key names to parse a vault with: its own `names`, with MONTH_FIRST where its `order`
    (date_order) says month first, or is "auto" and the last parse was month first, and with
    DAY_FIRST where it says day first."""
    plain = tuple(pair for pair in names if pair not in (MONTH_FIRST, DAY_FIRST))
    if order == "day-first":
        return (*plain, DAY_FIRST)
    wanted = order == "month-first" or (order == "auto" and month_first_before)
    return (*plain, MONTH_FIRST) if wanted else plain
