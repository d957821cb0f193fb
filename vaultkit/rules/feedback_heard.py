"""Which processes have heard back: an interview whose own note holds feedback items (a
company's note kept as the process, its pasted letter's reasons read: "Ребята отметили хорошее
знание Go …") has its feedback, wherever in the note it stands. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from vaultkit.domain.feedback import FeedbackItem
from vaultkit.domain.interviews import Interview
from vaultkit.domain.outcomes import DECISIONS, read_outcome


def with_feedback_heard(
    interviews: Iterable[Interview], items: Callable[[], Iterable[FeedbackItem]]
) -> tuple[Interview, ...]:
    """`interviews`, each rejected whose note (or tracker's section) holds a reason among the
    feedback `items` marked as received, but where an open task of its note asks for more
    ("спросить Ирину, можно ли подробнее"). The feedback (`items`, read on demand) is read only
    where some rejection has none of its own yet."""
    interviews = tuple(interviews)
    if not any(i.result == "rejected" and not i.feedback_received for i in interviews):
        return interviews
    held = {  # a reason given: what a template's praise alone ("skills are impressive") is not
        path
        for item in items()
        if item.polarity == "improvement" and not _decision(item.text)
        for path in (item.path, item.interview)
        if path
    }
    return tuple(
        replace(i, feedback_received=True)
        if i.result == "rejected"
        and not i.feedback_received
        and i.path in held
        and not any(map(_MORE.search, i.open_tasks))
        else i
        for i in interviews
    )


def _decision(text: str) -> bool:
    """Whether a remark is the decision itself ("we've decided to move forward with candidates
    whose experience …"), its tags aside ("искали более сеньорного #отказ" is a reason)."""
    return read_outcome(_TAG.sub("", text)).result in DECISIONS


_TAG = re.compile(r"#[^\s#]+")
_MORE = re.compile(
    r"(?<![^\W\d_])(?:подробн\w*|детал\w*|фидбек\w*|обратн\w* связ\w*|feedback|details?|more on)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a task to ask for more feedback than came."""
