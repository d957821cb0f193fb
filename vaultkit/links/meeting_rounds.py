"""Whether a meeting note is a round of a hiring process: its `stage` names one and its
`company` is set ("stage: HM tech"), or, with no stage, its dated title names a round
("Созвоны/2026-11-10 Bolt техсобес.md"; not "2026-11-21 TalentBridge offer call", a talk
about an offer); not a coffee, a review, a demo, a hire the owner makes. Pure."""

from __future__ import annotations

import re

from vaultkit.model import Note
from vaultkit.parse.dates import note_day

_HIRING_STAGES = re.compile(
    r"(?<![^\W\d_])(?:appl\w*|screen\w*|interview\w*|onsite|on-site|final\w*|offer\w*|hm|r\d"
    r"|round\w*|раунд\w*|tech\w*|take-?home|case|panel|отклик\w*|скрин\w*|собес\w*|интервью|финал\w*"
    r"|оф+ер\w*|тестов\w*|тех\w*|hr)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A stage of a hiring process, not of a relationship ("coffee chat done") or a company's
funding ("Series C")."""


def is_hiring_stage(text: str) -> bool:
    """Whether `text` names a stage of a hiring process ("тех интервью", "offer"), not of a
    relationship or a company's funding."""
    return bool(_HIRING_STAGES.search(text))


_NO_ROUND = re.compile(
    r"(?<![^\W\d_])(?:intro\w*|(?<!hm )chat|coffee|review|evaluation|sync|1:1|one-on-one|demo"
    r"|networking|mock|prep\w*|retro\w*|planning|candidate|кандидат\w*|знакомств\w*|sign-?off|кофе"
    r"|ревью|мок|нетворкинг|our team|hire|deep-?dive|задани\w*|при[её]мк\w*|acceptance|catch-?up)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a meeting that make it no round of the owner's: a coffee, a review, a hire."""
_NOT_A_ROUND = re.compile(
    r"(?<![^\W\d_])(?:offer\w*|оф+ер\w*|decision|решени\w*|debrief|дебриф)(?![^\W\d_])", re.I
)
"""Words of a dated meeting's title that make it a talk about a decision, not a round."""


def meeting_is_round(note: Note) -> bool:
    """Whether the meeting `note` is a round of a process (see the module's docstring)."""
    stage = str(note.get("stage") or "")
    if not stage and note_day(None, note.title):
        if _NOT_A_ROUND.search(note.title):
            return False
        stage = note.title  # "2026-11-10 Bolt техсобес": the round its day was
    elif not note.get("company"):
        return False
    return is_hiring_stage(stage) and not _NO_ROUND.search(f"{stage} {note.title}")
