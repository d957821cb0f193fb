"""Daily notes: recognise a note's file path as a date in Obsidian's moment.js format."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from vaultkit.parse.dates import month_number
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
    folders, in `folder` (if one is set); or a Logseq journal (LOGSEQ_JOURNALS)."""
    also = COMMON_FORMATS if "/" not in moment_format else ()  # not beside dated folders
    for written in dict.fromkeys((moment_format, *also)):
        found = _daily_date(path, folder, written)
        if found is not None:
            return found
    return _logseq_journal(path)


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
