"""A weekly note's days, as people keep a week in one note (`2026-W48.md`, the Periodic Notes
plugin's name): a line that opens with a day of the week ("- Tue: Mosaik HM w/ [[Ravi]]"), and
the lines under a heading that names a day ("### Wed 2 Dec", "## Пн 30.11", "## 16 ноября, пн",
"### 2026-11-10 (вт)"): its list items, its paragraphs and the messages quoted in it, each an
entry on that day. A day written with its number is that day, in this week or the next ("- пн 7
— мок с Ольгой" in a plan written on Sunday 6 December is Monday 7 December)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from vaultkit.model import DatedEntry, Note, Section
from vaultkit.parse.dates import DATE_PATTERN, MONTH_WORD, NO_YEAR_PATTERN, first_date_in
from vaultkit.parse.names import monthly_name

_WEEK_NOTE = re.compile(
    r"(?P<year>\d{4})[ _-]?(?:W|Week|Wk|Неделя|Нед\.?)[ _-]?(?P<week>\d{1,2})", re.IGNORECASE
)
"""A weekly note's name, as the Periodic Notes plugin gives it (gggg-[W]ww), or spelt out
("2026 Week 47", "2026 Неделя 47")."""
_DAY_NAMES = (
    r"(?P<day>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|пн|вт|ср|чт|пт|сб|вс"
    r"|понедельник|вторник|сред[аую]|четверг|пятниц[аую]|суббот[аую]|воскресенье)"
)
_WEEKDAY = re.compile(
    rf"^[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?{_DAY_NAMES}\.?"
    r"(?:\*\*|__)?(?:[ \t]+(?P<number>\d{1,2})\.?(?=[ \t]*[:,\-–—]))?"
    r"(?:[ \t]*[:,\-–—][ \t]*|[ \t]+)(?P<text>\S.*)$",
    re.IGNORECASE,
)
"""A line that opens with a day of the week ("- Tue: …", "Fri 13.: …", "- пн 7 — мок"); a
number that no dash or colon follows is the line's own ("- Thu 3 rounds", "- Wed 11 am")."""
_WEEKDAYS = {
    **{day: n for n, day in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), 1)},
    **{day: n for n, day in enumerate(("пн", "вт", "ср", "чт", "пт", "сб", "вс"), 1)},
    **{day[:3]: n for n, day in enumerate(("пон", "вто", "сре", "чет", "пят", "суб", "вос"), 1)},
}
_DAY_HEADING = re.compile(
    rf"^#{{1,6}}[ \t]+(?:\*\*|__)?{_DAY_NAMES}(?![^\W\d_])\.?,?(?:[ \t]+(?P<number>\d{{1,2}}))?"
    rf"(?:[./]\d{{1,2}}(?:[./]\d{{2,4}})?\.?)?(?:[ \t]+(?:{MONTH_WORD})\.?)?(?:\*\*|__)?"
    r"(?:[ \t]*[:,\-–—][ \t]*|[ \t]+)?(?P<text>.*)$",
    re.IGNORECASE,
)
"""A heading for a day of the week ("### Wed 2 Dec", "## Пятница", "## Пн 30.11")."""
_DATE_HEADING = re.compile(
    rf"^#{{1,6}}[ \t]+(?:\*\*|__)?(?:{DATE_PATTERN}|{NO_YEAR_PATTERN})(?:\*\*|__)?"
    r"(?:[ \t]*[:\-–—][ \t]*|[ \t]+|,|$)(?P<text>.*)$"
)
"""A heading that opens with a date ("## 16 ноября, пн", "### 2026-11-10 (вт)", "### 12.11 call
with [[Tom]]"), and what it says besides."""
_PLAIN_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+(?!\[.\])(?P<text>\S.*)$")
"""A list item that is no task (a task is a plan, or is dated by its own tick)."""
_NO_ENTRY = ("|", "```", "~~~", "---", "![[", "%%")


Week = Mapping[str, str]
"""A week's ISO year and number ("year", "week")."""


def week_of_note(name: str) -> Week | None:
    """The year and week a weekly note's name gives ("2026-W48", "2026 Week 47", or its first
    day: "Неделя 2026-11-30", "Week of 2026-11-30"), or None."""
    if not may_name_a_week(name):
        return None
    numbered = _WEEK_NOTE.fullmatch(name)
    if numbered is not None:
        return {"year": numbered["year"], "week": numbered["week"]}
    started = _WEEK_OF.fullmatch(name)
    if started is None:
        return None
    try:
        first = date.fromisoformat(started["day"])
    except ValueError:
        return None
    if first.weekday() not in (0, 6):
        return None  # a sprint from a Wednesday: its "### Mon" is no day of an ISO week
    year, week, _ = (first + timedelta(days=1)).isocalendar()  # a week from Sunday is the next
    return {"year": str(year), "week": str(week), "sunday": "1" if first.weekday() == 6 else ""}


_WEEK_OF = re.compile(
    r"(?:week(?: of| starting)?|неделя(?: с| от)?|нед\.?)[ _-]+(?P<day>\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
"""A weekly note named by the day it starts, a Monday or a Sunday ("Неделя 2026-11-30",
"Week of 2026-11-29")."""


def may_name_a_week(name: str) -> bool:
    """Whether a note's name may be a week's (a cheap look before the pattern)."""
    return "w" in name or "W" in name or "ед" in name


def weekday_entries(
    body_lines: list[str],
    in_code: bytearray,
    offset: int,
    week: Week,
    entries: tuple[DatedEntry, ...],
    undated: list[tuple[int, str, str]],
) -> tuple[DatedEntry, ...]:
    """The entries of a weekly note: those it dates in full, those dated without a year
    (`undated`: line index, date as written, words) in this week's year, its lines that open
    with a day of the week, and the lines under a heading that names a day, each on that day (a
    heading that opens with its date is read so, not as one entry of its own)."""
    found = list(entries)
    monday = _day_of_week(week, "mon", None)
    for number, written, text in undated:
        on = _near(written, monday) if monday is not None else None
        if on is not None:
            found.append(DatedEntry(on, text, offset + number + 1))
    under: date | None = None  # the day of the heading the lines stand under
    level = 0  # that heading's level: a deeper heading ("### Созвоны") stays in its day
    headings: dict[int, DatedEntry | None] = {}  # a day's heading, with what it tells besides
    for number, line in enumerate(body_lines):
        if in_code[number]:
            continue
        at = offset + number + 1
        if line.startswith("#"):
            depth = len(line) - len(line.lstrip("#"))
            day, words = _heading_day(line, week)
            if day is not None:
                under, level = day, depth  # "### 2026-11-10 — финал Nordeus с [[Марко]]" tells too
                headings[at] = DatedEntry(day, words, at) if words else None
            elif depth <= level or not level:
                under, level = None, 0
            continue
        said = _WEEKDAY.match(line)
        if said is not None:
            on = _day_of_week(week, said["day"], said["number"])
            if on is not None:
                found.append(DatedEntry(on, said["text"].strip(), at))
        elif under is not None and (text := _line_text(line)):
            found.append(DatedEntry(under, text, at))
    kept: dict[int, DatedEntry] = {}
    for entry in found:  # a line dated by its own date keeps it ("- 03.12 call", a message)
        if entry.line not in headings:
            kept.setdefault(entry.line, entry)
    kept.update((line, entry) for line, entry in headings.items() if entry is not None)
    return tuple(sorted(kept.values(), key=lambda entry: entry.line))


def _line_text(line: str) -> str:
    """What a line under a day's heading says: a list item's or a paragraph's words, a quoted
    line's without its marks; "" for a task, a table row, a fence, an embed, a callout's title
    or a blank."""
    stripped = line.strip()
    if stripped.startswith(">"):
        stripped = stripped.lstrip("> \t")
        if stripped.startswith("[!"):
            return ""  # "> [!todo] Next week"
    if not stripped or stripped.startswith(_NO_ENTRY):
        return ""
    if stripped[0] in "-*+":
        item = _PLAIN_ITEM.match(stripped)
        return item["text"].strip() if item else ""
    return stripped


def _heading_day(line: str, week: Week) -> tuple[date | None, str]:
    """The day a weekly note's heading names, with the words it says besides ("## Пт 13.11 —
    кофе с [[Лена]]"); None for a heading of no day ("## Итоги")."""
    named = _DAY_HEADING.match(line)
    if named is not None:
        return _day_of_week(week, named["day"], named["number"]), named["text"].strip()
    monday = _day_of_week(week, "mon", None)
    dated = _DATE_HEADING.match(line) if monday is not None else None
    if monday is None or dated is None:
        return None, ""
    words = (
        dated["text"].strip() if dated["text"] and not _ONLY_A_DAY.fullmatch(dated["text"]) else ""
    )
    return _near(line.lstrip("#*_ \t")[:24], monday), words


_ONLY_A_DAY = re.compile(rf"[\s(,]*{_DAY_NAMES}\.?[\s),]*", re.IGNORECASE)
"""What a dated heading adds that only names its weekday ("## 16 ноября, пн", "(вт)")."""


def _near(written: str, monday: date) -> date | None:
    """The first date written in `written`, in the year that puts it near the week of
    `monday`; None for none, or one far from the week (a deadline, a birthday)."""
    on = first_date_in(written, monday - timedelta(days=7))
    if on is None or not monday - timedelta(days=7) <= on <= monday + timedelta(days=13):
        return None
    return on


def _day_of_week(week: Week, day: str, number: str | None) -> date | None:
    """The day of `week` named `day`; written with its number ("пн 7"), the day of that name
    and number nearest to the week (the next week's, in a plan)."""
    weekday = _WEEKDAYS.get(day.casefold()[:3]) or _WEEKDAYS.get(day.casefold())
    try:
        on = date.fromisocalendar(int(week["year"]), int(week["week"]), weekday or 0)
    except ValueError:
        return None
    if weekday == 7 and week.get("sunday"):
        on -= timedelta(days=7)  # a week kept from Sunday opens with it
    if number is None or on.day == int(number):
        return on
    for weeks in (1, -1, 2):
        near = on + timedelta(weeks=weeks)
        if near.day == int(number):
            return near
    return on


def section_days(sections: tuple[Section, ...], week: Week) -> list[date | None]:
    """The day each of a weekly note's sections tells of: its heading's, else the day of the
    heading it stands under ("### Calls" under "## Tue 24.11"); None for the note's lead and
    the parts of no day ("## Итоги недели")."""
    days: list[date | None] = []
    day: date | None = None
    level = 0  # the level of the heading that gave `day`
    for section in sections:
        named, _ = _heading_day(f"{'#' * max(section.level, 1)} {section.heading}", week)
        if named is not None:
            day, level = named, section.level
        elif not section.heading or section.level <= level:
            day, level = None, 0
        days.append(day)
    return days


def day_of_line(path: str, note: Note, line: int) -> date | None:
    """The day a line of a weekly note stands under ("- [ ] портфолио для Жоау" under "## Пт
    4.12"), or of a month's note (month_line_days); None for another note, or a line under no
    day."""
    name = path.rsplit("/", 1)[-1].removesuffix(".md")
    week = week_of_note(name)
    if week is None:
        return month_line_days(note).get(line) if monthly_name(name) else None
    day = None
    for section, on in zip(note.sections, section_days(note.sections, week), strict=True):
        if section.line > line:
            break
        day = on
    return day


def month_line_days(note: Note) -> dict[int, date]:
    """The day each line of a month's note ("2026-11") stands under: a dated heading's or
    paragraph's ("### 11.11", "**14 ноя** — …") until the next heading no deeper (a "####
    Вечер" under "### 11.11" keeps its day), a dated list item's ("- 2/11: …") for the lines
    after it, those indented or quoted under it ("- 27/11: письмо от Farfetch:" and the e-mail
    under it) and the undated items beside it, unless its day runs ahead of the log
    (_plans_ahead: "- 18.12 — финал" plans a day, and the items after it are not of it)."""
    days = {entry.line: entry.on for entry in note.entries}
    ahead = _plans_ahead(days)
    found: dict[int, date] = {}
    block: date | None = None
    level = 0  # the level of the heading that gave `block`
    for section in note.sections:
        if section.line in days:
            block, level = days[section.line], section.level
        elif not section.heading or section.level <= level:
            block, level = None, 0
        item: tuple[date, int] | None = None
        for number, text in enumerate(section.content.split("\n"), section.line + 1):
            indent = len(text) - len(text.lstrip())
            if number in days:
                if not _LIST_ITEM.match(text) or number not in ahead:  # "- 2/11: …" in a log
                    block, item = days[number], None
                else:
                    item = (days[number], indent)  # "- 18.12 — финал": its own lines only
                continue
            under = text.lstrip().startswith(">") or indent > (item[1] if item else -1)
            if item is not None and text.strip() and not under:
                item = None
            on = item[0] if item is not None else block
            if on is not None and text.strip():
                found[number] = on
    return found


def _plans_ahead(days: dict[int, date]) -> set[int]:
    """The lines of a month's log whose day runs ahead of the log: later than the next dated
    line below, or, the last, more than a week after the one above ("- 18.12 — финал")."""
    lines = sorted(days)
    plans = set()
    for index, line in enumerate(lines):
        later = [days[other] for other in lines[index + 1 :]]
        before = days[lines[index - 1]] if index else None
        if (later and days[line] > later[0]) or (
            not later and before is not None and (days[line] - before).days > 7
        ):
            plans.add(line)
    return plans


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]")
