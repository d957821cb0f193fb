"""Names compared the way Obsidian compares them: in Unicode NFC, and without case.

A file name can reach the disk decomposed (macOS, and volumes written by its older HFS+,
store 'й' and 'ё' as a letter plus a combining mark) while the links typed to it are composed.
Obsidian indexes paths in NFC, so both spellings lead to the same note; so they do here.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date


def fold(text: str) -> str:
    """`text` in the form names are matched in: NFC, case folded."""
    if text.isascii():
        return text.lower()  # the same as casefold() for ASCII, and no normalising to do
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


_NAMESPACE = re.compile(r"%2F|___", re.IGNORECASE)
_NOTION_ID = re.compile(r"\s+(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])(?:[0-9a-f]{32}|[0-9a-f]{8})$")
"""The id Notion's export puts after a page's name ("Mia Schulz 5be07d2c"): hex with a digit
and a letter ("Team 12345678" and "Max Born 20261120" keep their numbers)."""


def namespaced_page(title: str) -> str:
    """The page a Logseq file name stands for, namespace and all ("people%2FМарат" and
    "people___Марат" are people/Марат), or "" for a title that is no namespaced page."""
    if "%" not in title and "___" not in title:
        return ""
    parts = _NAMESPACE.split(title)
    return "/".join(part.strip() for part in parts) if len(parts) > 1 else ""


def page_name(title: str) -> str:
    """The name a note's file name stands for: a Logseq page in a namespace is saved as
    "people%2FМарат" or "companies___Kaspi" (people/Марат, companies/Kaspi), and is called by
    its last part; a page exported from Notion keeps its id after its name ("Mia Schulz
    5be07d2c"), a Zettelkasten note its timestamp before it ("202611031415 Jeroen"), a person's
    note an "@" before it ("@Priya Shah", as people notes are often named); any other title is
    itself."""
    if title[:1] == "@" and title[1:2].isalpha():
        title = title[1:]
    if "%" in title or "___" in title:
        title = _NAMESPACE.split(title)[-1].strip() or title
    if title[:1].isdigit():
        title = _ZETTEL_ID.sub("", title) or title
    return _NOTION_ID.sub("", title) or title


_ZETTEL_ID = re.compile(
    r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{4,6}(?:[ \t]*[-–—_][ \t]*|[ \t]+)"
    r"(?=\S)"
)
"""A Zettelkasten note's timestamp id before its name ("202611031415 Jeroen"): when the note
was made, no part of whom or what it is about."""


_FILED = re.compile(
    r"(?P<last>[^\W\d_](?:[^\W\d_]|['’-])*(?: [^\W\d_](?:[^\W\d_]|['’-])*){0,2}),[ \t]*"
    r"(?P<first>[^\W\d_](?:[^\W\d_]|['’.-])*(?: [^\W\d_](?:[^\W\d_]|['’.-])*){0,2})"
)
"""A person's note filed surname first ("Nair, Priya", "Иванова, Анна Петровна")."""


def person_name(title: str, aliases: tuple[str, ...] = ()) -> str:
    """The name a person's note stands for: page_name's, and a note filed surname first
    ("Nair, Priya") by the name as said, first name first, where an alias says so ("Priya
    Nair"): "Аня, Яндекс", "Tom, Stripe recruiter" and "Priya Nair, PhD" are not names turned;
    a note named by its timestamp id alone ("202612021000") by its first alias."""
    name = page_name(title)
    if aliases and _FLEETING.fullmatch(name):  # "202612021000", aliases: [Hilde]
        return aliases[0]
    gloss = _WHERE_AFTER.search(name)  # "Tomás Brennan (Corrib Health)", "(she/her)": a gloss;
    bare = name[: gloss.start()] if gloss else name  # not "Anna (Monzo)" beside "Anna (Wise)",
    one_word = gloss is not None and gloss["gloss"][:1].isupper() and " " not in gloss["gloss"]
    name = bare if len(bare.split()) >= 2 and not one_word else name  # nor "(Sophie)", a name
    filed = _FILED.fullmatch(name) if "," in name else None
    if filed is None:
        return name
    said = f"{filed['first']} {filed['last']}"
    return next((alias for alias in aliases if fold(alias) == fold(said)), name)


_WHERE_AFTER = re.compile(r"(?<=[^\W\d_])\s+\((?P<gloss>[^()]+)\)$")
"""A note's gloss after the name, in brackets: where or who they are ("(Corrib Health)")."""
_ARCHIVES = frozenset({"archive", "archives", "_archive", "архив", "архивы"})
"""Folders people move finished work into ("Archive/Job Search 2023")."""


def archived(path: str) -> bool:
    """Whether a note lies in an archive folder, at any depth: its open tasks are history."""
    return "/" in path and any(fold(part) in _ARCHIVES for part in path.split("/")[:-1])


def birthday_list(title: str) -> bool:
    """Whether a note's title names it a list of birthdays ("Дни рождения", "Birthdays 🎂")."""
    return _BIRTHDAYS.match(title) is not None


_BIRTHDAYS = re.compile(
    r"[\W_]*(?:birthdays?|b-?days?|дни рождени[яй]|дни рожденья|др)(?![^\W\d_])", re.IGNORECASE
)


def of_a_past_year(title: str, today: date) -> bool:
    """Whether a note's title names a year before `today`'s ("Поиск работы 2024")."""
    return any(int(year) < today.year for year in _YEAR.findall(title))


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


_PERIODIC = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|W\d{2}))?", re.IGNORECASE)
"""The names of Periodic Notes' monthly, quarterly, weekly and yearly notes."""


def periodic_name(title: str) -> bool:
    """Whether a note's title is a monthly, quarterly, weekly or yearly note's ("2026-11")."""
    return _PERIODIC.fullmatch(title) is not None


def monthly_name(title: str) -> bool:
    """Whether a note's title is a monthly note's ("2026-11", "Журнал 2026-11", "2026-11 Log",
    "2026-11 Ноябрь")."""
    return _MONTH_NOTE.fullmatch(title) is not None


_MONTH_NOTE = re.compile(
    r"(?:(?:журнал|дневник|лог|log|journal|diary|month|месяц)[ _-]+)?\d{4}-(?:0[1-9]|1[0-2])"
    r"(?:[ _-]+(?:журнал|дневник|лог|log|journal|diary|review|обзор|(?:январ|феврал|март|апрел"
    r"|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-zа-яё]*))?",
    re.IGNORECASE,
)


def fleeting_day(title: str) -> date | None:
    """The day of a note named by its timestamp alone ("202611301840", a Zettelkasten's
    fleeting note): a log of that day, as a daily note is."""
    return _stamp_day(_FLEETING.fullmatch(title))


def _stamp_day(found: re.Match[str] | None) -> date | None:
    """The day of a timestamp id matched by _FLEETING."""
    if found is None:
        return None
    try:
        return date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None


_FLEETING = re.compile(r"(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})\d{4,6}")
