"""Holds: what an interview's note and its recruiter's log say of a process put on hold, since
when, until when, and whether the one check since has been made."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from vaultkit.domain.contacts import Contact
from vaultkit.domain.hold import resume_date, resuming_clause
from vaultkit.domain.interviews import Interview
from vaultkit.domain.outcomes import read_outcome


@dataclass(frozen=True, slots=True)
class Hold:
    """A process on hold: since when, and until when its words say."""

    since: date
    """The day the note says it was put on hold, else the latest word with the recruiter that
    tells of the hold ("he said the role is on hold"), else the interview's day."""
    until: date | None
    """The day the hold is said to end ("frozen until January": 1 January), if said."""
    spoken_since: bool
    """True when the recruiter and the owner have spoken since (after `until`, when said), in
    words that are not the hold's own news: the one check is done."""


def hold_of(interview: Interview, contact: Contact | None) -> Hold | None:
    """What the interview's note and the recruiter's log say of its hold; None when it is not on
    hold or nothing dates it."""
    if interview.result != "on_hold":
        return None
    words = [i for i in (contact.interactions if contact else ()) if i.text]
    told = [i for i in words if read_outcome(i.text).result == "on_hold"]
    since = interview.result_date or max(
        [day for day in (interview.on, *(i.on for i in told)) if day is not None], default=None
    )
    if since is None:
        return None
    resuming = [clause for i in words if i.on >= since and (clause := resuming_clause(i.text))]
    ends = [resume_date(text, since) for text in (*interview.hold_said, *resuming)]
    ends += [resume_date(i.text, since) for i in told]
    until = max((day for day in ends if day is not None), default=None)
    after = max(since, until - timedelta(days=1)) if until else since
    spoken = any(
        i.on > after and read_outcome(i.text).result != "on_hold" and not _NO_CHECK.search(i.text)
        for i in words
    )
    return Hold(since, until, spoken)


_NO_CHECK = re.compile(
    r"\b(?:should|need to|have to|will|going to|plan\w*|reacted|liked|reaction)\b"
    r"|(?<![^\W\d_])(?:надо|нужно|хочу|планирую|собираюсь|лайкнул\w*|реакци\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a line that is no word with the recruiter about the hold: a plan to ask, a like."""
