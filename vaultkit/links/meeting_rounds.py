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
    r"(?<![^\W\d_])(?:offer\w*|оф+ер\w*|decision|решени\w*|debrief|дебриф|разбор\w*|подготовк\w*"
    r"|пробн\w*|тренировк\w*|talk|meetup|митап\w*|pairing|share|reading|roundtable|group|больничн\w*"
    r"|отпуск\w*|лендинг\w*|проект\w*|project|client|клиент\w*|sick|leave|стаж[её]р\w*|intern\w*"
    r"|tips|advice|совет\w*|conference|конференц\w*|\w*fest|summit|audience)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a dated meeting's title that make it something else than a round: a talk about a
decision, a mock or a debrief, a meetup, a client's or the owner's own job's call."""
_A_ROUND = re.compile(
    r"(?<![^\W\d_])(?:interview\w*|screen(?:ing)?|onsite|on-site|final(?: round| interview)?"
    r"|hm (?:call|screen|interview|round)|tech(?:nical)? (?:interview|screen|round|call)"
    r"|system design|техсобес\w*|техинтервью|собес\w*|скрининг\w*|скрин|интервью|финал"
    r"|тех ?интервью|техничк\w*|panel|case(?: study| interview)?|кейс\w*|take-?home)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a dated title that name a round of the owner's ("2026-11-10 Bolt техсобес")."""
_INTERVIEWER = re.compile(
    r"\b(?:i|we) (?:ran|conducted|interviewed|hired)\b|\bfor (?:our|my) team\b"
    r"|(?<![^\W\d_])(?:в (?:нашу|мою) команду|я (?:проводил\w*|собеседовал\w*)|кандидат\w*"
    r"|беру|берём|берем|стаж[её]р\w*)",
    re.IGNORECASE,
)
"""Words of a note of an interview the owner held ("I ran the coding part for our team")."""


def meeting_is_round(note: Note) -> bool:
    """Whether the meeting `note` is a round of a process (see the module's docstring); a
    review of the owner's portfolio or take-home is one ("2026-10-29 Nordeus портфолио ревью")."""
    stage = str(note.get("stage") or "")
    title = _REVIEWED_WORK.sub(" interview ", note.title)
    if not stage and note_day(None, title):
        if _NOT_A_ROUND.search(title) or not _A_ROUND.search(title):
            return False
        if any(_INTERVIEWER.search(section.content[:2000]) for section in note.sections[:3]):
            return False  # the owner on the panel
        stage = title  # "2026-11-10 Bolt техсобес": the round its day was
    elif not note.get("company"):
        return False
    return is_hiring_stage(stage) and not _NO_ROUND.search(f"{stage} {title}")


_REVIEWED_WORK = re.compile(
    r"(?<![^\W\d_])(?:портфолио|portfolio|тестов\w*|take-?home)[\s-]+(?:ревью|review)(?![^\W\d_])"
    r"(?!\s+(?:with|w/|с|со)\s)(?!.*(?:hiring|найм|кандидат))",
    re.IGNORECASE,
)
"""The owner's work reviewed by a company: a round (not "portfolio review with Dana", a
mentor's; nor "take-home review, platform hiring", the owner's own hiring)."""
