"""Ticks: a task the user ticked in the generated "Due contacts" note becomes a dated list item
in the note it is about, so the action survives the note's next rewrite.

Each task line of the due note ends with a block id (`^vk-ro-1a2b3c4d5e`): the kind of item and
a hash of what it is about. Harvesting reads the ticked lines back, finds the contact and
interview through the line's own links, and records each tick once: the recorded line carries
the same block id, so a tick already recorded is never recorded again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vaultkit.domain.interactions import TICK_PHRASES
from vaultkit.domain.tracker_sections import SECTION_MARK
from vaultkit.links.graph import VaultGraph
from vaultkit.parse import note_parser
from vaultkit.rules.due import INTERVIEW_KINDS, KIND_CODES, DueKind

_KINDS_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}
_BLOCK_ID = re.compile(r"\^(vk-([a-z]{2})-[0-9a-f]{10})(?![\w-])")
"""A due task's block id, wherever it stands on the line: the Tasks plugin, another plugin or a
hand may put the done date (or anything else) after it."""

SOURCE_LABEL = {"en": "Due contacts", "ru": "Кому написать"}


@dataclass(frozen=True, slots=True)
class Tick:
    """A task the user ticked in the generated note."""

    key: str
    """Its block id."""
    kind: DueKind
    """The kind of item."""
    done_on: date
    """The ✅ date, or the day it was found when the tick has none."""
    contact: str | None
    """Vault path of the contact the line links to."""
    interview: str | None
    """Vault path of the interview the line links to."""
    named: str | None = None
    """The first link on the line as written, when it resolves to no contact or interview (the
    note was renamed or deleted since the due note was written)."""

    @property
    def target(self) -> str | None:
        """The note the tick is recorded in: the interview for interview items, else the contact."""
        return self.interview if self.kind in INTERVIEW_KINDS else self.contact


_DONE_TASK = re.compile(r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[[xX]\]", re.MULTILINE)
"""A done task's opening, as parse reads it: no match means nothing to harvest."""


def harvest(text: str, path: str, graph: VaultGraph, today: date) -> tuple[Tick, ...]:
    """The ticked tasks of the generated note `text` (at vault path `path`)."""
    if _DONE_TASK.search(text) is None:
        return ()  # the common case, checked without parsing a note of thousands of lines
    note = note_parser.loads(text, path)
    ticks = []
    for task in note.tasks:
        match = _BLOCK_ID.search(task.text)
        if not task.done or match is None or match.group(2) not in _KINDS_BY_CODE:
            continue
        contact = interview = named = company = None
        kind_of = _KINDS_BY_CODE[match.group(2)]
        for link in note.links:
            if link.line != task.line:
                continue
            target = graph.resolve(link, path)
            kind = graph.kinds.get(target) if target else None
            if target and link.heading and kind == "other":  # "[[Поиск работы#Playrix]]"
                # a section of a tracker note, or of a ledger of people ("[[People#Tom
                # Brecken]]"), or one that was: renamed, or the note no longer a tracker
                # (ticks/record.py keeps its tick in the log then)
                target = f"{target}{SECTION_MARK}{link.heading}"
                kind = "interview" if kind_of in INTERVIEW_KINDS else "contact"
            if target is None and link.heading and named is None:
                named = f"{link.target}{SECTION_MARK}{link.heading}"  # renamed since
            if kind == "contact" and contact is None:
                contact = target
            elif kind == "interview" and interview is None:
                interview = target
            elif kind == "company" and company is None:
                company = target
            elif target is None and named is None:
                named = link.target
        if interview is None and kind_of in INTERVIEW_KINDS:
            interview = company  # a round kept in its company's note (domain/company_rounds)
        ticks.append(
            Tick(
                match.group(1),
                kind_of,
                task.done_on or today,
                contact,
                interview,
                named,
            )
        )
    return tuple(ticks)


def entry_line(
    tick: Tick, language: str, contact_link: str | None, in_log: bool, interview_link: str | None
) -> str:
    """The list item that records `tick` (one line, no newline)."""
    language = "ru" if language == "ru" else "en"
    phrase = TICK_PHRASES[language][tick.kind]
    about = []
    if contact_link and (in_log or tick.target != tick.contact):
        about.append(contact_link)
    if interview_link and in_log:
        about.append(f"({interview_link})")
    words = " ".join([phrase, *about])
    return f"- {tick.done_on.isoformat()} {words} ({SOURCE_LABEL[language]}) ^{tick.key}"


def already_recorded(text: str, tick: Tick) -> bool:
    """True when `text` holds the line recording `tick` (matched by its block id)."""
    return re.search(rf"\^{re.escape(tick.key)}(?![\w-])", text) is not None
