"""One note that keeps a whole job search, a section a company ("## Exness", "## [[Bolt]]",
each with its dated lines: "- 18.09 скрининг с Мариной", "- 12.11 отказ"): each such section is
a process of its own, read as an application note whose timeline is the section's dated lines.
Its company is the heading; its recruiter the person a line of it links as one; its day the
latest round held; its outcome the latest decision of its lines or an "итог: …" line; the next
round, the follow-ups and the thanks its lines log. Its path is the note's with the heading
("Поиск работы 2026.md#Exness"), as an Obsidian link to the heading writes it. Read once per
build from the notes, never cached per note."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from vaultkit.config import DueSettings
from vaultkit.domain.interviews import Interview
from vaultkit.domain.name_forms import named_in
from vaultkit.domain.note_outcome import is_final_stage
from vaultkit.domain.outcomes import Fact, Outcome, decide, read_outcome
from vaultkit.domain.pings import said_follow_up
from vaultkit.domain.rounds import ROUND
from vaultkit.domain.rounds_ahead import CALLED_OFF, day_ahead
from vaultkit.domain.said_in_passing import NEXT_ROUND, company_index
from vaultkit.links.graph import VaultGraph
from vaultkit.model import DatedEntry, Note, Section, latest_day_by

SECTION_MARK = "#"
"""What joins a tracker note's path and a section's heading in a process's path."""

_STEP = re.compile(
    r"(?<![^\W\d_])(?:appl\w+|откликну\w*|отклик|резюме|cv|screen\w*|скрин\w*|интервью"
    r"|interview\w*|собес\w*|tech\w*|тех|техн\w*|final\w*|финал\w*|offer\w*|оффер\w*|офер\w*"
    r"|отказ\w*|reject\w*|тестов\w*|take-home|onsite|recruiter|рекрутер\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a step of a hiring process, two of which a company's section logs."""
_NOT_A_COMPANY = re.compile(
    r"(?<![^\W\d_])(?:notes?|log|summary|todo|tasks?|plan|ideas?|questions?|links?|contacts?"
    r"|templates?|заметк\w*|итог\w*|сводк\w*|план\w*|задач\w*|вопрос\w*|ссылк\w*|контакт\w*"
    r"|шаблон\w*|идеи|журнал|общее|прочее|other|misc|archive|архив)(?![^\W\d_])",
    re.IGNORECASE,
)
_RECRUITER_LINE = re.compile(
    r"(?<![^\W\d_])(?:recruit\w*|рекрут\w*|hr|эйчар\w*|talent|sourcer|хедхант\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_OUTCOME_LINE = re.compile(
    r"^[\s>*_-]*(?:итог|статус|результат|outcome|status|result)\s*[:—–-]\s*(?P<said>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_THANKED = re.compile(r"(?<![^\W\d_])(?:thank\w*|поблагодар\w*)", re.IGNORECASE)
_FEEDBACK = re.compile(r"(?<![^\W\d_])(?:feedback|фидбек\w*|обратн\w+ связ\w*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Tracked:
    """A company's section of a tracker note."""

    note: Note
    section: Section
    end: int
    """The line after the section's last (the next heading's, or past the note's end)."""

    @property
    def path(self) -> str:
        return f"{self.note.path}{SECTION_MARK}{self.section.heading}"

    def entries(self, today: date) -> list[DatedEntry]:
        """The section's dated lines; those without a year are a timeline of their own, each
        the latest such day up to the one after it, the last up to `today`."""
        found = [e for e in self.note.entries if self.section.line < e.line < self.end]
        bound = today
        for entry in sorted(self.note.yearless, key=lambda entry: -entry.line):
            if self.section.line < entry.line < self.end:
                bound = latest_day_by(entry.on, bound)
                found.append(replace(entry, on=bound))
        return sorted(found, key=lambda entry: entry.line)

    def text(self) -> str:
        return self.section.content


def tracked_sections(graph: VaultGraph) -> Iterator[Tracked]:
    """The company sections of the vault's tracker notes: a note (not a contact's, a
    company's, an interview's or a daily one) with two or more sections, each under a short
    heading that names no part of a note, that log two dated steps of a process or more."""
    for note in graph.of_kind("other"):
        if len(note.sections) < 3:
            continue
        ends = [s.line for s in note.sections[1:]] + [10**9]
        found = [
            Tracked(note, section, end)
            for section, end in zip(note.sections, ends, strict=True)
            if _company_heading(section) and _logs_steps(note, section, end)
        ]
        if len(found) >= 2:
            yield from found


def _company_heading(section: Section) -> bool:
    heading = section.heading.strip()
    words = heading.replace("[", " ").replace("]", " ").split()
    return (
        2 <= section.level <= 4
        and 0 < len(words) <= 4
        and len(heading) <= 48
        and not _NOT_A_COMPANY.search(heading)
        and not heading[:1].isdigit()
    )


def _logs_steps(note: Note, section: Section, end: int) -> bool:
    within = [e for e in (*note.entries, *note.yearless) if section.line < e.line < end]
    return len(within) >= 2 and sum(bool(_STEP.search(e.text)) for e in within) >= 2


def tracked_interviews(
    graph: VaultGraph, settings: DueSettings, today: date
) -> tuple[Interview, ...]:
    """Each company section of the tracker notes as an interview (see the module's docstring)."""
    index = company_index(graph)
    found = []
    for tracked in tracked_sections(graph):
        name = tracked.section.heading.strip().strip("[]").split("|")[-1].strip()
        named = {path for _, path in named_in(index, name)} if index else set()
        company = named.pop() if len(named) == 1 else None
        found.append(_interview(graph, tracked, name, company, settings, today))
    return tuple(found)


def _interview(
    graph: VaultGraph,
    tracked: Tracked,
    name: str,
    company: str | None,
    settings: DueSettings,
    today: date,
) -> Interview:
    entries = tracked.entries(today)
    held = [e for e in entries if e.on <= today and ROUND.search(e.text)]
    latest = max(held or [e for e in entries if e.on <= today], key=lambda e: e.on, default=None)
    on = latest.on if latest else None
    outcome = decide(_facts(tracked, entries))
    ahead = [
        day
        for e in entries
        if NEXT_ROUND.search(e.text) and not CALLED_OFF.search(e.text)
        for day in (day_ahead(e.text, e.on),)
        if day is not None and day >= today
    ]
    stage = _STAGE_END.split(latest.text, maxsplit=1)[0][:60] if latest and held else None
    return Interview(
        path=tracked.path,
        title=name,
        company=company,
        company_name=graph.notes[company].title if company else name,
        position=None,
        recruiter=_recruiter(graph, tracked),
        on=on,
        stage=stage,
        is_final=is_final_stage(stage, settings.final_stages),
        result=None if outcome.unreadable or _undated_pass(outcome) else outcome.result,
        result_date=outcome.on,
        feedback_requested=None,
        feedback_reminded=None,
        followed_up=_latest(e.on for e in entries if on and e.on > on and said_follow_up(e.text)),
        feedback_received=bool(_FEEDBACK.search(tracked.text())),
        harsh_rejection=False,
        no_feedback_policy=False,
        outcome_unreadable=bool(outcome.unreadable),
        thanked=_latest(e.on for e in entries if _THANKED.search(e.text)),
        next_on=min(ahead, default=None),
        hold_said=tuple(e.text for e in entries if read_outcome(e.text).result == "on_hold"),
    )


_STAGE_END = re.compile(r"[.:;(,]|\s[—–-]\s")
"""Where an entry's words of its round end ("тех собес с двумя разрабами: SQL, …")."""


def _undated_pass(outcome: Outcome) -> bool:
    """An "итог: в процессе, следующий этап 10 декабря" line: a step ahead, not a stage passed
    on a day to thank anyone for."""
    return outcome.result == "passed" and outcome.on is None


def _facts(tracked: Tracked, entries: list[DatedEntry]) -> list[Fact]:
    facts = [Fact(read_outcome(e.text), e.on, e.line, e.text) for e in entries]
    for match in _OUTCOME_LINE.finditer(tracked.text()):
        line = tracked.section.line + 1 + tracked.text().count("\n", 0, match.start())
        facts.append(Fact(read_outcome(match["said"]), None, line, match["said"]))
    return [fact for fact in facts if fact.reading.result or fact.reading.conflicting]


def _latest(days: Iterator[date] | list[date]) -> date | None:
    return max(days, default=None)


def _recruiter(graph: VaultGraph, tracked: Tracked) -> str | None:
    """The person a line of the section links as its recruiter ("Рекрутер — [[Марина]]"),
    else the one person it links whose note says they recruit."""
    linked = []
    for link, target in graph.links_with_targets(tracked.note.path):
        if not tracked.section.line < link.line < tracked.end or target is None:
            continue
        if graph.kinds.get(target) != "contact":
            continue
        if _RECRUITER_LINE.search(link.context):
            return target
        linked.append(target)
    recruiting = [path for path in dict.fromkeys(linked) if _recruits(graph.notes[path])]
    return recruiting[0] if len(recruiting) == 1 else None


def _recruits(note: Note) -> bool:
    said = " ".join((note.path, *note.tags, *(str(v) for v in note.values("position"))))
    return bool(_RECRUITER_LINE.search(said))
