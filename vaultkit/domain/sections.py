"""The sections of an interview note that say how it went: feedback sections (`## Feedback`,
`## Фидбек`, "Feedback from Anna"), and outcome sections (`## Итог`, `## Outcome`), as people
head and write them; words that turn a phrase around."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.feedback_classifier import classify
from vaultkit.domain.feedback_leads import (
    GIVEN,
    inline_feedback,
    led_in_items,
    reported_sentences,
)
from vaultkit.domain.outcomes import OUTCOME_HEADINGS
from vaultkit.model import Note
from vaultkit.parse.dates import first_date_in, parse_written_date

_LETTERS = re.compile(r"[^\W\d_]+")


NEGATIONS = set("not non no never didn doesn don wasn weren не нет ни".split())
"""Words that turn a phrase around ("didn't pass", "не прошёл", "not key"): a property value
holding one is not read from the other words in it."""


def is_outcome_heading(heading: str) -> bool:
    return _HEADING_EDGES.sub("", heading.casefold()) in OUTCOME_HEADINGS


_FEEDBACK_GIVEN = re.compile(r"(?<!no )(?<!без )(?<!не )\b(?:feedback|фидб[еэ]к\w*|обратн\w* связ)")


def records_feedback(text: str) -> bool:
    """True when an outcome section's `text` records feedback: it says so ("They actually gave
    feedback: ..." and what it said on the lines after), or it lists what they said of the
    candidate ("Отказ.\n- взяли кандидата с опытом Unity": a reason is feedback, and a request
    for it would ask again for what was given); the candidate's own remarks do not count."""
    if text.count("\n") < 1:
        return False
    said = [
        line
        for line in text.split("\n")
        if not (_TASK.match(line) or _ASKING_FOR.search(line) or _NOT_YET.search(line))
    ]
    if _FEEDBACK_GIVEN.search("\n".join(said).casefold()):
        return True
    listed = (match.group(1) for match in map(_LISTED.match, said) if match)
    return any(_THEIRS.search(item) and classify(item).evaluates for item in listed)


_THEIRS = re.compile(
    r"[«»\"“”„]|\b(сказал|сказала|сказали|говор|написал|ответил|отметил|объяснил|"
    r"said|told|mentioned|wrote|noted|explained|feedback|фидб[еэ]к|"
    r"взяли|выбрали|предпочли|went with|chose|hired|picked|причин|reason)",
    re.IGNORECASE,
)
"""What makes an outcome's list item theirs, not the candidate's own remark ("мне самому не
понравилась команда"): a quote, a word of telling, or a reason for their choice ("взяли
кандидата с опытом Unity")."""


_ASKING_FOR = re.compile(
    r"\b(?:ask|request|запрос|попрос|спрос)\w*\b[^.\n]{0,40}(?:feedback|фидб[еэ]к|обратн\w* связ)",
    re.IGNORECASE,
)
"""A line about asking for feedback ("next step: ask the recruiter for feedback"), not feedback."""
_TASK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[.\]")
"""A task of the section: a plan ("- [ ] спросить фидбек"), not what was said."""
_LISTED = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*\S.*)$")


def outcome_feedback(note: Note) -> bool:
    """True when an outcome section records feedback ("They actually gave feedback: ...")."""
    return any(
        records_feedback(note.section_text(index))
        for index, section in enumerate(note.sections)
        if is_outcome_heading(section.heading)
    )


_HEADING_EDGES = re.compile(r"^[\W\d_]+|[\W_]+$")
"""Numbering, emoji and punctuation around a heading's words ("1. Feedback:", "💬 Отзыв")."""


_HEADING_CONNECTORS = {"from", "by", "of", "after", "on", "от", "по", "после"}
"""Words after which a feedback heading goes on to say whose or when ("Feedback from HR")."""


def is_feedback_heading(heading: str, headings: tuple[str, ...]) -> bool:
    """True when `heading` names a feedback section: one of `headings` (casefolded) alone, after
    other words ("Recruiter feedback"), or followed by whose or when it is ("Feedback from the
    recruiter", "Обратная связь от HR", "Фидбек (Анна)", "Feedback 2026-11-13"); not a heading
    that says there is none ("No feedback") or names something else ("Feedback request")."""
    words = _HEADING_EDGES.sub("", heading.casefold())
    if NEGATIONS.intersection(_LETTERS.findall(words)) or GIVEN.search(words):
        return False  # "No feedback"; "Фидбек им", "My feedback to them": given, not received
    for name in headings:
        if words == name:
            return True
        if words.endswith(name) and not words[-len(name) - 1].isalnum():
            return True
        if not words.startswith(name) or words[len(name)].isalnum():
            continue
        rest = words[len(name) :].strip()
        if not rest[:1].isalpha() or rest.split()[0] in _HEADING_CONNECTORS:
            return True
    return False


_ASKED = re.compile(
    r"(?:попросил\w*|запросил\w*|спросил\w*) (?:у \w+ )?(?:про |о )?(?:фидб|обратн)"
    r"|asked (?:\w+ )?(?:for (?:the |some )?)?feedback|requested feedback|feedback requested",
    re.IGNORECASE,
)
_NOT_YET = re.compile(
    r"пока (?:ничего|нет ответа|не прислал\w*|не ответил\w*)|ничего не прислал\w*"
    r"|no (?:feedback|answer|reply) yet|nothing (?:yet|so far)|ждём (?:фидб|обратн|ответ)"
    r"|ждем (?:фидб|обратн|ответ)|waiting for (?:the )?(?:feedback|an answer|a reply)",
    re.IGNORECASE,
)


def _only_asked(text: str) -> bool:
    """True for a feedback section that only says it was asked for, or is awaited."""
    lines = [line for line in text.split("\n") if line.strip(" -*\t")]
    return len(lines) <= 2 and bool(_ASKED.search(text) or _NOT_YET.search(text))


def feedback_asked_on(note: Note, headings: tuple[str, ...], near: date | None) -> date | None:
    """The day a feedback section says feedback was asked for ("16.11 попросила фидбек")."""
    for index, section in enumerate(note.sections):
        text = note.section_text(index)
        if is_feedback_heading(section.heading, headings) and _ASKED.search(text):
            return first_date_in(text, near) if near else parse_written_date(text)
    return None


def feedback_text(note: Note, headings: tuple[str, ...]) -> str:
    """The note's recorded feedback: its feedback sections, the lists a line leads in as
    feedback ("What they liked:"), and its `feedback` property, joined (a section that only
    says feedback was asked for, or is awaited, records none); else the sentences that report
    someone's praise or criticism of the owner (feedback.interview_feedback reads them so)."""
    parts = [
        note.section_text(index)
        for index, section in enumerate(note.sections)
        if is_feedback_heading(section.heading, headings)
        and not _only_asked(note.section_text(index))
    ]
    parts.extend(item for section in note.sections for item in led_in_items(section.content))
    value = note.get("feedback")
    if isinstance(value, tuple):
        parts.extend(str(item) for item in value if item)
    elif value:
        parts.append(str(value))
    if not any(part.strip(" -*\n\t") for part in parts):  # "техлид доволен, говорит, …"
        told = (
            said
            for section in note.sections
            for said in (*inline_feedback(section.content), *reported_sentences(section.content))
        )
        parts.extend(said for said in told if classify(said).polarity != "neutral")
    return "\n".join(part for part in parts if part.strip(" -*\n\t"))
