"""A line that opens by naming the feedback a contact gave and names no one acting: "фидбек
после теха", "ОС по сисдизу", "tech round feedback", "debrief on case pres (call, 20 min)". In
a contact's log such a line is what the contact passed on, so the feedback is received; the
reading of who did what finds no actor there and so read nothing.

Not where the line asks, waits, promises, plans, denies or passes it on ("попросила фидбек",
"фидбэк ещё собирают", "feedback to Pedro by Friday", "Обратная связь пока не получена"),
nor where the owner acts in it ("I argued for the candidate").
"""

from __future__ import annotations

import re

from vaultkit.domain.line_lead import LEAD

_STEMS = ("фидб", "feedback", "debrief", "ос ", "ос:", "обратн")
"""Words of which a line must hold one before the patterns are tried."""
_OPENS = re.compile(
    r"^(?:\[x\]\s*)?(?:[\d./:-]+\s*[—–-]?\s*)?"
    r"(?:(?:call|email|mail|звонок|созвон|письмо)\s*(?:re|about|с|про|[:—–-])?\s*)?"
    r"(?:(?:[\w/-]+\s+){0,3}(?:feedback|debrief)|фидб[еэ]к\w*|ос|обратн\w* связ\w*)\b",
    re.IGNORECASE,
)
_NOT = re.compile(
    r"попрос|просил|обещ|promis|\bask|request|chase|жд[уёа]|wait|собира|не дал|нет\b|\bno\b|"
    r"not\b|without|без |передан|передал|forward|relay|\bgave|give|дать|дам\b|thank|спасибо|"
    r"ещё не|еще не|не получ|should|надо|нужно|хочу|want|todo|\?|owe|must|will|until|"
    r"\bby (mon|tue|wed|thu|fri)|к (понедельник|вторник|сред|четверг|пятниц)|shadow|"
    r"\bfor (her|him|them)|\b(его|её|ей|ему|мой|мою|моего|my|i|я|we|мы)\b|\bto [A-ZА-ЯЁ]",
    re.IGNORECASE,
)
"""Asked, awaited, promised, planned, denied, passed on, thanked for, or the owner acting."""


def feedback_heard(text: str) -> bool:
    """True when a line opens by naming feedback the contact gave, and nothing in it asks,
    waits, promises, denies, passes it on or has the owner act."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return False
    line = LEAD.sub("", text, count=1).strip()
    return bool(_OPENS.match(line)) and not _NOT.search(line)
