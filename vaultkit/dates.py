"""Dates as people write them in notes: ISO, [[ISO]] daily links, and dd.mm.yyyy."""

from __future__ import annotations

import re
from datetime import date, datetime

DATE_PATTERN = r"\d{4}-\d{2}-\d{2}|\[\[\d{4}-\d{2}-\d{2}(?:\|[^\]\n]*)?\]\]|\d{1,2}\.\d{1,2}\.\d{4}"
"""A regex alternation matching one written date in any of the accepted forms."""

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


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
