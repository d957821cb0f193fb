"""Whose outcome a text tells: words that make a decision someone else's (an offer a friend
got, one the owner tells someone about, another's hire with the owner still in: "if I get
in"), or spare the owner's process from a freeze elsewhere ("… should be fine")."""

from __future__ import annotations

import re

_SPARED = re.compile(
    r"(?:(?:you|you'?re|your|yours|mine|my (?:role|team|process))\b[^.\n]{0,60}?"
    r"(?:should be fine|(?:un|not |isn't |won't be )affected|different (?:team|budget|org))"
    r"|тебя не касается|(?:тебя|вас) не затрон\w*)",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"\b(?:once|when|after|as soon as|if|until|restart|resume|pick up|again)\b"
    r"|(?<![^\W\d_])(?:когда|после|как только|если|возобнов\w*|снова)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def spares(text: str) -> bool:
    """Whether a sentence of `text` tells the owner a freeze elsewhere spares their process
    ("You're interviewing for Platform so should be fine", "тебя не касается"), not what will
    be once it ends ("Once budget is back, the rest of your process should be fine")."""
    return any(
        _SPARED.search(sentence) and not _LATER.search(sentence)
        for sentence in _SENTENCE.split(text)
    )


STILL_IN = re.compile(
    r"\b(?:went with|hired|chose|picked) (?:someone|somebody|an? \w+ (?:candidate|person))\b"
    r"[^\n]{0,80}\b(?:if i get in(?! touch)|if i join|would be my (?:manager|boss|lead))\b"
)
"""Someone else's hire told with the owner still in the running ("for the EM job they went
with someone more senior, she'd be my manager if I get in")."""


SOMEONE_ELSES = re.compile(
    r"(?<![^\W\d_])(?<![Вв] )(?<![Вв]о )(?<![Нн]а )(?!Мне\b|Нам\b)[А-ЯЁ][а-яё]+[еиуюй]\s+"
    r"(?:тоже\s+|уже\s+)?(?:дали|сделали|предложили|выставили|прислали)\s+(?:оффер|офер)\w*"
    r"|(?i:\btold (?:him|her|them|[a-z]+) (?:that )?i (?:have|got|had) (?:an? |another )?offer)"
    r"|\b(?:[Hh]e|[Ss]he)\s+(?:also\s+|just\s+)?(?:got|received|accepted|signed)\s+"
    r"(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?offer\b|\b[A-Z][a-z]+\s+(?:also|too)\s+got\s+"
    r"(?:an?\s+)?offer\b"
    r"|(?i:(?:^|[.;:!?—–-]\s*|\b[iя]\s+|\d\s+)(?:(?:(?:told|tell|mentioned)(?!\s+(?:me|us)\b)|let\s+"
    r"(?!me|us)\w+\s+know)\b[^.;\n]{0,40}?\babout\b[^.;\n]{0,30}?\boffers?\b|(?:рассказал\w*"
    r"|сказал\w*|сообщил\w*|написал\w*)\s+(?!мне|нам)(?:[^\W\d_()]+,?\s+|\([^)]*\)\s+){1,3}?"
    r"(?:(?:про|об?)\s+(?:[^\W\d_]+\s+){0,2}?|что у меня (?:есть\s+)?(?:[^\W\d_]+\s+)?)офф?ер\w*))"
)
"""An offer told of someone else ("Гуле дали оффер", not "В Сбере дали оффер"; "she got an
offer", "Lena also got an offer"), or told by the owner ("Told him about the CL offer")."""
