"""Which notes keep a whole job search a section a company, and where each section runs: a note
that is not a contact's, a company's, an interview's or a daily one, with two sections or more
under short headings of one level ("## Exness", "## [[Bolt]]"), each logging two dated steps of
a hiring process or more near the start of their lines ("- 18.09 скрининг с Мариной", "- 12.11
отказ"). A section runs to the next heading of its level or above (its subsections are its
own: "### Final round") or to a thematic break ("---" before a summary). Headings that name a
note's part (`## Notes`, `## Week 46`, `## Вт 1.12`), a person with a note (a candidate the
owner hires), a
heading said twice, or one an Obsidian link cannot name (with `|`, `#` or `^`) are none, and so
is a note about hiring others ("Найм в команду")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from vaultkit.domain.people_ledger import ledger_people
from vaultkit.links.graph import VaultGraph
from vaultkit.model import DatedEntry, Note, Section, latest_day_by
from vaultkit.parse.markdown import FENCE, THEMATIC_BREAK

SECTION_MARK = "#"
"""What joins a tracker note's path and a section's heading in a process's path."""

_STEP = re.compile(
    r"(?<![^\W\d_])(?:applied|apply|application|откликну\w*|отклик|резюме|cv|screen(?:ing)?"
    r"|скрин\w*|интервью|interview\w*|собес\w*|tech|technical|тех|техн\w*|final|finals"
    r"|финал\w*|offer|оффер\w*|офер\w*|отказ\w*|reject\w*|тестов\w*|take-home|onsite"
    r"|рекрутер\w*|recruiter)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a step of a hiring process."""
_STEP_WORDS = 5
"""A line is a step when one of its first this many words names one ("- 25.11 HR скрининг
с Emma"); further on it is a topic ("read their blog: the interview process …")."""
_READ_ABOUT = re.compile(
    r"(?<![^\W\d_])(?:read|watched|glassdoor|blog|podcast|article|прочитал\w*|читал\w*"
    r"|посмотрел\w*|статья|статью|блог\w*|подкаст\w*|отзыв\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of reading about a company, not of a step with it."""
_NOT_A_COMPANY = re.compile(
    r"(?<![^\W\d_])(?:notes?|log|summary|todo|tasks?|plan|ideas?|questions?|links?|contacts?"
    r"|templates?|week|weekly|month|sprint|quarter|books?|reading|заметк\w*|итог\w*|сводк\w*"
    r"|план\w*|задач\w*|вопрос\w*|ссылк\w*|контакт\w*|шаблон\w*|идеи|журнал|общее|прочее"
    r"|недел\w*|месяц\w*|спринт\w*|квартал\w*|книг\w*|other|misc|archive|архив|in progress"
    r"|active|closed|done|rejected|offers?|waiting|pipeline|spring|summer|autumn|fall|winter"
    r"|в процессе|активн\w*|закрыт\w*|отказ\w*|ждут|ожида\w*|весна|лето|осень|зима"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
    r"|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday"
    r"|sun|sunday|пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота"
    r"|воскресенье)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_A_ROUND = re.compile(
    r"(?<![^\W\d_])(?:round|раунд|этап|stage|step|interview|интервью|собес\w*|screening"
    r"|final|финал\w*|onsite|offer|оффер\w*|take-home|тестов\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a round or a step: a heading of one names no company."""
_HIRING = re.compile(
    r"(?<![^\W\d_])(?:найм\w*|hiring|candidates|кандидат\w*|нанимаю|interviewing)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A note's title about hiring others: its sections are the owner's candidates."""
_LINK = re.compile(r"\[\[([^\]|]*)(?:\|([^\]]*))?\]\]")
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*")


def plain_heading(heading: str) -> str:
    """A heading as its text reads, links by what they show ("[[Bolt]]" -> "Bolt")."""
    return _LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), heading).strip()


def company_of_heading(heading: str) -> str:
    """The company a section's heading names: its text without emphasis, code marks or the
    symbols around it ("## **Bolt**", "## 🟢 Bolt"), and before a dash or a colon that adds
    the role ("## Bolt — Senior Backend Engineer")."""
    text = re.sub(r"[*_`]", "", plain_heading(heading))
    text = re.split(r"\s[—–-]\s|:\s", text, maxsplit=1)[0]
    return re.sub(r"^[\W_]+|[^\w)]+$", "", text).strip()


@dataclass(frozen=True, slots=True)
class Tracked:
    """A company's section of a tracker note."""

    note: Note
    section: Section
    end: int
    """The line after the section's last: the next heading of its level or above, a thematic
    break, or past the note's end."""
    text: str
    """The section's lines, its subsections' included, up to `end`."""

    @property
    def heading(self) -> str:
        return plain_heading(self.section.heading)

    @property
    def path(self) -> str:
        return f"{self.note.path}{SECTION_MARK}{self.heading}"

    def entries(self, today: date) -> list[DatedEntry]:
        """The section's dated lines; those without a year are a timeline of their own, read
        in the order it runs (oldest first, or newest first where its days run down the page),
        the latest such day up to `today`."""
        found = [e for e in self.note.entries if self.section.line < e.line < self.end]
        yearless = [e for e in self.note.yearless if self.section.line < e.line < self.end]
        falling = sum(a.on > b.on for a, b in pairwise(yearless))
        newest_first = falling * 2 > max(len(yearless) - 1, 0)
        bound = today
        for entry in yearless if newest_first else reversed(yearless):
            bound = latest_day_by(entry.on, bound)
            found.append(replace(entry, on=bound))
        return sorted(found, key=lambda entry: entry.line)


def tracked_sections(graph: VaultGraph) -> Iterator[Tracked]:
    """The company sections of the vault's tracker notes (see the module's docstring)."""
    people = {note.title.casefold() for note in graph.of_kind("contact")}
    for note in graph.of_kind("other"):
        if len(note.sections) < 3 or _HIRING.search(note.title):
            continue
        candidates = [
            tracked
            for tracked in _sections(note)
            if _company_heading(tracked, people) and _logs_steps(tracked)
        ]
        if not candidates:
            continue
        found = [  # a group of companies ("## In progress", "### Bolt") is none itself
            tracked
            for tracked in candidates
            if not any(
                tracked.section.line < other.section.line < tracked.end for other in candidates
            )
        ]
        said = Counter(plain_heading(s.heading).casefold() for s in note.sections)
        found = [tracked for tracked in found if said[tracked.heading.casefold()] == 1]
        if len(found) >= 2:
            yield from found


def _sections(note: Note) -> Iterator[Tracked]:
    """Each section of `note` with its subsections, up to the next of its level or above or a
    thematic break."""
    sections = note.sections
    for index, section in enumerate(sections):
        chain = [section]
        end: int | None = None
        for inner in sections[index + 1 :]:
            if inner.level <= section.level:
                end = inner.line
                break
            chain.append(inner)
        lines: list[str] = []
        for number, part in enumerate(chain):
            upto = chain[number + 1].line if number + 1 < len(chain) else end
            if number:
                lines.append(f"{'#' * part.level} {part.heading}")
            lines += _content_lines(part, None if upto is None else upto - part.line - 1)
        cut = _break_at(lines)
        yield Tracked(note, section, section.line + 1 + cut, "\n".join(lines[:cut]))


def _break_at(lines: list[str]) -> int:
    """The index of the first thematic break outside code ("---" before a summary), else the
    number of lines."""
    fence = ""
    for number, line in enumerate(lines):
        opening = FENCE.match(line)
        if fence:
            fence = "" if opening and opening.group(1)[0] == fence[0] else fence
        elif opening:
            fence = opening.group(1)
        elif THEMATIC_BREAK.fullmatch(line):
            return number
    return len(lines)


def _content_lines(section: Section, count: int | None) -> list[str]:
    """A section's own lines, `count` of them where the next heading's line says how many."""
    content = section.content[:-1] if section.content.endswith("\n") else section.content
    lines = content.split("\n") if content else []
    if count is None:
        return lines
    return (lines + [""] * count)[:count]


def _company_heading(tracked: Tracked, people: set[str]) -> bool:
    heading = company_of_heading(tracked.section.heading)
    words = heading.split()
    return (
        2 <= tracked.section.level <= 4
        and 0 < len(words) <= 4
        and len(heading) <= 48
        and not any(mark in tracked.heading for mark in "|#^[]")
        and not _NOT_A_COMPANY.search(heading)
        and not _A_ROUND.search(heading)  # "### Final round" under "## Bolt" is Bolt's
        and not heading[:1].isdigit()
        and heading.casefold() not in people
    )


def _logs_steps(tracked: Tracked) -> bool:
    note, start, end = tracked.note, tracked.section.line, tracked.end
    within = [e for e in (*note.entries, *note.yearless) if start < e.line < end]
    steps = [e for e in within if is_step(e.text)]
    return len(steps) >= 2


def is_step(text: str) -> bool:
    """Whether a logged line tells of a step of the process: a word of one among its first
    words, and no reading about the company."""
    opening = " ".join(_WORD.findall(text)[:_STEP_WORDS])
    return bool(_STEP.search(opening)) and not _READ_ABOUT.search(text)


def section_heading(graph: VaultGraph, path: str) -> str | None:
    """The heading as written of the tracker section at `path` ("note.md#Bolt" -> "[[Bolt]]"),
    or of a person's section of a ledger note, for recording a tick under it; None when no
    such section is found."""
    found = next(
        (tracked.section.heading for tracked in tracked_sections(graph) if tracked.path == path),
        None,
    )
    people = ledger_people(graph) if found is None else []  # "People.md#Tom Brecken"
    return found or next((p.heading for p in people if p.path == path), None)
