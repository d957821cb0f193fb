"""A contact's approach about a role: a recruiter or a friend writing to the owner about a
position ("Wei Ling reached out re: SRE lead at Grab", "LinkedIn InMail, Senior Backend
Engineer (Payments), London", "написала в LinkedIn про Senior Backend Engineer в Амстердаме").
In a contact's log that is a vacancy received, though the line names no "vacancy" and often no
one acting: the role's title is the vacancy.

Read only where nothing else moved in the line, where the one writing is the contact (a name,
a link, a pronoun, a feminine or plural verb; a bare masculine verb is the owner's own act in
the voice lines are read in, see `owner_voice`; a bare English verb is the owner's), and where
a role is named; not where the step is denied, hoped for or asked about.
"""

from __future__ import annotations

import re

_STEMS = (
    "reach",
    "messag",
    "email",
    "inmail",
    "pinged",
    "wrote",
    "dm",
    "написал",
    "пишет",
    "вышл",
    "постучал",
    "linkedin",
    "линк",
)
"""Words of which a line must hold one before the patterns are tried."""
_SUBJECT = r"(?:\[\[[^\]]*\]\]|\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: \([^)]*\))?|\b(?:she|he|they))"
_EN = re.compile(
    _SUBJECT + r"\s+(?:reached out|messaged|pinged|emailed|wrote|dm'?d|texted|got in touch)"
    r"(?: (?:to )?me)?(?: (?:on|via|over|through) [\w.]+)?(?:\s*(?:re:?|about|for|with|,|:|-|—|–))",
)
_CHANNEL = re.compile(
    r"^\W*(?:[\w\s.]{0,12}[—–-]\s*)?(?:linkedin )?(?:inmail|linkedin (?:msg|message|dm)|"
    r"(?:email|message|dm|ping) from)\b",
    re.IGNORECASE,
)
_RU = re.compile(
    r"(?<!\w)(?:написала|написали|пишет|пишут|вышла|вышли|постучала|постучались)"
    r"(?: мне)?(?: (?:в|на) (?:linkedin|линкед\w*|линк\w*|телег\w*|тг|hh|почту|whatsapp))?"
    r"(?:\s*(?:про|насч[её]т|по поводу|с)|\s*[,:—–-])",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(senior|sr\.?|junior|middle|lead|staff|principal|head of|director|engineer|developer|"
    r"analyst|scientist|designer|sdet\w*|sre|em|pm|qa|devops|backend|frontend|fullstack|role|"
    r"position|req|opening|vacancy|позици\w*|роль|роли|ваканси\w*|лид\w*|тимлид\w*|директор\w*|"
    r"разработчик\w*|инженер\w*|аналитик\w*|дизайнер\w*|руководител\w*)\b",
    re.IGNORECASE,
)
_NOT = re.compile(
    r"(?<!\w)(не|ни|если|может|надеюсь|хочу|планирую|спрос\w*|попрос\w*)(?!\w)|\?|"
    r"\b(not|n't|never|no|if|hope|will|would|might|asked|ask|should|plan|congrats|"
    r"congratulat\w*|thanks?|спасибо|поздрав\w*)\b",
    re.IGNORECASE,
)


def approach(text: str) -> bool:
    """True when a line tells of the contact writing to the owner about a role."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return False
    found = _EN.search(text) or _CHANNEL.search(text) or _RU.search(text)
    if not found or _NOT.search(text):
        return False
    return bool(_ROLE.search(text[found.end() :]))
