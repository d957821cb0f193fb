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

from vaultkit.domain.clause_verbs import OPENERS

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
_NOT_NAMES = "|".join(
    sorted(
        OPENERS
        | {"tomorrow", "we", "again", "cold", "maybe", "first", "already", "never", "recently"}
    )
)
"""Capitalised words that open a line and name nobody (`OPENERS`, and a few more)."""
_SUBJECT = (
    rf"(?:\[\[[^\]]*\]\]|\b(?!(?i:{_NOT_NAMES})\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    r"(?: \([^)]*\))?|\b(?:she|he|they)|\b(?:recruiter|hr|ta|hiring manager)(?: (?:at|from) \w+)?)"
)
_EN = re.compile(
    _SUBJECT + r"\s+(?:reached out|messaged|pinged|emailed|wrote|dm'?d|texted|got in touch)"
    r"(?: (?:to )?me)?(?: (?:on|via|over|through) [\w.]+)?(?:\s*(?:re:?|about|for|with|,|:|-|—|–))"
    r"|^\W*(?:[\w\s./]{0,12}[—–-]\s*)?(?:reached out|messaged|pinged|emailed|wrote) to me\b",
)
_CHANNEL = re.compile(
    r"^\W*(?:[\w\s./]{0,12}[—–-]\s*)?(?:linkedin )?(?:inmail|linkedin (?:msg|message|dm)|"
    r"(?:email|message|dm|ping) from)\b(?!\s+(?:to|me)\b)",
    re.IGNORECASE,
)
_RU = re.compile(
    r"(?<!\w)(?:написала|написали|пишет|пишут|вышла|вышли|постучала|постучались)"
    r"(?: мне)?(?: (?:в|на) (?:linkedin|линкед\w*|линк\w*|телег\w*|тг|hh|почту|whatsapp))?"
    r"(?:\s*(?:про|насч[её]т|по поводу|с)|\s*[,:—–-])",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(role|position|req|opening|vacancy|gig|contract|позици\w*|роль|ваканси\w*)\b(?!-)|"
    r"\b(senior|sr\.?|junior|jr\.?|middle|staff|principal|lead|head of|director of)\s+"
    r"[\w-]+\b(?-i:(?<!s))(?!')|"
    r"\b[\w-]+ (engineer|developer|analyst|scientist|designer|manager|architect)\b(?!s|')|"
    r"\b(sre|sdet|devops|qa|swe|sde|em|pm)\b(?:[\s-]*(?:\d|ii|iii|в|во|at|@|in)\b|(?-i:\s+[A-Z]))|"
    r"\b(инженер|разработчик|аналитик|дизайнер|продакт|тестировщик|архитектор|лид|тимлид|"
    r"руководитель|директор)\b(?! (?:из|у|в) )",
    re.IGNORECASE,
)
"""A position named: a word for one, a title ("Senior Backend Engineer", "SDE-2 at …"), a
Russian one in the nominative ("аналитик в Озон"); not people ("the staff engineers from his
team", "день рождения руководителя")."""
_NOT = re.compile(
    r"(?<!\w)(не|ни|нет|если|может|надеюсь|хочу|планирую|спрос\w*|попрос\w*|просит|ищет|нужен|"
    r"нужна|знаю ли|вопрос\w*|готовится|рада|рад|поздрав\w*|мне нужн\w*|у нас)(?!\w)|"
    r"(?<!\w)мо(ю|ей|я|ей новой|ю новую) (роль|позици\w*|должност\w*)|\?|"
    r"\b(not|n't|never|no|nothing|if|hope|will|would|might|maybe|expecting|asked|ask|should|"
    r"plan|congrats|congratulat\w*|kudos|well done|thanks?|спасибо|needs?|looking for|"
    r"wants? (intros?|tips|to know|me to)|searching|hiring|recs?|recommend\w*|do i know|anyone|"
    r"tips|spread|prepping|my (new )?(role|position|promo\w*|job)|i'm|i am|from me|not me|"
    r"for my|our team|in our)\b",
    re.IGNORECASE,
)
"""Denied, hoped for, asked, a request for candidates or help, congratulations, or the owner's
own role ("re my new Staff role")."""


def approach(text: str) -> bool:
    """True when a line tells of the contact writing to the owner about a role."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return False
    found = _EN.search(text) or _CHANNEL.search(text) or _RU.search(text)
    if not found or _NOT.search(text):
        return False
    return bool(_ROLE.search(text[found.end() :]))
