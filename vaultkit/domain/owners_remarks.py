"""Lines of a feedback section that are the owner's own remark, not what was said of them: a
line the owner leads with an arrow to what they did next, alone among lines that are not ("→
в тейкхоме Bankly сделал snapshot-тесты" under a quote; a run of arrowed lines is the owner's
way of listing the feedback), and a line that only tells the decision ("Но оффер дали 🙂",
"Rejected."; not "Отказ: нужен Kotlin", which gives its reason)."""

from __future__ import annotations

import re

from vaultkit.domain.outcomes import DECISIONS, read_outcome
from vaultkit.model import Note

_ARROW = re.compile(r"^\s*(?:[-*+]\s+)?(?:→|->|=>|⇒)")
"""A line led by an arrow: what came of it, in the owner's words."""
_WORD = re.compile(r"[^\W\d_]+")
_DECISION_WORDS = 4
"""Words at most of a line that only tells the decision."""


def owners_remark(text: str, neutral: bool, note: Note | None = None) -> bool:
    """Whether a line (of `note`) of a feedback section is the owner's own remark:
    led by an arrow where the lines beside it are not, or, read as `neutral`, a few words that
    tell the decision alone, with no reason after a colon or a comma."""
    if _ARROW.match(text):
        return note is None or not _arrowed_beside(note, text)
    if not neutral or len(_WORD.findall(text)) > _DECISION_WORDS or re.search(r"[\"«:,]", text):
        return False
    return read_outcome(text).result in DECISIONS


def _arrowed_beside(note: Note, text: str) -> bool:
    """Whether the line of `note` that holds `text` has a line led by an arrow beside it."""
    wanted = text.strip()[:40]
    for section in note.sections:
        lines = section.content.split("\n")
        for at, written in enumerate(lines):
            if wanted and wanted in written:
                beside = [lines[i] for i in (at - 1, at + 1) if 0 <= i < len(lines)]
                return any(_ARROW.match(other) for other in beside)
    return False
