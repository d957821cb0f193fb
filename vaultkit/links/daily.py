"""Daily notes: recognise a note's file path as a date in Obsidian's moment.js format."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from vaultkit.model import YEARLESS, latest_day_by
from vaultkit.parse.dates import WEEKDAY_LEAD, month_number, next_weekday
from vaultkit.parse.names import fold

_TOKENS = re.compile(r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|ww|w|gggg|.", re.S)
_WORD = r"[^\W\d_]"  # a letter of any script
_TOKEN_PATTERNS = {
    "YYYY": r"(?P<year>\d{4})",
    "YY": r"(?P<short_year>\d{2})",
    "MMMM": rf"(?P<month_name>{_WORD}+)",
    "MMM": rf"(?P<month_abbr>{_WORD}{{3,4}}\.?)",
    "MM": r"(?P<month>\d{2})",
    "M": r"(?P<month>\d{1,2})",
    "Do": r"(?P<day>\d{1,2})(?:st|nd|rd|th|-?е|-?го)?",
    "DD": r"(?P<day>\d{2})",
    "D": r"(?P<day>\d{1,2})",
    "dddd": rf"{_WORD}+",
    "ddd": rf"{_WORD}{{2,3}}",
    "dd": rf"{_WORD}{{2}}",
    "d": r"\d",
    "ww": r"\d{2}",
    "w": r"\d{1,2}",
    "gggg": r"\d{4}",
}


@lru_cache(maxsize=16)
def _pattern(moment_format: str) -> re.Pattern[str]:
    parts = []
    seen: dict[str, str] = {}  # group name -> the token that named it first
    for token in _TOKENS.findall(moment_format):
        if token.startswith("[") and token.endswith("]"):
            parts.append(re.escape(token[1:-1]))
            continue
        pattern = _TOKEN_PATTERNS.get(token, re.escape(token))
        for name in re.compile(pattern).groupindex:
            if name not in seen:
                seen[name] = token
            elif seen[name] == token:  # written twice (YYYY/MM/YYYY-MM-DD): the same text
                pattern = f"(?P={name})"
            else:  # another spelling of it (MM, then MMMM) is matched, not compared
                pattern = pattern.replace(f"(?P<{name}>", "(?:", 1)
        parts.append(pattern)
    return re.compile("".join(parts), re.IGNORECASE)


COMMON_FORMATS = ("YYYY-MM-DD", "DD.MM.YYYY")
"""Names a daily note is given besides the configured format: people switch formats, and the
notes named the old way stay daily notes ("10.09.2026" beside "2026-11-03")."""


LOGSEQ_JOURNALS = ("journals", "YYYY_MM_DD")
"""Where Logseq keeps its journals and how it names them by default ("journals/2026_11_20.md"):
a graph moved into Obsidian keeps them as they were, beside the daily notes made since."""


def daily_date(path: str, folder: str, moment_format: str) -> date | None:
    """The date a daily note at vault path `path` stands for, or None if it is no daily note:
    its name in `moment_format`, or in one of the COMMON_FORMATS where that format names no
    folders, in `folder` (if one is set); or a Logseq journal (LOGSEQ_JOURNALS); or, in the
    daily notes' folder, a day and a month alone ("2 декабря", "Dec 2"), in the year YEARLESS
    (graph.py reads its year beside the dated daily notes)."""
    also = COMMON_FORMATS if "/" not in moment_format else ()  # not beside dated folders
    for written in dict.fromkeys((moment_format, *also)):
        found = _daily_date(path, folder, written)
        if found is not None:
            return found
    if also and (found := _with_its_weekday(path, folder)) is not None:
        return found
    return _logseq_journal(path) or (_day_and_month(path, folder) if folder else None)


_DAY_AND_WEEKDAY = re.compile(r"(?P<on>\d{4}-\d{2}-\d{2})[ ,_]+(?P<weekday>[^\W\d_]+\.?)")


def named_with_weekday(path: str, folder: str) -> bool:
    """Whether a note is a daily note only by its name with its weekday ("2026-11-23 Mon")."""
    return _with_its_weekday(path, folder) is not None


def _with_its_weekday(path: str, folder: str) -> date | None:
    """The day of a note named by it and its day of the week, as the Periodic Notes plug-in's
    "YYYY-MM-DD ddd" names them ("2026-11-23 Mon", "2026-11-24 вторник"), in `folder` if one is
    set: the weekday must be that day's, so "2026-11-23 HR" is no daily note."""
    if folder and not fold(path).startswith(fold(folder.strip("/")) + "/"):
        return None
    stem = path.rsplit("/", 1)[-1]
    named = _DAY_AND_WEEKDAY.fullmatch(stem[:-3] if stem.lower().endswith(".md") else stem)
    if named is None or re.fullmatch(WEEKDAY_LEAD, named["weekday"] + " ") is None:
        return None
    try:
        on = date.fromisoformat(named["on"])
    except ValueError:
        return None
    return on if next_weekday(named["weekday"], on - timedelta(days=1)) == on else None


_DAY_MONTH = re.compile(
    r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]{3,})\.?|(?P<month2>[^\W\d_]{3,})\.?\s+(?P<day2>\d{1,2})"
)


def _day_and_month(path: str, folder: str) -> date | None:
    """A note in the daily notes' `folder` named by a day and a month alone, as a phone's
    notes are ("2 декабря.md", "Dec 2.md"), in the year YEARLESS."""
    wanted = fold(folder.strip("/")) + "/"
    if not fold(path).startswith(wanted):
        return None
    stem = path.rsplit("/", 1)[-1]
    stem = stem[:-3] if stem.lower().endswith(".md") else stem
    found = _DAY_MONTH.fullmatch(stem.strip())
    if found is None:
        return None
    try:
        month = month_number(found["month"] or found["month2"])
        return date(YEARLESS, month, int(found["day"] or found["day2"]))
    except ValueError:
        return None


def _logseq_journal(path: str) -> date | None:
    """The day of a Logseq journal: a note in a `journals` folder (at the vault's top, or in
    the folder a graph was moved into) named as Logseq names them, 2026_11_20 or 2026-11-20."""
    folder, _, name = path.rpartition("/")
    if fold(folder.rsplit("/", 1)[-1]) != LOGSEQ_JOURNALS[0]:
        return None
    for written in (LOGSEQ_JOURNALS[1], "YYYY-MM-DD"):
        found = _daily_date(name, "", written)
        if found is not None:
            return found
    return None


def _daily_date(path: str, folder: str, moment_format: str) -> date | None:
    stem = path[:-3] if path.lower().endswith(".md") else path
    if folder:
        wanted = [fold(part) for part in folder.strip("/").split("/")]
        parts = stem.split("/")
        if len(parts) <= len(wanted) or [fold(part) for part in parts[: len(wanted)]] != wanted:
            return None
        stem = "/".join(parts[len(wanted) :])
    elif "/" not in moment_format:
        stem = stem.rsplit("/", 1)[-1]
    match = _pattern(moment_format).fullmatch(stem)
    if match is None:
        return None
    fields = match.groupdict()
    try:
        year = int(fields["year"]) if fields.get("year") else 2000 + int(fields["short_year"])
        if fields.get("month"):
            month = int(fields["month"])
        else:
            month = month_number(fields.get("month_name") or fields.get("month_abbr") or "")
        return date(year, month, int(fields["day"]))
    except (KeyError, TypeError, ValueError):
        return None


_AFTER_LATEST = 7
"""Days after the latest dated daily note that a note named by its day alone may stand for."""


def with_years(days: dict[str, date]) -> dict[str, date]:
    """The daily notes' days, those named by a day and a month alone (in the year YEARLESS)
    in the latest year that puts them no more than a week after the latest dated daily note;
    without one, none of them has a day."""
    dated = [day for day in days.values() if day.year != YEARLESS]
    if len(dated) == len(days):
        return days
    latest = max(dated, default=None)
    found = {path: day for path, day in days.items() if day.year != YEARLESS}
    if latest is not None:
        for path, day in days.items():
            if day.year == YEARLESS:
                found[path] = latest_day_by(day, latest + timedelta(days=_AFTER_LATEST))
    return found
