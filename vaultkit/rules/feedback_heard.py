"""Which processes have heard back: an interview whose own note holds feedback items (a
company's note kept as the process, its pasted letter's reasons read: "Ребята отметили хорошее
знание Go …") has its feedback, wherever in the note it stands. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from vaultkit.domain.feedback import FeedbackItem
from vaultkit.domain.interviews import Interview


def with_feedback_heard(
    interviews: Iterable[Interview], items: Iterable[FeedbackItem]
) -> tuple[Interview, ...]:
    """`interviews`, each whose note (or tracker's section) holds one of the feedback `items`
    marked as received, but
    where an open task of its note asks for more ("спросить Ирину, можно ли подробнее")."""
    held = {path for item in items for path in (item.path, item.interview) if path}
    return tuple(
        replace(i, feedback_received=True)
        if not i.feedback_received and i.path in held and not any(map(_MORE.search, i.open_tasks))
        else i
        for i in interviews
    )


_MORE = re.compile(
    r"(?<![^\W\d_])(?:подробн\w*|детал\w*|фидбек\w*|обратн\w* связ\w*|feedback|details?|more on)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a task to ask for more feedback than came."""
