"""Feedback in notes of no kind that no company note holds: the lines an inbox or a scratch log
tags as feedback ("- 2/12 Ravi said Cleo HM liked the eval harness #fb"), each of the company
it names or the one the people it names work at, on its own day; and a note named for one
company only by its title or a tag ("202612031015 Monzo offer call", `tags: [fb, monzo]`), whose
feedback is that company's. Read anew each build: a note that names a company does not link it,
so the daemon could not tell which notes a new company touches."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date

from vaultkit.domain.company_folder import about_company
from vaultkit.domain.feedback import FeedbackItem, Source, classified
from vaultkit.domain.feedback_classifier import Lexicon
from vaultkit.domain.feedback_items import FB_TAG, TASK_LINE, items_of
from vaultkit.domain.feedback_people import (
    agencies,
    company_of,
    one_company,
    people_names,
    works_at_one,
)
from vaultkit.domain.name_forms import NameIndex, name_index
from vaultkit.domain.pasted_mail import imported_mail
from vaultkit.domain.said_in_passing import company_names
from vaultkit.domain.tracker_sections import Tracked
from vaultkit.domain.whose_remark import of_another
from vaultkit.links.graph import VaultGraph
from vaultkit.links.meeting_rounds import is_hiring_stage
from vaultkit.links.own_kind import preparation
from vaultkit.model import YEARLESS, Note, latest_day_by
from vaultkit.parse.dates import note_day
from vaultkit.parse.names import page_name, periodic_name
from vaultkit.parse.weekly_notes import week_of_note

Tagged = tuple[date | None, str, str, str, int]
"""A tagged remark: its day (None where neither its line nor its note tells one), the company
note's path, the words, the note and the line."""


def tagged_feedback(
    graph: VaultGraph, unowned: list[str], today: date, processes: set[str]
) -> tuple[list[Tagged], dict[str, str]]:
    """The remarks the notes of `unowned` (of no kind, about no one company by folder or link)
    tag as feedback, each of the one company its line names or its people work at; and, by
    path, those of the notes whose title names one company of `processes`, with it."""
    companies = company_names(graph)
    if not companies or not unowned:
        return [], {}
    index = name_index(companies)
    readers: tuple[dict[str, str], NameIndex, frozenset[str]] | None = None  # made once needed
    found: list[Tagged] = []
    titled: dict[str, str] = {}
    for path in unowned:
        note = graph.notes[path]
        named = _named_by_title(note, index, processes)
        if named is not None:
            titled[path] = named  # read as a note about that company
            continue
        days = None
        for said, line in _tagged_remarks(note):
            if readers is None:
                works_at = works_at_one(graph)
                readers = (works_at, name_index(people_names(graph, works_at)), agencies(graph))
            company = company_of(index, readers[0], said, readers[1], readers[2])
            if company is None:
                continue
            days = days if days is not None else _days_of_lines(note, today)
            on = days.get(line) or note_day(note.get("date"), note.title)
            found.append((on, company, said, path, line))
    return found, titled


def _named_by_title(note: Note, index: NameIndex, processes: set[str]) -> str | None:
    """The one company a note's title names with a step of a process ("202612031015 Monzo offer
    call"), where the owner is in one with it (`processes`; not "Figma plugin side project")."""
    named = one_company(index, note.title)
    event = is_hiring_stage(note.title) or _EVENT.search(note.title)  # not "Figma plugin …"
    return named if named in processes and event else None


_EVENT = re.compile(
    r"(?<![^\W\d_])(?:call|rejection|feedback|fb|debrief|letter|e-?mail|созвон\w*|звонок"
    r"|отказ\w*|фидб\w+|письм\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a title naming a step of a process ("Monzo offer call", "Peak rejection")."""
_MOCK = re.compile(
    r"(?<![^\W\d_])(?:mock|мок\w*|practice|пробн\w*|тренировк\w*|prep\w*|подготовк\w*|alumni"
    r"|ex-\w+|former|бывш\w*|mentor\w*|ментор\w*|retro\w*|ретро\w*|reflection\w*|рефлекс\w*"
    r"|lessons|выводы)(?![^\W\d_])",
    re.I,
)
"""Titles of a practice, a prep, a talk with a company's alumni or a mentor: not its word."""
_ON_THEIR_PROCESS = re.compile(
    r"\b(?:interview process|interviewer|instructions|their process|the recruiter was)\b"
    r"|(?<![^\W\d_])(?:процесс найма|интервьюер\w*|инструкци\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The owner's remark on a company's hiring ("the interviewer was late"), tagged as feedback."""


def _tagged_remarks(note: Note) -> Iterator[tuple[str, int]]:
    """Each line tagged as feedback, without the tag, its list mark and its opening day, with
    its own line; not a task (the owner's plan)."""
    for section in note.sections:
        if "#" not in section.content:
            continue
        for offset, line in enumerate(section.content.split("\n"), start=1):
            if not FB_TAG.search(line) or TASK_LINE.match(line):
                continue
            said = _OPENING.sub("", FB_TAG.sub("", line)).strip(" —–-:")
            if said:
                yield said, section.line + offset


_OPENING = re.compile(r"^[\s>]*(?:[-*+]|\d+[.)])?\s*(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*)?")
"""A line's list mark and the day it opens with ("- 2/12 "), not its words."""


def _may_hold_feedback(note: Note, processes: bool) -> bool:
    """Whether a note's title names a step of a process (with any process to name), or a line
    of it is tagged as feedback."""
    if processes and (_EVENT.search(note.title) or is_hiring_stage(note.title)):
        return True
    return any(
        "#" in section.content and FB_TAG.search(section.content) for section in note.sections
    )


def _days_of_lines(note: Note, today: date) -> dict[int, date]:
    """The day of each dated line of a note: its own, or without a year the latest by `today`."""
    days = {entry.line: entry.on for entry in note.entries}
    for entry in note.yearless:
        if entry.on.year == YEARLESS:
            days.setdefault(entry.line, latest_day_by(entry.on, today))
    return days


def unowned_feedback(
    graph: VaultGraph,
    by_folder: Mapping[str, tuple[str, ...]],
    tracked: Iterable[Tracked],
    lexicon: Lexicon,
    today: date,
    processes: set[str],
) -> dict[str, tuple[FeedbackItem, ...]]:
    """The feedback items of the notes of no kind that are about no one company by folder or
    link, by path: a note's titled for one company of `processes` (read as its note is), and the
    lines tagged as feedback of the rest; not a daily, weekly or monthly note's, nor a
    tracker's (`tracked`), read elsewhere."""
    headings = graph.config.due.feedback_headings
    trackers = {each.note.path for each in tracked}
    unowned = [
        note.path
        for note in graph.of_kind("other")
        if _may_hold_feedback(note, bool(processes))  # a quick look first: most notes hold none
        and note.path not in graph.daily_dates
        and note.path not in trackers
        and not preparation(note)  # `type: prep`: a mock's feedback is no company's
        and not _MOCK.search(note.title)
        and not week_of_note(note.title)
        and not periodic_name(note.title)
        and not imported_mail(note)  # read as a recruiter's e-mail is
        and about_company(graph, note, by_folder) is None
    ]
    tagged, titled = tagged_feedback(graph, unowned, today, processes)
    found: dict[str, list[FeedbackItem]] = {}
    for path, company in titled.items():  # its feedback sections, led-in lists, tagged lines
        note = graph.notes[path]
        on, name = note_day(note.get("date"), note.title), graph.notes[company].title
        for words, line in items_of(note, headings):
            if of_another(words):
                continue  # "they told her she lacked depth …": a friend's debrief
            source = Source(None, company, page_name(name), None)
            found.setdefault(path, []).extend(classified(note, words, line, on, source, lexicon))
    for day, company, words, path, line in tagged:
        if of_another(words) or _ON_THEIR_PROCESS.search(words):
            continue  # "Priya (my flatmate) had her Monzo final, they told her … #fb"
        source = Source(None, company, page_name(graph.notes[company].title), None)
        found.setdefault(path, []).extend(
            classified(graph.notes[path], words, line, day, source, lexicon)
        )
    return {path: tuple(items) for path, items in found.items()}
