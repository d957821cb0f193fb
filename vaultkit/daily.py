"""Daily notes: recognise a note's file path as a date in Obsidian's moment.js format."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_TOKENS = re.compile(r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|ww|w|gggg|.", re.S)
_TOKEN_PATTERNS = {
    "YYYY": r"(?P<year>\d{4})",
    "YY": r"(?P<short_year>\d{2})",
    "MMMM": r"(?P<month_name>[A-Za-z]+)",
    "MMM": r"(?P<month_abbr>[A-Za-z]{3})",
    "MM": r"(?P<month>\d{2})",
    "M": r"(?P<month>\d{1,2})",
    "Do": r"(?P<day>\d{1,2})(?:st|nd|rd|th)",
    "DD": r"(?P<day>\d{2})",
    "D": r"(?P<day>\d{1,2})",
    "dddd": r"[A-Za-z]+",
    "ddd": r"[A-Za-z]{3}",
    "dd": r"[A-Za-z]{2}",
    "d": r"\d",
    "ww": r"\d{2}",
    "w": r"\d{1,2}",
    "gggg": r"\d{4}",
}


@lru_cache(maxsize=16)
def _pattern(moment_format: str) -> re.Pattern[str]:
    parts = []
    for token in _TOKENS.findall(moment_format):
        if token.startswith("[") and token.endswith("]"):
            parts.append(re.escape(token[1:-1]))
        else:
            parts.append(_TOKEN_PATTERNS.get(token, re.escape(token)))
    return re.compile("".join(parts), re.IGNORECASE)


def daily_date(path: str, folder: str, moment_format: str) -> date | None:
    """The date a daily note at vault path `path` stands for, or None if it is no daily note."""
    stem = path[:-3] if path.lower().endswith(".md") else path
    if folder:
        prefix = folder.casefold() + "/"
        if not stem.casefold().startswith(prefix):
            return None
        stem = stem[len(prefix) :]
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
            name = (fields.get("month_name") or fields.get("month_abbr") or "").casefold()
            month = next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(name[:3]))
        return date(year, month, int(fields["day"]))
    except (KeyError, TypeError, ValueError, StopIteration):
        return None
