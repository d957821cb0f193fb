"""Words in English and Russian: numbers with the noun forms that agree with them, and names set
in Russian text after a noun that spares their declension."""

from __future__ import annotations

import re
from datetime import date

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_QUOTES = "«»\"„“”'"


def counted(number: int, *forms: str) -> str:
    """`number` and the noun form that goes with it: two forms follow English (1 note, 2
    notes), three follow Russian (1 день, 2 дня, 5 дней; 21 день, 12 дней)."""
    if len(forms) == 2:
        return f"{number} {forms[0] if number == 1 else forms[1]}"
    if len(forms) != 3:
        raise ValueError("counted takes two forms (English) or three (Russian)")
    last, last_two = abs(number) % 10, abs(number) % 100
    if last == 1 and last_two != 11:
        return f"{number} {forms[0]}"
    if 2 <= last <= 4 and not 12 <= last_two <= 14:
        return f"{number} {forms[1]}"
    return f"{number} {forms[2]}"


def ru_quoted(name: str) -> str:
    """A name (a company, a role) as Russian text sets it after a noun such as «в компании»:
    in guillemets when written in Cyrillic, so that it needs no declension («в компании
    «Кодовая Гавань»», not «в Кодовая Гавань»); as written when it is in Latin letters or
    holds quotes of its own."""
    text = name.strip()
    if not _CYRILLIC.search(text) or any(mark in text for mark in _QUOTES):
        return text
    return f"«{text}»"


NBSP = "\u00a0"
"""Joins a date's parts, so that no line breaks inside a date."""
_SHORT_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "ru": "янв фев мар апр мая июн июл авг сен окт ноя дек".split(),
}


def short_date(day: object, language: str, today: object = None) -> str:
    """A date as the notes' text and tables show it: '10 Mar' / '10 мар', with the year when
    it is not `today`'s ('10 Mar 2025'), its parts joined by non-breaking spaces; '' for none.
    (Tasks' 📅 dates, properties and JSON keep ISO dates.)"""
    if not isinstance(day, date):
        return "" if day is None else str(day)
    months = _SHORT_MONTHS["ru" if language == "ru" else "en"]
    text = f"{day.day}{NBSP}{months[day.month - 1]}"
    if not isinstance(today, date) or today.year != day.year:
        text += f"{NBSP}{day.year}"
    return text
