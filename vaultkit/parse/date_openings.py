"""Quick looks at a line before the date patterns are tried on it: does it open with a digit,
a month's or a weekday's first letters? String methods, not regexes: they run on every line
of every note."""

from __future__ import annotations

from vaultkit.parse.dates import WEEKDAY_HEADS


def may_be_yearless(text: str) -> bool:
    """A quick look at a list item: does its text start with a digit or a month's first
    letters (the full pattern is tried only then)? String methods, not a regex: it runs on
    every list item of every note."""
    rest = text.lstrip(" \t>")
    if rest[:2] in _BULLETS:
        rest = rest[2:]
    else:  # "1. Nov 6 — call", "2) 08.10 скрин"
        number = rest.split(None, 1)
        if len(number) < 2 or not number[0][:-1].isdigit() or number[0][-1:] not in ".)":
            return False
        rest = number[1]
    head = rest.lstrip(" \t*_")[:3].casefold()
    return head[:1].isdigit() or head in _MONTH_HEADS or _weekday_head(head)


def may_open_with_date(text: str) -> bool:
    """A quick look at a paragraph or heading: may it open with a date ("## 03.09 созвон",
    "Oct 23 call with Anna", "Fri 30 Oct — call")?"""
    opening = text.lstrip("# \t")[:1] if text[0] == "#" else text[0]
    head = text.lstrip("# \t*_")[:3].casefold()
    if _weekday_head(head):
        return True
    return opening in _DATE_OPENINGS and (
        text[0] == "#" or text[0] not in _MONTH_INITIALS or head in _MONTH_HEADS
    )


def _weekday_head(head: str) -> bool:
    """Whether the first three letters of a line (folded) may open a day of the week."""
    return head in WEEKDAY_HEADS or (head[:2] in WEEKDAY_HEADS and not head[2:3].isalpha())


_MONTH_INITIALS = frozenset("JFMASONDjfmasondЯФМАИСОНДяфмаисонд")
"""The letters a month's name starts with, in English and Russian: a line opening with any
other is no date."""
_DATE_OPENINGS = _MONTH_INITIALS | frozenset("0123456789[*_")
_BULLETS = frozenset({"- ", "* ", "+ ", "-\t", "*\t", "+\t"})
_MONTH_HEADS = frozenset(
    "jan feb mar apr may jun jul aug sep oct nov dec "
    "янв фев мар апр май мая июн июл авг сен окт ноя дек okt".split()
)
