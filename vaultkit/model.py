"""The data model shared by every stage: notes as parsed, and diagnostics about them.

All values are frozen, slotted dataclasses holding tuples, so a stage can hand them on
without fear of another stage changing them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Literal

from vaultkit.keys import canonical
from vaultkit.keys import key_form as key_form

Severity = Literal["error", "warning", "info"]
PropertyValue = str | int | float | bool | date | datetime | None | tuple["PropertyValue", ...]
LinkStyle = Literal["wiki", "markdown", "name"]
CONTEXT_CHARS = 300
"""Longest line kept as a link's context."""
PropertySource = Literal["yaml", "inline", "body", "item"]
"""Where a property was written: the YAML block, a Dataview inline field (`key:: value`), or a
`Key: value` line at the top of the body (as Notion exports write them)."""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found in one file; stages collect these and carry on."""

    path: str
    """Vault-relative path of the file, with forward slashes."""
    line: int
    """1-based line the problem sits on (0 when it concerns the whole file)."""
    severity: Severity
    """error: something in the note could not be read; warning: read, but suspect; info: fyi."""
    message: str
    """What is wrong, in words a user can act on."""
    message_ru: str = ""
    """The same in Russian, for the health note of a vault whose notes are in Russian ('' where
    there is none: the English is shown)."""

    def text(self, language: str) -> str:
        """The message in `language` (en or ru), in English where it has no Russian."""
        return self.message_ru if language == "ru" and self.message_ru else self.message


def texts_of(value: PropertyValue) -> Iterator[str]:
    """Every text in a property value, a list's included, in order."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from texts_of(item)


@dataclass(frozen=True, slots=True)
class Property:
    """One frontmatter property, normalised to Obsidian's property shapes."""

    key: str
    """The key as written."""
    value: PropertyValue
    """text, number, checkbox, date, datetime, or a tuple of those (a list property)."""
    line: int
    """1-based line of the key in the file."""
    source: PropertySource = "yaml"
    """Where it was written."""
    name: str = ""
    """The key vaultkit reads it as (keys.canonical of `key`), filled in when not given."""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", canonical(self.key))


@dataclass(frozen=True, slots=True)
class Link:
    """One link from a note to another note, a heading, a block or an attachment."""

    target: str
    """The link path as written, without heading, block or alias ('' for a same-note link)."""
    where: str
    """Where the link sits: a property key (company, people, ...), 'body' or 'embed'."""
    line: int
    """1-based line of the link in the file."""
    alias: str | None = None
    """Display text after '|' (or a markdown link's text)."""
    heading: str | None = None
    """Heading after '#', if any."""
    block: str | None = None
    """Block id after '#^', if any."""
    style: LinkStyle = "wiki"
    """wiki for [[...]], markdown for [text](path), name for a company written as plain text
    (`company: Picsart`): a link only where a note of that name or alias exists."""
    context: str = ""
    """The line the link sits on, trimmed (at most CONTEXT_CHARS); '' for property links."""


YEARLESS = 2000
"""The placeholder year of an entry whose note gives no year (Note.yearless)."""


def latest_day_by(month_day: date, today: date) -> date:
    """The latest day up to `today` with the month and day of `month_day` (29 February in a
    year without one: the 28th)."""
    for year in (today.year, today.year - 1):
        day = min(month_day.day, calendar.monthrange(year, month_day.month)[1])
        found = date(year, month_day.month, day)
        if found <= today:
            return found
    return found


@dataclass(frozen=True, slots=True)
class DatedEntry:
    """A list item that starts with a date, such as '- 2026-10-01 call: ...'."""

    on: date
    """The date the item starts with."""
    text: str
    """The rest of the item after the date."""
    line: int
    """1-based line of the item."""


@dataclass(frozen=True, slots=True)
class Task:
    """A checkbox list item, as the Tasks plugin writes them (`- [x] ... ✅ 2026-11-20`)."""

    line: int
    """1-based line of the task."""
    done: bool
    """True for [x] / [X]."""
    done_on: date | None
    """The ✅ date, if any."""
    text: str
    """The text after the checkbox."""
    cancelled: bool = False
    """True for a task given up (`- [-] …`, Logseq's `CANCELED`): neither done nor owed."""
    noted: bool = False
    """True for a to-do callout ("> [!todo] Написать Ксюше"): written down, never ticked."""

    @property
    def open(self) -> bool:
        """Whether the task is still to do: neither done nor given up."""
        return not (self.done or self.cancelled)


LEAD_LEVEL = 7
"""The level of a note's lead section (its text before the first heading, under heading ''):
deeper than any heading, so that Note.section_text stops at the first one."""


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and its own text, up to the next heading of any level."""

    heading: str
    """Heading text without the leading #s."""
    level: int
    """1 for #, 2 for ##, ..."""
    line: int
    """1-based line of the heading (of a lead section: the line before its text)."""
    content: str
    """The raw markdown under the heading, without its subsections."""


_YEARS_IN_ONE_LOG = 2
"""Calendar years a note's yearless lines may span read as one log (across one New Year);
read so over three, its sections are logs of their own (a company note's people's and its
process's, each running forward)."""
_YEAR = re.compile(r"\W*((?:19|20)\d\d)(?:\s+(?:год|year))?\W*", re.IGNORECASE)
"""A heading that is a year alone ("## 2025", "## 2026 год"): the lines under it, to the next
heading of its level, are of that year; a year beside a word ("## PyCon 2024") is none."""


def part_end(sections: tuple[Section, ...], heading: Section) -> int:
    """The line of the next heading of `heading`'s level or higher (the end of its part)."""
    later = [s.line for s in sections if s.line > heading.line and s.level <= heading.level]
    return min(later, default=10**9)


def _bound(start: int, years: dict[int, tuple[int, int]], today: date) -> date:
    """The latest day the lines of the section at line `start` may be on: the end of the year
    of a heading that is a year and holds it (not after `today`), else `today`."""
    held = [(line, year) for line, (year, end) in years.items() if line <= start < end]
    if not held:
        return today
    return min(today, date(max(held)[1], 12, 31))


_AHEAD_DAYS = 14
"""How far ahead of today a log's newest line may be, booked where the line above it is past
("- 04.12 — Marco asked for references", "- 08.12 вт 10:00 — финал")."""


def _read_log(downward: list[DatedEntry], today: date) -> list[DatedEntry]:
    """Yearless log lines, in the order written, each on its day: newest first where they run
    back twice or more and more than twice as often as forward, else newest at the bottom;
    the newest up to today, or up to a fortnight on where it books its day (a time, a weekday,
    a round) and the line above it has come and is at most two months before it."""
    steps = [(a.on > b.on) - (a.on < b.on) for a, b in pairwise(downward)]
    back = steps.count(1)
    if back >= 2 and back > 2 * steps.count(-1):  # "- 3 Dec", "- 19 Nov", "- 2 Oct"
        return _read_back(downward, today)
    dated = _read_back(downward[::-1], today)  # the newest at the bottom, across New Year too
    if not booked_line(downward[-1].text):
        return dated  # "12.12 — сообщила отказ": told after it happened
    ahead = _read_back(downward[::-1], today + timedelta(days=_AHEAD_DAYS))
    if (
        len(ahead) > 1
        and ahead[0].on > today >= ahead[1].on
        and (ahead[0].on - ahead[1].on).days <= 60
    ):
        return ahead
    return dated


_BOOKED = re.compile(
    r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    r"|(?<![^\W\d_])(?:пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|среду|четверг|пятниц\w*"
    r"|суббот\w*|воскресенье|stage \d|round \d|interview|screen|final|onsite|собес\w*|финал\w*"
    r"|этап\w*|интервью|скрин\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A line that books its day: a time, a day of the week or a round ("08.12 вт 10:00 — финал",
"- 10/12 stage 2 — design + EM")."""
_HELD_OR_MOVED = re.compile(
    r"(?<![^\W\d_])(?:rejected|moved|postponed|cancel\w*|resched\w*|passed|went|was|were"
    r"|перенес\w*|перенёс\w*|отмен\w*|отказ\w*|прош\w*|был\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def booked_line(text: str) -> bool:
    """Whether a log's line books its day ahead: a time, a weekday or a round, and no word that
    it was held or moved ("- 11.12 final interview, rejected the week after", "- 15/12 stage 2
    — moved to Jan")."""
    return bool(_BOOKED.search(text)) and not _HELD_OR_MOVED.search(text)


def _read_back(entries: list[DatedEntry], today: date) -> list[DatedEntry]:
    """Yearless `entries`, newest first, each as the latest such day up to the one before it
    (the first up to `today`)."""
    dated = []
    bound = today
    for entry in entries:
        bound = latest_day_by(entry.on, bound)
        dated.append(replace(entry, on=bound))
    return dated


@dataclass(frozen=True, slots=True)
class Note:
    """Everything vaultkit reads from one markdown file; produced by parse.loads."""

    path: str
    """Vault-relative path with forward slashes, including the .md extension."""
    properties: tuple[Property, ...] = ()
    """Frontmatter properties in file order."""
    links: tuple[Link, ...] = ()
    """Links from properties and body, in file order."""
    tags: tuple[str, ...] = ()
    """Tags without '#', from the tags property and the body, first occurrence order."""
    aliases: tuple[str, ...] = ()
    """Names from the aliases property."""
    sections: tuple[Section, ...] = ()
    """Headings with their content."""
    entries: tuple[DatedEntry, ...] = ()
    """Dated list items."""
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    """Problems found while reading this note."""
    tasks: tuple[Task, ...] = ()
    """Checkbox items, open and done."""
    yearless: tuple[DatedEntry, ...] = ()
    """Timeline entries written without a year in a note that gives none to take it from
    ("- 23 Oct — call" and no full date anywhere), their `on` in the placeholder year
    YEARLESS (a leap year, for 29 Feb): a contact's are read as the latest such day up to
    today, and warned about (domain/contacts.py)."""
    self_words: tuple[str, ...] = ()
    """Russian past verbs its list items open with or that follow "я" (parse/self_words.py):
    the voice its writer speaks of themselves in."""
    slash_marks: tuple[int, int, int, int] = (0, 0, 0, 0)
    """How many of its slashed dates can be read only month first and only day first, as
    written: those that stamp a line without a year ("- 11/23 — call"), then whole ones
    (`11/23/2026`): the vault's order is told by all its notes' (parse/month_first.py)."""

    def log_as_of(self, today: date, alone_too: bool = False) -> tuple[DatedEntry, ...]:
        """Its dated entries, and, where it keeps two or more written without a year (one alone
        may be a birthday, "- 14.02", except in a note `alone_too` says keeps none), those too:
        the last as the latest such day up to `today`, each before it as the latest such day up
        to the one after it (a log runs forward, across New Year too: "- 15.11", "- 20.12",
        "- 10.01", "- 05.02"), or newest first where its
        lines come before the line above them in the year twice or more, and more than twice as
        often as after ("- 3 Dec", "- 19 Nov", "- 2 Oct"). Its sections are logs of their own
        where one log would span three years, or two where apart one books a day ahead (a
        process's timeline up to a booked final, then a feedback section's "01.12 …"), or where
        a heading is a year ("## 2025")."""
        if len(self.yearless) < (1 if alone_too else 2):
            return self.entries
        downward = sorted(self.yearless, key=lambda entry: entry.line)
        years = {  # a heading that is a year: its line, its year, the line its part ends on
            s.line: (int(y[1]), part_end(self.sections, s))
            for s in self.sections
            if (y := _YEAR.fullmatch(s.heading))
        }
        dated = _read_log(downward, today)
        spanned = len({entry.on.year for entry in dated})
        last = downward[-1].line  # a booked last line is _read_log's own to read ahead
        ahead = (
            {e.line for e in downward if e.line < last and booked_line(e.text)}
            if spanned == _YEARS_IN_ONE_LOG and not years
            else set()
        )
        if years or spanned > _YEARS_IN_ONE_LOG or ahead:
            starts = [section.line for section in self.sections if section.heading]
            runs: dict[int, list[DatedEntry]] = {}  # a log a section: a person's, a process's
            for entry in downward:
                start = max((n for n in starts if n < entry.line), default=0)
                runs.setdefault(start, []).append(entry)
            apart = [
                entry
                for start, run in runs.items()
                for entry in _read_log(run, _bound(start, years, today))
            ]
            booked = any(e.on > today and e.line in ahead for e in apart)
            if years or spanned > _YEARS_IN_ONE_LOG or booked:
                dated = apart  # "## Процесс" up to a booked final, then "## Фидбек ¶ 01.12 …"
        return tuple(sorted((*self.entries, *dated), key=lambda entry: entry.line))

    @property
    def undated_lines(self) -> tuple[int, ...]:
        """The lines of the entries written without a year (see `yearless`)."""
        return tuple(entry.line for entry in self.yearless)

    @property
    def title(self) -> str:
        """The note's name as Obsidian shows it: the file name without .md."""
        name = self.path.rsplit("/", 1)[-1]
        return name[:-3] if name.lower().endswith(".md") else name

    @property
    def folder(self) -> str:
        """The folder the note is in ('' for the vault root)."""
        return self.path.rsplit("/", 1)[0] if "/" in self.path else ""

    def section_text(self, index: int) -> str:
        """The text of section `index` with all its subsections (headings included)."""
        first = self.sections[index]
        parts = [first.content]
        for later in self.sections[index + 1 :]:
            if later.level <= first.level:
                break
            parts.append(f"{'#' * later.level} {later.heading}\n{later.content}")
        return "\n".join(part for part in parts if part)

    def get(self, key: str) -> PropertyValue:
        """The value of property `key` (by any of its names: keys.canonical), or None; a key
        in the YAML block before an inline field of the same key."""
        found = self.find(key)
        return found.value if found is not None else None

    def line_of(self, key: str) -> int:
        """The line of property `key` (as `get` finds it), or 0 when the note has none."""
        found = self.find(key)
        return found.line if found is not None else 0

    def find(self, key: str) -> Property | None:
        """Property `key` itself (by any of its names), or None."""
        wanted = canonical(key)
        for prop in self.properties:
            if prop.name == wanted:
                return prop
        return None

    def values(self, key: str) -> tuple[PropertyValue, ...]:
        """Property `key` as a tuple: a list property as is, a single value as one item."""
        value = self.get(key)
        if value is None:
            return ()
        return value if isinstance(value, tuple) else (value,)


@dataclass(frozen=True, slots=True)
class Templates:
    """The source of every template a rendering may use, read from disk by the store, so that
    rendering itself never reads a file."""

    packaged: tuple[tuple[str, str], ...]
    """vaultkit's own templates: (name such as `en/due.md.j2`, source), by name."""
    overrides: tuple[tuple[str, str], ...] = ()
    """The vault's own templates of the same names (in .vaultkit/templates/), by name."""
