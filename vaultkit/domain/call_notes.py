"""Feedback kept as the notes of a call: a daily note's section headed by a call with someone at
a company the owner is in a process with ("## 14:30 call w/ [[Aoife Byrne]] (Stripe)", "##
12:00 call w/ [[Orla Quinn]] (Intercom)"), whose bullets are what was said, with no "said" or
"feedback" in them ("- coding round was "solid, clean, good tests" - no issues there"). A bullet
is read where it evaluates the owner on something other than money, or reports someone's word:
not the band, an outcome ("through to final panel 🙌"), a deadline, the owner's own remark on
the caller ("v decent of her"), a task."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.feedback_classifier import classify
from vaultkit.domain.feedback_leads import reported_sentences
from vaultkit.domain.feedback_people import company_of
from vaultkit.domain.name_forms import NameIndex
from vaultkit.model import Section

_CALL = re.compile(
    r"(?<![^\W\d_])(?:call|calls|called|rang|phone|chat|catch-?up|debrief|созвон\w*|звон\w*"
    r"|позвонил\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a heading naming a call ("14:30 call w/ [[Aoife]]", "созвон с Машей")."""
_BULLET = re.compile(r"^[ \t]*[-*+•][ \t]+(?!\[.\])(?P<text>\S.*)$")
"""A list item that is no task."""
_MONEY_ONLY = frozenset({"compensation"})

CallRemark = tuple[date, str, str, int]
"""A bullet of a call's notes read as feedback: its day, its company's note, its words, and the
line of the section's heading."""


def call_remarks(
    section: Section,
    day: date,
    readers: tuple[NameIndex, dict[str, str], NameIndex],
    known: list[str],
) -> list[CallRemark]:
    """The bullets of a section headed by a call with someone at one company (`readers`: the
    companies' names, who works where, the people's names) that tell what was said of the
    owner, besides those `known` (read already as the log's remarks)."""
    heading = section.heading or ""
    if not _CALL.search(heading):
        return []
    index, works_at, people = readers
    company = company_of(index, works_at, heading, people)
    if company is None:
        return []
    found: list[CallRemark] = []
    for line in section.content.split("\n"):
        bullet = _BULLET.match(line)
        said = bullet["text"].strip() if bullet else ""
        if not said or any(words in said or said in words for words in known):
            continue
        themes = set(classify(said).themes) - _MONEY_ONLY
        if themes or reported_sentences(said):
            found.append((day, company, said, section.line))
    return found
