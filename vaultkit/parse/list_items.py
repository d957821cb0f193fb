"""List items of a note's body: dated entries (`- 2026-10-01 call: ...`, timeline lines dated
without a year, `- Nov 6 — call`, and table rows dated in their first or second cell) and tasks
(`- [ ] ...`, `- [x] ... ✅ 2026-11-20`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from vaultkit.model import YEARLESS, DatedEntry, Diagnostic, Property, Task
from vaultkit.parse.date_openings import may_be_yearless, may_open_with_date
from vaultkit.parse.dates import (
    DATE_PATTERN,
    NO_YEAR_PATTERN,
    SHORT_YEAR,
    WEEKDAY_LEAD,
    as_date,
    day_before,
    latest_date_in,
    month_first_day,
    note_day,
    parse_written_date,
)
from vaultkit.parse.item_runs import (
    done_below,
    in_the_month_named,
    without_clock_times,
    without_outline_numbers,
    without_versions,
)
from vaultkit.parse.markdown import row_cells
from vaultkit.parse.task_lines import line_task, rapid_log
from vaultkit.parse.weekly_notes import week_of_note, weekday_entries

_CLOSED = r"(?(mark)(?:(?P=mark)|(?=.*?(?P=mark))))"
"""The bold or italics a date opens with, closed after it or further on the line ("- **6 Nov —
withdrew.** emailed Esther")."""
_DATED_ITEM = re.compile(  # the date may be in bold or italics: - **2026-10-01** call
    r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+(?:\[.\][ \t]+)?(?P<mark>\*\*|__|\*|_)?"
    rf"(?:{WEEKDAY_LEAD})?(?P<date>{DATE_PATTERN}){_CLOSED}(?![\d.])"
    r"[ \t:,.\-–—]*(?P<text>.*)$"
)
_ONE_DIGIT_DAY = r"\d\.(?:0[1-9]|1[0-2])(?![\d.,])"
"""A day of one digit before a month of two, opening a list item ("- 1.10 скрининг", "- 3.11
тех"): a day, where "1.5" and "2.25" are numbers; an outline's "1.10", "1.11" is set apart by
_without_outline_numbers."""
_YEARLESS_ITEM = re.compile(  # - Nov 6 — hiring manager call; - 08.10 Ника написала
    r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+(?P<mark>\*\*|__|\*|_)?"
    rf"(?:{WEEKDAY_LEAD})?(?P<date>{NO_YEAR_PATTERN}|{_ONE_DIGIT_DAY}){_CLOSED}"
    r"(?:[ \t]*[:,\-–—][ \t]*|[ \t]+)(?P<text>\S.*)$"
)
"""A timeline entry dated without its year: its year comes from the note's latest full date."""
_DATED_LINE = re.compile(  # a paragraph that opens with its date: "10.09.2026 сам написал"
    rf"^(?P<mark>\*\*|__)?(?:{WEEKDAY_LEAD})?(?P<date>{DATE_PATTERN}|{NO_YEAR_PATTERN})"
    rf"{_CLOSED}(?![\d.])"
    r"(?:[ \t]*[:,\-–—][ \t]*|[ \t]+)(?P<text>\S.*)$"
)
_DATED_HEADING = re.compile(  # "## 03.09 созвон", "### 2026-10-14 — rejection", "## 15.10"
    r"^#{1,6}[ \t]+(?P<mark>\*\*|__)?"
    rf"(?:{WEEKDAY_LEAD})?(?P<date>{DATE_PATTERN}|{NO_YEAR_PATTERN})(?(mark)(?P=mark))(?![\d.])"
    r"(?:[ \t]*[:,\-–—][ \t]*|[ \t]+|$)(?P<text>.*)$"
)
CHAT_LINE = re.compile(
    r"^[ \t>]*(?:[-*+][ \t]+)?\[(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?P<ampm>[ \t]*[AaPp]\.?[Mm]\.?)?\][ \t]*(?P<text>\S.*)$"
)
"""A message pasted from a chat with its stamp ("> [02.12.2026 11:02] Анна Ким: …", as
Telegram copies it; "[02.12.26, 11:02:15] Anna: …", as WhatsApp exports it)."""


def _said(found: re.Match[str]) -> str:
    """A dated line's words, without the closing mark of bold opened before its date."""
    text, mark = found["text"], found["mark"]
    if len(mark or "") < 2 or found.string.startswith(mark, found.end("date")):
        return text  # none, closed after the date ("- **6 Nov** — withdrew"), or one "_"
    return text.replace(mark, "", 1)  # that may be a snake_case word's


def _not_a_day(path: str, line: int, written: str) -> Diagnostic:
    """The warning for an item dated with a day that is none ("- 31.11.2026 call")."""
    return Diagnostic(
        path, line, "warning", f"{written} is not a real date", f"{written}: такой даты не бывает"
    )


def chat_entry(text: str, line: int) -> DatedEntry | None:
    """The message a chat line pastes, on its stamp's day, or None for a line that is no
    chat's (or whose stamp is no real day)."""
    chat = CHAT_LINE.match(text)
    if chat is None:
        return None
    on = month_first_day(chat["date"]) if chat["ampm"] else parse_written_date(chat["date"])
    return DatedEntry(on, chat["text"].strip(), line) if chat and on else None


_HEADING_TEXT_CHARS = 600
"""How much of a dated heading's section its entry takes: the words under it, to its first
blank line, list item or heading."""


def list_items(
    body_lines: list[str],
    in_code: bytearray,
    offset: int,
    text: str,
    path: str,
    diagnostics: list[Diagnostic],
    props: tuple[Property, ...] = (),
) -> tuple[tuple[DatedEntry, ...], tuple[Task, ...], tuple[DatedEntry, ...]]:
    """Dated list items (in line order), tasks, and the timeline entries left without a year
    (written so, in a note that gives none: in the placeholder year YEARLESS), outside code, of
    the note whose body is `text` and whose properties are `props`. An open task is a plan, not
    a dated entry."""
    undated: list[tuple[int, str, str]] = []
    journal = rapid_log(text)  # "• …" is a task only beside "× …", "○ …" or "– …"
    entries, tasks = _dated_items(body_lines, in_code, offset, path, diagnostics, undated, journal)
    name = path.rsplit("/", 1)[-1].removesuffix(".md")
    week = week_of_note(name)
    if week is not None:  # a weekly note: "- Tue: Mosaik HM w/ [[Ravi Menon]]", "## 16 ноября"
        return weekday_entries(body_lines, in_code, offset, week, entries, undated), tasks, ()
    if len(undated) > 1:
        undated = without_versions(without_outline_numbers(undated))
    if undated:
        undated = without_clock_times(undated, body_lines)
    yearless = _yearless_entries(undated, offset, text, path, props, dated=entries)
    if yearless is None:
        left = _yearless_entries(undated, offset, text, path, props, _IN_THE_PLACEHOLDER_YEAR)
        entries, left = in_the_month_named(path, entries, left or ())  # "2026-11 Ноябрь"
        return entries, tasks, left  # a contact's are dated by today (domain/contacts.py)
    if yearless:
        entries = tuple(sorted(entries + yearless, key=lambda entry: entry.line))
    return entries, tasks, ()


def _a_day(written: str) -> bool:
    """Whether a yearless item's date names a day of the year ("12.50" does not)."""
    return day_before(written, date(2000, 1, 1)) is not None


_BULLET = " \t>-*+"


def _dated_items(
    body_lines: list[str],
    in_code: bytearray,
    offset: int,
    path: str,
    diagnostics: list[Diagnostic],
    undated: list[tuple[int, str, str]],
    journal: bool = False,
) -> tuple[tuple[DatedEntry, ...], tuple[Task, ...]]:
    """Dated items (list items, paragraphs and headings that open with a date) and tasks;
    `undated` gets those dated without a year (line index, date as written, text)."""
    entries: list[DatedEntry] = []
    tasks: list[Task] = []
    for number, text in enumerate(body_lines):
        if in_code[number] or not text:
            continue
        task = (
            line_task(body_lines, number, offset + number + 1, journal)
            if "[" in text or "odo" in text or "ODO" in text or text.lstrip(_BULLET)[:1] in "LNDC•×"
            else None
        )  # a checkbox, a TODO, a marker Logseq writes (LATER, DONE, …), a bullet journal's
        if task is not None:  # "- [ ] …", "TODO: сказать Сергею", Logseq's "- DONE …"
            tasks.append(task)
            if not task.done:
                continue
        if "[" in text[:6] and (chat := chat_entry(text, offset + number + 1)) is not None:
            entries.append(chat)  # "> [02.12.2026 11:02] Анна Ким: финал переносим на 9-е"
            continue
        if text[0] == "|":  # a log kept as a table: "| 2026-11-03 | call | … |"
            _table_row(text, offset + number + 1, number, entries, undated)
            continue
        if text[0] not in " \t>-*+0123456789":
            if may_open_with_date(text):  # "## 03.09 созвон", "Oct 23 call with Anna"
                _dated_prose(body_lines, number, offset, entries, undated)
            continue
        line = offset + number + 1
        match = _DATED_ITEM.match(text)
        if match is None:
            if may_be_yearless(text) and (found := _YEARLESS_ITEM.match(text)) is not None:
                undated.append((number, found.group("date"), _said(found)))
            elif text[0] in "0123456789" or text[:2] in ("**", "__"):
                _dated_prose(body_lines, number, offset, entries, undated)
            continue
        on = parse_written_date(match.group("date"))
        if on is None and SHORT_YEAR.fullmatch(match.group("date")):
            continue  # "- 1.29.10 upgrade": a version, not a typo in a date
        if on is None:
            diagnostics.append(_not_a_day(path, line, match.group("date")))
            continue
        entries.append(DatedEntry(on, _said(match).strip(), line))
    return tuple(entries), done_below(tasks, body_lines, offset)


r"""A table's cell border (a link's escaped `\|` is none)."""
_CELL_DATE = re.compile(
    rf"(?P<mark>\*\*|__)?(?P<date>{DATE_PATTERN}|{NO_YEAR_PATTERN})(?(mark)(?P=mark))"
)


def _table_row(
    text: str,
    line: int,
    number: int,
    entries: list[DatedEntry],
    undated: list[tuple[int, str, str]],
) -> None:
    """A table row whose first or second cell is a date alone ("| 2026-11-03 | call | … |",
    "| tech screen | 15 Oct | Pieter | ✅ passed |"), as an entry of its other cells."""
    cells = row_cells(text)
    for at in (0, 1):
        if at >= len(cells) or (not cells[at][:1].isalnum() and cells[at][:2] not in ("**", "__")):
            continue
        found = _CELL_DATE.fullmatch(cells[at])
        if found is None:
            continue
        said = " — ".join(cell for n, cell in enumerate(cells) if n != at and cell)
        if not said:
            return
        written = found.group("date")
        on = parse_written_date(written)
        if on is not None:
            entries.append(DatedEntry(on, said, line))
        elif _a_day(written):
            undated.append((number, written, said))
        return


def _dated_prose(
    body_lines: list[str],
    number: int,
    offset: int,
    entries: list[DatedEntry],
    undated: list[tuple[int, str, str]],
) -> None:
    """A paragraph or heading that opens with its date ("27.11 — рассказал, что принял офер",
    "## 03.09 созвон"), as an entry: a heading's takes the words under it too."""
    line = body_lines[number]
    heading = line.startswith("#")
    found = (_DATED_HEADING if heading else _DATED_LINE).match(line)
    if found is None:
        return
    text = _said(found).strip()
    if heading:
        text = " — ".join(part for part in (text, _words_under(body_lines, number)) if part)
    if not text:
        return
    written = found.group("date")
    on = parse_written_date(written)
    if on is not None:
        entries.append(DatedEntry(on, text, offset + number + 1))
    elif _a_day(written):
        undated.append((number, written, text))


def _words_under(body_lines: list[str], number: int) -> str:
    """The words under a heading, to its first blank line, list item or heading, in whole
    lines up to _HEADING_TEXT_CHARS (a line's sentence is never cut in two)."""
    kept: list[str] = []
    size = 0
    for line in body_lines[number + 1 : number + 12]:
        stripped = line.strip()
        if not stripped:
            if kept:
                break
            continue
        if stripped.startswith(("#", "- ", "* ", "+ ", "|", "```")):
            break
        size += len(stripped) + 1
        if kept and size > _HEADING_TEXT_CHARS:
            break
        kept.append(stripped.lstrip("> "))
    return " ".join(kept)[: _HEADING_TEXT_CHARS * 2]


_IN_THE_PLACEHOLDER_YEAR = date(YEARLESS, 11, 30)
"""An anchor that puts every yearless day in the year YEARLESS (day_before looks a month on)."""

_PLANNED_DAYS = re.compile(
    r"[📅⏳🛫⌛]\ufe0f?\s*\d{4}-\d{2}-\d{2}|(?:SCHEDULED|DEADLINE):\s*<[^>\n]*>"
)
"""A task's day ahead, as the Tasks plugin and Logseq write it: no day a line was written."""
_BEFORE_APPLYING = 90
"""Days before the day applied that a line of the process may tell of (a coffee that led to
it); a line further back is a year on."""
_WRITTEN_ON = frozenset({"last_contact", "updated", "modified"})
"""Properties that say when a note was last written to (`created` says when it was begun)."""


def _yearless_entries(
    undated: list[tuple[int, str, str]],
    offset: int,
    text: str,
    path: str,
    props: tuple[Property, ...],
    placeholder: date | None = None,
    dated: tuple[DatedEntry, ...] = (),
) -> tuple[DatedEntry, ...] | None:
    """Timeline entries dated without a year (`- Nov 6 — call`, `- 08.10 скрин`): from the
    note's own day (its `date`, or the date its name starts with) on, else up to the latest
    full date in its body (`text`) or the day it was last written to (its `last_contact`,
    `updated` property; a birthday or a contract's end, or the day the note was begun, says
    nothing of when the lines were written), else `placeholder`, but never before the day
    the process began (`applied`); a note with none of them
    leaves them undated
    (None). Lines that reading puts a year back out of order beside the `dated` ones are a
    year on (see _in_order_a_year_on)."""
    if not undated:
        return ()
    own_day = as_date(next((p.value for p in props if p.name == "date"), None))
    own = own_day or note_day(None, path.rsplit("/", 1)[-1])
    stamps = [d for p in props if p.name in _WRITTEN_ON and (d := as_date(p.value)) is not None]
    written = _PLANNED_DAYS.sub(" ", text)  # "📅 2027-11-30": a day planned, not written on
    stamps.extend(day for day in (latest_date_in(written),) if day is not None)
    anchor = own or max(stamps, default=None) or placeholder
    if anchor is None:
        return None
    entries = []
    for number, written, said in undated:
        on = day_before(written, anchor, starts=own is not None)
        if on is not None:
            entries.append(DatedEntry(on, said.strip(), offset + number + 1))
    if own is None:
        started = as_date(next((p.value for p in props if p.name == "applied"), None))
        if started is not None:  # "- 12 Nov Arjun: req on hold" of a process begun in Sept
            long_before = started - timedelta(days=_BEFORE_APPLYING)  # not "- Sep 8 coffee"
            entries = [
                replace(e, on=_a_year_on(e.on)) if e.on < long_before else e for e in entries
            ]
        return _in_order_a_year_on(entries, dated, anchor)
    return tuple(entries)


def _in_order_a_year_on(
    entries: list[DatedEntry], dated: tuple[DatedEntry, ...], anchor: date
) -> tuple[DatedEntry, ...]:
    """The entries, those the anchor's reading put a year back a year on where only so do they
    stand in order: "- 17/11 - called him" below "- 02/10 - …" is not 2025 for a stale
    `last_contact: 2026-10-02`, nor "- 14/11 — offer" below "- 2023-10-01 — applied" 2022."""
    if not any(entry.on.year < anchor.year for entry in entries) or _in_order([*entries, *dated]):
        return tuple(entries)
    on = [replace(e, on=_a_year_on(e.on)) if e.on.year < anchor.year else e for e in entries]
    return tuple(on) if _in_order([*on, *dated]) else tuple(entries)


def _a_year_on(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + timedelta(days=365)


def _in_order(entries: list[DatedEntry]) -> bool:
    """Whether dated lines run one way, in the order they are written (earliest first, or
    latest first)."""
    days = [entry.on for entry in sorted(entries, key=lambda entry: entry.line)]
    pairs = list(pairwise(days))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)
