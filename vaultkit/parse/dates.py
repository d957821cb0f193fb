"""Dates as people write them in notes: ISO, [[ISO]] daily links, dd.mm.yyyy and dd.mm.yy, and
month names in English and Russian."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

MONTH_WORD = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|okt"
    r"|январ[ья]|янв|феврал[ья]|фев|марта?|мар|апрел[ья]|апр|ма[йя]|июн[ья]|июн|июл[ья]|июл"
    r"|августа?|авг|сентябр[ья]|сент?|октябр[ья]|окт|ноябр[ья]|нояб?|декабр[ья]|дек)"
    r"(?![^\W\d_])\.?"
)
"""A month's name or usual abbreviation, English or Russian (in the genitive, as dates write
it), and nothing longer: `mayor` is no month. Dutch and German "okt" creeps into the English
notes of people who live there ("vr 30 okt"); "mei" and "mrt" are names and a metro too often."""
WEEKDAY_LEAD = (
    r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг"
    r"|пятница|суббота|воскресенье|ma|di|wo|do|vr|za|zo)(?![^\W\d_])\.?,?[ \t]+"
)
"""A day of the week written before a date ("Fri 30 Oct", "пт 30.10", "Tue, 3 Nov", Dutch
"vr 30 okt"): no part of the date."""
WEEKDAY_HEADS = frozenset(
    "mon tue wed thu fri sat sun пн вт ср чт пт сб вс пон вто сре чет пят суб вос "
    "ma di wo do vr za zo".split()
)
"""The first two or three letters of WEEKDAY_LEAD's words, for a quick look before it."""
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_FIRST = rf"\d{{1,2}}{_ORDINAL}[ \t]+{MONTH_WORD},?[ \t]+\d{{4}}(?:[ \t]?г\.?(?![^\W\d_]))?"
_MONTH_FIRST = rf"{MONTH_WORD}[ \t]+\d{{1,2}}{_ORDINAL},?[ \t]+\d{{4}}"

_DOTTED_DATE = r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\.?\d)"
"""20.11.2026, or 20.11.26 as Russian notes often write it (a two-digit year as strptime's %y
reads it: 69-99 the 1900s, 00-68 the 2000s, so a birthday of 03.12.91 is 1991)."""

_SLASHED_DATE = r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"
"""20/11/2026 or 20/11/26: day first, as Europe writes it (11/20/2026, which can only be
month first, is read so)."""

_YEAR_FIRST_DATE = r"(?<![\w./])\d{4}(?:\.\d{1,2}\.|/\d{1,2}/)\d{1,2}(?![\w./])"
"""2026.11.20 or 2026/11/20: the year first, with dots or slashes (not a version: "Unity
2022.3.15f1")."""

DATE_PATTERN = (
    r"\d{4}-\d{2}-\d{2}|\[\[\d{4}-\d{2}-\d{2}(?:\|[^\]\n]*)?\]\]"
    rf"|{_YEAR_FIRST_DATE}|{_DOTTED_DATE}|{_SLASHED_DATE}|{_DAY_FIRST}|{_MONTH_FIRST}"
)
"""A regex alternation matching one written date in any of the accepted forms: 2026-11-20,
[[2026-11-20]], 2026.11.20, 2026/11/20, 20.11.2026, 20.11.26, 20/11/2026, 20 ноября 2026 (г.),
20 Nov 2026, Nov 20th, 2026."""

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})|(?<![\w./])(\d{4})([./])(\d{1,2})\5(\d{1,2})(?![\w./])")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\.?\d)")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
_NAMED = re.compile(
    rf"(?P<day>\d{{1,2}}){_ORDINAL}[ \t]+(?P<month>{MONTH_WORD}),?[ \t]+(?P<year>\d{{4}})"
    rf"|(?P<month2>{MONTH_WORD})[ \t]+(?P<day2>\d{{1,2}}){_ORDINAL},?[ \t]+(?P<year2>\d{{4}})"
)


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
    ("october", "октябр", "oktober"),
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
    """The date written in `text` in one of DATE_PATTERN's forms; None if there is no real
    date (or none a note can mean: before 1900, after 2200)."""
    found = _written(text)
    return found if found is not None and found.year in _MEANT else None


def _written(text: str) -> date | None:
    """The date written in `text` in one of DATE_PATTERN's forms; None if there is no real
    date."""
    try:
        iso = _ISO.search(text)
        if iso and iso[1]:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if iso:  # 2026.11.20, 2026/11/20
            return date(int(iso[4]), int(iso[6]), int(iso[7]))
        dotted = _DOTTED.search(text) or _SLASHED.search(text)
        if dotted:
            century = (1900 if dotted[3] >= "69" else 2000) if len(dotted[3]) == 2 else 0
            first, second = day_and_month(int(dotted[1]), int(dotted[2]), dotted[0])
            return date(century + int(dotted[3]), second, first)
        named = _NAMED.search(text)
        if named:
            day, month, year = (named["day"], named["month"], named["year"])
            if day is None:
                day, month, year = (named["day2"], named["month2"], named["year2"])
            return date(int(year), month_number(month), int(day))
    except ValueError:
        return None
    return None


def day_and_month(first: int, second: int, written: str) -> tuple[int, int]:
    """The day and month of a date written with its day first (`20.11`, `20/11`); a slashed
    one that can only be month first (`11/20`) is read so."""
    if second > 12 and first <= 12 and "/" in written:
        return second, first
    return first, second


def as_date(value: object) -> date | None:
    """A property value as a date: a date, a datetime's day, or text holding a written date;
    None for a date no one means (before 1900 or after 2200: `9999-12-31`)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value if _MEANT.start <= value.year < _MEANT.stop else None
    if isinstance(value, str):
        return parse_written_date(value)
    return None


_MEANT = range(1900, 2201)
"""Years a date in a note can mean; beyond them, dates only overflow the arithmetic on them."""


_TITLE_DAY = re.compile(rf"(\d{{4}}-\d{{2}}-\d{{2}}|{_DOTTED_DATE})(?!\d)")


def note_day(date_property: object, title: str) -> date | None:
    """The day a meeting or interview note stands for: its `date` property, else the date its
    name starts with ('2026-11-20 Coffee with Anna', '20.11.2026 Встреча'), as notes made from
    a template are often named."""
    day = as_date(date_property)
    if day is not None:
        return day
    found = _TITLE_DAY.match(title)
    return parse_written_date(found.group(1)) if found else None


def parse_iso_day(text: str) -> date:
    """Strict YYYY-MM-DD, for command-line options, within the years a date can mean (a day
    such as 0001-01-01 or 9999-12-31 only overflows the arithmetic on it); raises ValueError
    with a readable message."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD") from None
    if not _MEANT.start <= day.year < _MEANT.stop:
        raise ValueError(
            f"{text} is out of range: give a day from {_MEANT.start}-01-01 to "
            f"{_MEANT.stop - 1}-12-31"
        )
    return day


_NO_YEAR = re.compile(
    rf"(?<![\d.])(?P<day>\d{{1,2}}){_ORDINAL}[ \t]+(?P<month>{MONTH_WORD})"
    rf"|(?P<month2>{MONTH_WORD})[ \t]+(?P<day2>\d{{1,2}}){_ORDINAL}(?![\d:])"
    r"|(?<![\d.])(?P<day3>\d{1,2})\.(?P<month3>\d{1,2})(?!\d|\.\d)"
    r"|(?<![\d/])(?!24/7\b)(?P<day4>\d{2}|\d(?=/\d\d))/(?P<month4>\d{1,2})(?![\d/])"
)


_FULL = re.compile(DATE_PATTERN)
SHORT_YEAR = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2}")
"""A dotted date with a two-digit year: a date when it stamps a line, but in prose it is as
often a birthday or a version ("ДР 15.06.88"), so it never gives a timeline its year, and one
that is no real day ("1.29.10") is no typo to warn about."""

NO_YEAR_PATTERN = (
    rf"\d{{1,2}}{_ORDINAL}[ \t]+{MONTH_WORD}|{MONTH_WORD}[ \t]+\d{{1,2}}{_ORDINAL}(?![\d:])"
    r"|\d{1,2}\.\d{1,2}\.(?=[ \t:,\-–—])|\d{2}\.\d{2}(?![\d.])"
    r"|\d\.\d{2}(?=[ \t]*[,(][ \t]*(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-zа-я]*\.?\)?(?![^\W\d_]))"
    r"|(?!24/7\b)(?:\d{2}/\d{1,2}|\d/\d{2})(?![\d/])(?![ \t]+(?:tests?|vibe|score|points?"
    r"|rating|stars?|would|on|из|балл\w*|оценк\w*)(?![^\W\d_]))"
)
"""A regex alternation matching a date written without its year at the start of a timeline
entry: `Nov 6`, `8 окт`, `06.11`, `2.9.` (dotted with two digits each, or with the closing dot
the German way, or with its weekday: `2.10 (пт)`; `1.5` is a number), `15/10` and `8/12`
(slashed with two digits on one side: `1/2` is a half; `24/7` and a score, `8/10 vibe`, `12/15
tests passed`, are none)."""


def latest_date_in(text: str) -> date | None:
    """The latest full date written anywhere in `text` (properties included), or None."""
    found = (
        parse_written_date(match.group(0))
        for match in _FULL.finditer(text)
        if not SHORT_YEAR.fullmatch(match.group(0))  # "ДР 15.06.88" in prose dates no line
    )
    return max((day for day in found if day is not None), default=None)


def _month_day(found: re.Match[str]) -> tuple[int, int]:
    """The month and day of a `_NO_YEAR` match (ValueError for a month no one calls so)."""
    if found["day3"]:
        return int(found["month3"]), int(found["day3"])
    if found["day4"]:  # day first: without a year, "12/15" is a score, not 15 December
        return int(found["month4"]), int(found["day4"])
    if found["day"]:
        return month_number(found["month"]), int(found["day"])
    return month_number(found["month2"]), int(found["day2"])


def day_before(written: str, anchor: date, *, starts: bool = False) -> date | None:
    """The date `written` without its year (one of NO_YEAR_PATTERN's forms) stands for in a
    timeline anchored at `anchor`. A timeline that reaches its anchor (the latest date written
    in it) is written as things happen: the latest such day at most a month after the anchor
    (its last line may name the next step's date). One that `starts` at its anchor (the note's
    own date: a daily note, an interview note named by its day) runs on from it: the earliest
    such day at most a month before."""
    found = _NO_YEAR.search(written)
    if found is None:
        return None
    try:
        month, day = _month_day(found)
        if starts:
            limit = anchor - timedelta(days=31)
            guess = date(limit.year, month, day)
            return guess if guess >= limit else date(limit.year + 1, month, day)
        limit = anchor + timedelta(days=31)
        guess = date(limit.year, month, day)
        return guess if guess <= limit else date(limit.year - 1, month, day)
    except (ValueError, OverflowError):
        return None


def past_day(value: object, today: date) -> date | None:
    """A day written without its year where a past day is meant (`last talk: "27.10."`): the
    latest such day up to `today`; None for anything else."""
    if not isinstance(value, str) or _FULL.search(value):
        return None
    found = day_before(value.strip(), today)
    if found is None:
        return None
    return found if found <= today else day_before(value.strip(), today - timedelta(days=366))


def planned_ahead(line: str, on: date | None) -> bool:
    """Whether a line of a note dated `on` opens with a later day ("- пн 07.12 — follow-up
    [[Jonas]]", "- Thu 12/10: send the sample"): a plan, not what happened that day."""
    if on is None:
        return False
    head = _PLAN_HEAD.match(line)
    day = first_date_in(head.group(1), on) if head else None
    if head and day and (day - on).days > _CLOCK_AHEAD and _WAKING_HOUR.fullmatch(head.group(1)):
        return False  # "- 9.10 созвон с Аней" in a day's note: its time, not October next year
    return day is not None and day > on


CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
"""A time written with a dot ("9.10", "14.30"), which may be a day and a month too."""
_WAKING_HOUR = re.compile(r"(?:0?[6-9]|1\d|2[0-3])\.[0-5]\d")
"""A time written with a dot at an hour a day's note is kept ("9.10"; "1.03" is 1 March)."""
_CLOCK_AHEAD = 60
"""Days ahead past which a day's note opening a line with what may be a time ("9.10") is read
as that time: a plan is written that far ahead with its year."""


_PLAN_HEAD = re.compile(
    r"^[\s>*+-]*(?:[^\W\d_]{2,3}\.?,?\s+)?([\d./]{3,10}|\d{1,2}\s+[^\W\d_]{3,})"
)


def first_date_in(text: str, near: date) -> date | None:
    """The first date written in `text`, with or without its year (`Oct 20`, `20 окт`,
    `06.11`): a date without one is taken in the year that puts it nearest after `near`, or at
    most a month before it."""
    full = _FULL.search(text)
    found = _NO_YEAR.search(text)
    if full is not None and (found is None or full.start() <= found.start()):
        return parse_written_date(full.group(0))
    if found is None:
        return None
    try:
        month, day = _month_day(found)
        guess = date(near.year, month, day)
    except ValueError:
        return None
    if (near - guess).days > 31:
        try:
            return date(near.year + 1, month, day)
        except ValueError:
            return None
    return guess


_WRITTEN_NO_YEAR = re.compile(rf"(?<![\d./])(?:{NO_YEAR_PATTERN})")


def day_first(text: str) -> str:
    """`text` with a short date where a day is expected written whole ("3.12" -> "03.12"): on
    its own "3.12" may be a version or a score, so the date readers leave it; after "до" or a
    "Дата:" label it is a day."""
    return _SHORT_DAY.sub(r"0\1.", text)


_SHORT_DAY = re.compile(r"(?<![\d.])(\d)\.(?=\d)")


def month_first_day(written: str) -> date | None:
    """A slashed date as a 12-hour clock's system writes it, month first ("12/2/26", "12/4/2026"
    beside "3:31 PM": WhatsApp's export on a US phone, Outlook's `Sent:`); any other form as
    written."""
    if "/" not in written:
        return parse_written_date(written)
    month, day, year = (int(part) for part in written.split("/"))
    try:
        return date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


def slashes_swapped(text: str) -> str:
    """`text` with each slashed day and month written the other way round, dotted ("12/9" ->
    "9.12"): a line that may be American or European is read both ways, each reader keeping
    the day its window allows."""
    return _SLASHED_PAIR.sub(lambda m: f"{m['b']}.{m['a']}", text)


_SLASHED_PAIR = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")


def dates_in(text: str, near: date) -> list[date]:
    """Every date written in `text`, with or without its year (one without is read as
    first_date_in reads it; scores and halves are none, as NO_YEAR_PATTERN says)."""
    return _every_date(text, lambda written: first_date_in(written, near))


def dates_by(text: str, anchor: date) -> list[date]:
    """Every date written in `text`: one without its year as day_before reads it in a
    timeline anchored at `anchor` (the latest such day at most a month after it)."""
    return _every_date(text, lambda written: day_before(written, anchor))


def _every_date(text: str, yearless: Callable[[str], date | None]) -> list[date]:
    """The full dates written in `text`, then those without a year as `yearless` reads them
    ("20 ноября 2026" is read whole, never again as "20 ноября")."""
    found = [day for day in map(parse_written_date, _FULL.findall(text)) if day is not None]
    for match in _WRITTEN_NO_YEAR.finditer(_FULL.sub(" ", text)):
        day = yearless(match.group(0))
        if day is not None:
            found.append(day)
    return found


_WEEKDAY_STEMS = (
    ("mon", "пн", "пон"),
    ("tue", "вт", "вто"),
    ("wed", "ср", "сре"),
    ("thu", "чт", "чет"),
    ("fri", "пт", "пят"),
    ("sat", "сб", "суб"),
    ("sun", "вс", "вос"),
)


def next_weekday(word: str, after: date) -> date | None:
    """The first day after `after` named `word` ("среды", "Wednesday", "пт"), or None."""
    folded = word.casefold()
    for number, stems in enumerate(_WEEKDAY_STEMS):
        if folded[:3] in stems or folded[:2] in stems:
            return after + timedelta(days=(number - after.weekday() - 1) % 7 + 1)
    return None
