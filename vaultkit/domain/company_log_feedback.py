"""Feedback told in running sentences of a company note's log, where the owner is in a process
with the company ("- 04.12 — Маша сказала что по алгоритмам норм, а вот system design
слабовато", "\t- #фидбек Драгана сказала что англ у меня ок"): each entry's remarks that praise
or criticise, read as a tracker's company section's are, on the entry's day (a dated entry's
only, not the note's description); none the note's led-in lists, letters and quotes, or a
daily note, already give. Read anew each build: whether the owner is in a process with the
company is told by other notes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from vaultkit.domain.feedback import FeedbackItem, process_feedback
from vaultkit.domain.feedback_classifier import Lexicon
from vaultkit.domain.feedback_sources import remark_words
from vaultkit.domain.interviews import Interview
from vaultkit.domain.line_lead import LEAD
from vaultkit.links.graph import VaultGraph


def company_log_feedback(
    graph: VaultGraph,
    interviews: Iterable[Interview],
    kept: dict[str, tuple[FeedbackItem, ...]],
    today: date,
    lexicon: Lexicon,
) -> dict[str, tuple[FeedbackItem, ...]]:
    """The feedback each company note's log tells in sentences, by the note's path and "#log",
    for the companies of `interviews` (the latest of each process), besides the items `kept`
    (by the note they were read from: the company's own, a daily note's) of that company."""
    latest: dict[str, Interview] = {}
    for interview in interviews:
        company = interview.company
        if company and graph.kinds.get(company) == "company":
            before = latest.get(company)
            if before is None or (interview.on or date.min) > (before.on or date.min):
                latest[company] = interview
    told_of: dict[str, list[str]] = {}
    for item in (item for items in kept.values() for item in items):
        told_of.setdefault(item.company or item.path, []).append(remark_words(item.text))
    found: dict[str, tuple[FeedbackItem, ...]] = {}
    for path, interview in sorted(latest.items()):
        days = {entry.line: entry.on for entry in graph.notes[path].log_as_of(today)}
        known = list(told_of.get(path, ()))
        items: list[FeedbackItem] = []
        for section in graph.notes[path].sections:
            told = process_feedback(
                path, section.content, section.line + 1, days, interview, lexicon
            )
            for item in told:
                words = remark_words(item.text)
                if item.line not in days or any(words in seen or seen in words for seen in known):
                    continue
                others = _OF_OTHERS.search(item.text) and not _OF_ME.search(item.text)
                if others or _HIS.search(item.text):
                    continue  # "Маша сказала что CTO очень требовательный", "вилка до 450"
                known.append(words)
                items.append(replace(item, text=LEAD.sub("", item.text, count=1)))
        if items:
            found[f"{path}#log"] = tuple(items)
    return found


_OF_OTHERS = re.compile(
    r"\b(?:cto|ceo|vp|hm|finalist|(?:other|another|second) candidates?|candidates|friend|his|their"
    r"|they (?:want|need)|the team is|role"
    r"|band is|budget|the bar)\b|(?<![^\W\d_])(?:им нуж\w+|нужен человек|финалист\w*"
    r"|(?:друг\w+|втор\w+) кандидат\w*|кандидаты"
    r"|вилка|бюджет\w*|команда у них|в команде|друг\w*|его|сто|тимлид\w*|планка)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a remark on others than the owner: the company's people, its team, the role, the
band, another candidate, a friend."""
_OF_ME = re.compile(
    r"\b(?:i|me|my|you|your|expectations?|(?:with)?in (?:the )?(?:band|range))\b"
    r"|(?<![^\W\d_])(?:я|мне|меня|мой|моя|мои|моё|мое|сам|сама|ты|тебя|тебе|вы|вас|вам|ваш\w*"
    r"|ожидани\w*|в вилк\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that make a remark the owner's ("у меня", "I came across as very senior", "ожидания
выше вилки")."""
_HIS = re.compile(
    r"\b(?:his|him|referred (?:him|her|them))\b|(?<![^\W\d_])(?:его|которого|которую)(?![^\W\d_])"
    r"|(?-i:\bу [А-ЯЁ][а-яё]+[иыу]\b)",
    re.IGNORECASE,
)
"""A remark on someone else's round ("Pete (the friend I referred) did well in his round")."""
