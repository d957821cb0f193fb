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
from collections.abc import Iterable, Iterator
from datetime import date

from vaultkit.config import DueSettings
from vaultkit.domain.application_notes import ANSWER_WORDS
from vaultkit.domain.company_folder import recruits
from vaultkit.domain.feedback_leads import CALLOUT
from vaultkit.domain.interactions import PREPARED_PHRASES
from vaultkit.domain.interviews import Interview
from vaultkit.domain.name_forms import named_in
from vaultkit.domain.note_outcome import WORDS_ONLY, is_final_stage
from vaultkit.domain.outcomes import (
    DECISIONS,
    Fact,
    Outcome,
    Reading,
    decide,
    read_outcome,
)
from vaultkit.domain.pings import said_follow_up
from vaultkit.domain.rounds import ROUND
from vaultkit.domain.rounds_ahead import day_ahead, round_line
from vaultkit.domain.said_in_passing import company_index
from vaultkit.domain.tracker_sections import Tracked, company_of_heading
from vaultkit.links.graph import VaultGraph
from vaultkit.model import DatedEntry
from vaultkit.parse.dates import dates_in
from vaultkit.parse.names import page_name

_INTERVIEW = re.compile(r"(?<![^\W\d_])interview(?![^\W\d_])", re.IGNORECASE)
"""An interview held, in a tracker's line ("22/10 formal interview Kofi + Ben"): a round."""
_RECRUITER_LINE = re.compile(
    r"(?<![^\W\d_])(?:recruit\w*|рекрут\w*|hr|эйчар\w*|talent|sourcer|хедхант\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_RECRUITER_LEAD = re.compile(
    r"^[\s>*_-]*(?:\w+\s+){0,2}?(?:recruit\w*|рекрут\w*|hr|эйчар\w*|talent\w*|sourcer)\b",
    re.IGNORECASE,
)
"""A line that opens by naming the recruiter ("Рекрутер — [[Марина]]", "HR: [[Anna]]")."""
_REFERRAL = re.compile(r"referr\w*|реферал\w*|\bvia\b|через|friend|друг", re.IGNORECASE)
_OUTCOME_LINE = re.compile(
    r"^[\s>*_-]*(?:итог|статус|результат|outcome|status|result)\s*[:—–-]\s*(?P<said>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_THANKED = re.compile(r"(?<![^\W\d_])(?:thank\w*|поблагодар\w*)", re.IGNORECASE)
_FEEDBACK = re.compile(r"(?<![^\W\d_])(?:feedback|фидбек\w*|обратн\w+ связ\w*)", re.IGNORECASE)


def tracked_interviews(
    graph: VaultGraph, settings: DueSettings, today: date, sections: Iterable[Tracked]
) -> tuple[Interview, ...]:
    """Each company section of the tracker notes (`sections`: tracked_sections) as an
    interview (see the module's docstring)."""
    sections = list(sections)
    if not sections:
        return ()
    index = company_index(graph)
    found = []
    for tracked in sections:
        name = company_of_heading(tracked.section.heading) or tracked.heading
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
    held = [  # a round held, not one booked ("04.12 назначили тех интервью на 10.12"), asked
        e  # for ("asked for my availability for the final"), nor a decision after it
        for e in entries
        if e.on <= today
        and (ROUND.search(e.text) or _INTERVIEW.search(e.text))
        and not day_ahead(e.text, e.on)
        and not _OWED.search(e.text)
        and _opening_reading(e.text).result not in DECISIONS
    ]
    latest = max(held or [e for e in entries if e.on <= today], key=lambda e: e.on, default=None)
    on = latest.on if latest else None
    outcome = decide(_facts(tracked, entries))
    ahead = [  # the latest line that books a round wins ("перенесли final на 14.12")
        (e.on, day)
        for e in entries
        if round_line(e.text, own_note=True)
        for day in (day_ahead(e.text, e.on),)
        if day is not None and day >= today
    ]
    stage = _STAGE_END.split(latest.text, maxsplit=1)[0][:60] if latest and held else None
    return Interview(
        path=tracked.path,
        title=name,
        company=company,
        company_name=page_name(graph.notes[company].title) if company else name,
        position=None,
        recruiter=_recruiter(graph, tracked),
        on=on,
        stage=stage,
        is_final=is_final_stage(stage, settings.final_stages),
        result=None if outcome.unreadable or _undated_pass(outcome) else outcome.result,
        result_date=outcome.on,
        feedback_reminded=None,
        followed_up=_latest(e.on for e in entries if on and e.on > on and said_follow_up(e.text)),
        feedback_received=any(
            _FEEDBACK.search(e.text) and not _NO_FEEDBACK.search(e.text) for e in entries
        ),
        feedback_requested=_latest(e.on for e in entries if _ASKED_FEEDBACK.search(e.text)),
        prepared=_latest(
            e.on for e in entries if any(p in e.text.casefold() for p in PREPARED_PHRASES)
        ),
        owes_since=_owes_since(entries, on),
        answer_by=_answer_by(entries, on),
        harsh_rejection=False,
        no_feedback_policy=False,
        outcome_unreadable=bool(outcome.unreadable),
        thanked=_latest(e.on for e in entries if _THANKED.search(e.text)),
        next_on=max(ahead)[1] if ahead else None,
        hold_said=tuple(e.text for e in entries if read_outcome(e.text).result == "on_hold"),
    )


_STAGE_END = re.compile(r"[:;(,]|\.(?!\d)|\s[—–-]\s")
"""Where an entry's words of its round end ("тех собес с двумя разрабами: SQL, …")."""


def _undated_pass(outcome: Outcome) -> bool:
    """An "итог: в процессе, следующий этап 10 декабря" line: a step ahead, not a stage passed
    on a day to thank anyone for."""
    return outcome.result == "passed" and outcome.on is None


_NO_FEEDBACK = re.compile(
    r"\b(?:no|without|asked for|waiting for|ask for)\s+(?:\w+\s+)?feedback"
    r"|feedback:?\s*(?:none|no)\b"
    r"|(?<![^\W\d_])(?:без|нет|попросил\w*|жду)\s+(?:\w+\s+)?(?:обратн\w+ связ\w*|фидбек\w*)",
    re.IGNORECASE,
)
"""Feedback named as not given, or only asked for ("rejected, no feedback", "отказ без
обратной связи", "asked for feedback, waiting")."""
_ASKED_FEEDBACK = re.compile(
    r"\b(?:asked|ask) for (?:\w+\s+)?(?:feedback|more detail)"
    r"|(?<![^\W\d_])попросил\w* (?:\w+\s+)?(?:обратн|фидбек|подробнее)",
    re.IGNORECASE,
)
_OWED = re.compile(
    r"\b(?:asked (?:me )?for|asked me to|need to (?:reply|answer|send)|promised to send|i owe"
    r"|to (?:fill|send|sign)|sent (?:me )?a take-home)\b"
    r"|(?<![^\W\d_])(?:попросил\w*|просил\w* (?:прислать|заполнить|подтвердить)|нужно ответить"
    r"|надо ответить|обещал\w* (?:прислать|скинуть|отправить)|пока не сделал\w*|за мной)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of the owner's move in the process: they asked for something ("they asked for two
references", "попросили заполнить анкету"), or the owner promised it."""


def _answer_by(entries: list[DatedEntry], held: date | None) -> date | None:
    """The day, after a round held, that a line says the answer will come by."""
    days = [
        day
        for e in entries
        if (held is None or e.on >= held) and ANSWER_WORDS.search(e.text)
        for day in dates_in(e.text, e.on)
        if 0 < (day - e.on).days <= 60
    ]
    return max(days, default=None)


def _owes_since(entries: list[DatedEntry], held: date | None) -> date | None:
    """The day the section last says the owner owes the next move (since the round held): no
    "any news?" while it stands."""
    owed = [e.on for e in entries if _OWED.search(e.text) and (held is None or e.on >= held)]
    return max(owed, default=None)


def _facts(tracked: Tracked, entries: list[DatedEntry]) -> list[Fact]:
    """What the section's lines say of the outcome: a decision a line opens a clause with
    ("12.11 отказ", "Давид написал: вакансию заморозили"; not "спросили про ожидания по
    офферу"), and its "итог: …" line."""
    facts = [
        Fact(_opening_reading(e.text), e.on, e.line, e.text)
        for e in entries
        if not _ASKED_FEEDBACK.search(e.text)  # "asked for feedback, waiting": no decision awaited
    ]
    for match in _OUTCOME_LINE.finditer(tracked.text):
        line = tracked.section.line + 1 + tracked.text.count("\n", 0, match.start())
        facts.append(Fact(read_outcome(match["said"]), None, line, match["said"]))
    for offset, text in enumerate(tracked.text.split("\n")):  # "> [!warning] on hold"
        callout = CALLOUT.match(text)
        if callout is None or callout["kind"].casefold() in WORDS_ONLY:
            continue
        line = tracked.section.line + 1 + offset
        on = _latest(e.on for e in entries if e.line <= line)
        facts.append(Fact(_opening_reading(callout["title"]), on, line, callout["title"]))
    return [fact for fact in facts if fact.reading.result or fact.reading.conflicting]


_CLAUSE = re.compile(r"[:;,(—–]|\.\s")
_WORDS = re.compile(r"\S+")
_HABITUAL = re.compile(
    r"(?<![^\W\d_])(?:обычно|как правило|usually|typically|normally|often|часто)(?![^\W\d_])",
    re.IGNORECASE,
)
OPENING_WORDS = 4
"""How far into a clause its decision may stand."""


def _opening_reading(text: str) -> Reading:
    """The outcome a line's clauses say, the first said: a no, a hold or a withdrawal anywhere
    in one ("Марина написала, что к сожалению выбрали другого"), an offer or a stage passed
    only where the clause opens with it (not "спросили про ожидания по офферу")."""
    for clause in _CLAUSE.split(text):
        if _HABITUAL.search(clause):
            continue  # "reject-ы у них обычно в течение недели": how they do, not what they did
        reading = read_outcome(clause)
        if reading.result in ("offer", "passed") or reading.conflicting:
            reading = read_outcome(" ".join(_WORDS.findall(clause)[:OPENING_WORDS]))
        if reading.result or reading.conflicting:
            return reading  # a no said anyhow; an offer only where the clause opens with it
    return Reading(None)


def _latest(days: Iterator[date] | list[date]) -> date | None:
    return max(days, default=None)


def _recruiter(graph: VaultGraph, tracked: Tracked) -> str | None:
    """The one person the section links whose note says they recruit, else the person a line
    that opens with the word links ("Рекрутер — [[Марина]]"; a referrer is none)."""
    linked, named = [], []
    for link, target in graph.links_with_targets(tracked.note.path):
        if not tracked.section.line < link.line < tracked.end or target is None:
            continue
        if graph.kinds.get(target) != "contact":
            continue
        linked.append(target)
        if _RECRUITER_LEAD.match(link.context) and not _REFERRAL.search(link.context):
            named.append(target)  # "Рекрутер — [[Марина]]", not "Referral via [[Ivan]]"
    recruiting = [path for path in dict.fromkeys(linked) if recruits(graph, path)]
    if len(recruiting) == 1:
        return recruiting[0]
    return named[0] if named else None
