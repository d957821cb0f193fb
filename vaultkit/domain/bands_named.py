"""A pay band the contact names: "band 90-110", "- 27.11 вилка 120-150", "screen. band 150-175
for the role", "budget up to 95k". In a contact's log a band with its figures and no one named
is what the recruiter or the hiring manager told: market information received, as both sets
of labelled lines count it.

Read only where nothing else moved in the line, and not where the band is the owner's (what
they asked for, said or expect: "I said 95-105", "назвала 550–650", "мои ожидания 300"), a
question, or told to someone named in the dative.
"""

from __future__ import annotations

import re

from vaultkit.domain.clause_verbs import OPEN_TASK
from vaultkit.domain.line_lead import LEAD

_STEMS = ("band", "range", "вилк", "budget", "бюджет")
"""Words of which a line must hold one before the patterns are tried."""
_FIGURE = r"[$€£]?\d[\d.,]*\s*(?:k|к|m|м|млн|тыс\.?)?"
_BAND = re.compile(
    r"\b(?:bands?|salary range|range|вилк\w*|budget|бюджет\w*)\b[^.;!?\d]{0,30}?"
    rf"(?:{_FIGURE}\s*(?:[-–—]|to|до)\s*{_FIGURE}|(?:up to|до|max|capped at|от|from)\s*"
    rf"{_FIGURE}|{_FIGURE}\+)",
    re.IGNORECASE,
)
"""A band with its figures: "band 90-110", "вилка до 4500$", "budget up to 95k", "вилка
400+"."""
_OWNERS = re.compile(
    r"(?<!\w)(я|мне|меня|мой|моя|мою|мои|мо[её]|свою|свой|сво[её]|наш\w*|у нас|назвал\w*|"
    r"просил\w*|попросил\w*|хочу|ожидани\w*|сказал\w*|ответил\w*|спросил\w*|рассказал\w*|"
    r"написал\w*|поделил\w*|скинул\w*|отправил\w*)(?!\w)|"
    r"(?-i:[—–-]\s*[А-ЯЁ]\w+[еуюЕУЮ]\b)|"
    r"\?|\b(i|i'm|i'd|me|my|mine|we|our|us|asked|told|said|tell|sent|shared|gave|expect\w*|"
    r"target\w*|want\w*|ask|asking|counter\w*|his|her|their|he|she|they)\b",
    re.IGNORECASE,
)
"""The band is the owner's or someone else's to tell: asked for, said, expected, told to or
shared with someone ("told Neha their SRE-2 band is 28-38", "Денис спросил вилку, назвала
550–650"), a question ("какая у вас вилка?"), or a line where someone is named as acting (the
clause reading has already read it)."""


_TASK_BOX = re.compile(r"^\s*[-*+]\s*\[.\]")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def band_named(text: str) -> bool:
    """True when a line of a contact's log gives a pay band with its figures and no one else's
    voice: market information the contact brought."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return False
    if OPEN_TASK.match(text) or "#" in text or _TASK_BOX.match(text):
        return False  # a plan, a heading or a task
    line = _ISO_DATE.sub(" ", LEAD.sub("", text, count=1))
    return bool(_BAND.search(line)) and not _OWNERS.search(line)
