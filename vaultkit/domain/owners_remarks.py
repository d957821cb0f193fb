"""Lines of a feedback section that are the owner's own remark, not what was said of them: a
line the owner leads with an arrow to what they did next ("→ в тейкхоме Bankly сделал
snapshot-тесты"), and a line that only tells the decision ("Но оффер дали 🙂", "Rejected.")."""

from __future__ import annotations

import re

from vaultkit.domain.outcomes import DECISIONS, read_outcome

_ARROW = re.compile(r"^\s*(?:[-*+]\s+)?(?:→|->|=>|⇒)")
"""A line led by an arrow: what came of it, in the owner's words."""
_WORD = re.compile(r"[^\W\d_]+")
_DECISION_WORDS = 5
"""Words at most of a line that only tells the decision."""


def owners_remark(text: str, neutral: bool) -> bool:
    """Whether a line of a feedback section is the owner's own remark: led by an arrow, or,
    read as `neutral`, a few words that tell the decision alone."""
    if _ARROW.match(text):
        return True
    if not neutral or len(_WORD.findall(text)) > _DECISION_WORDS or '"' in text:
        return False
    return read_outcome(text).result in DECISIONS
