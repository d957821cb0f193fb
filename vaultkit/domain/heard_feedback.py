"""A line that opens by naming the feedback a contact gave and names no one acting: "фидбек
после теха", "ОС по сисдизу", "tech round feedback", "debrief on case pres (call, 20 min)". In
a contact's log such a line is what the contact passed on, so the feedback is received; the
reading of who did what finds no actor there and so reads nothing. A word alone ("фидбек",
"feedback:: —") names nothing heard.

Not where the line asks, waits, promises, plans, denies or passes it on ("попросила фидбек",
"фидбэк ещё собирают", "feedback to Pedro by Friday", "Обратная связь пока не получена"),
nor where the owner acts in it ("I argued for the candidate").
"""

from __future__ import annotations

import re

from vaultkit.domain.clause_verbs import OPEN_TASK
from vaultkit.domain.line_lead import LEAD

_STEMS = ("фидб", "feedback", "debrief", "ос ", "ос:", "обратн", "обратк", "отзыв")
"""Words of which a line must hold one before the patterns are tried."""
_OPENS = re.compile(
    r"^(?:\[x\]\s*)?(?:[\d./:-]+\s*[—–-]?\s*)?"  # what LEAD leaves: "11:30", an id
    r"(?:(?:call|email|mail|звонок|созвон|письмо)\s*(?:re|about|с|про|[:—–-])?\s*)?"
    r"(?:(?:[\w/-]+\s+){0,3}(?:feedback|debrief)|фидб[еэа]к\w*|ос|обратн\w* связ\w*|"
    r"обратк\w*|отзыв\w*)\b",
    re.IGNORECASE,
)
_NOT = re.compile(
    r"попрос|просил|обещ|promis|\bask|request|chase|wait|\b(жд[уеё]м?|given)\b|собира|"
    r"не дал|отсутств|e\.g\.|if any|например|если есть|"
    r"\bon (her|his|their) (deck|cv|resume|slides|portfolio|code|take-home|work|draft)|"
    r"пуст|тишин|процесс|будет|ожидает|ожидаем|ожидается|задерж|pending|delay|tbd|n/a|"
    r"never|none|overdue|hasn|\bdue\b|tomorrow|later|завтра|"
    r"\b(до|к|в|во) (пн|вт|ср|чт|пт|понед|вторн|сред|четв|пятн)|назнач|schedul|book|"
    r"напомн|remind|nudge|пнул|поблагодар|"
    r"пришлю|напишу|даю|отправ|sent|send|разосл|занёс|занес|written|filled|form\b|survey|"
    r"кандидат|candidate|команде|от нас|с нашей|с моей|от меня|our side|from us|"
    r"(?-i:\b(for|to) [A-ZА-ЯЁ]|\b[А-ЯЁ]\w+[еуюЕУЮ]\b)|"
    r"without|без |передан|передал|forward|relay|\bgave|thank|спасибо|"
    r"ещё не|еще не|не получ|todo|owe|"
    r"\bby (mon|tue|wed|thu|fri)|к (понедельник|вторник|сред|четверг|пятниц)|shadow|"
    r"\bfor (her|him|them)",
    re.IGNORECASE,
)
"""Anywhere in the line: asked, awaited, promised, planned, nudged, passed on (to someone named
in the dative, for someone, sent), thanked for, about a candidate or someone's work, or the
owner's side giving it (the owner who hires gives feedback on candidates)."""
_NOT_BEFORE_WORDS = re.compile(
    r"(?<!\w)(не|ни|нет|no|not|n't|надо|нужно|should|хочу|want\w*|жд[уёа]\w*|ждём|will|until|"
    r"must|give|дать|дам|его|её|ей|ему|мой|мою|моего|меня|мне|my|i|я|we|мы)(?!\w)|\?|\w+'s\b",
    re.IGNORECASE,
)
"""Before the feedback's own words begin (after a colon or a dash they are its words:
"фидбек: нет опыта с k8s", "feedback: should brush up on system design"): denied, wanted,
planned, or the owner in it."""
_WORD = re.compile(r"\w")
_WORDS_BEGIN = re.compile(r"::?|\s[—–-]\s")


def feedback_heard(text: str) -> bool:
    """True when a line opens by naming feedback the contact gave and says something more of
    it, and nothing in it asks, waits, promises, denies, plans, passes it on or has the owner
    (or the owner's side, or a candidate) in it."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS) or OPEN_TASK.match(text):
        return False
    line = LEAD.sub("", text, count=1).strip()
    opening = _OPENS.match(line)
    if not opening or not (_WORD.search(line[opening.end() :]) or " " in opening.group().strip()):
        return False  # "фидбек", "feedback:: —": a word alone names nothing heard
    head = _WORDS_BEGIN.split(line, maxsplit=1)[0]
    return not _NOT.search(line) and not _NOT_BEFORE_WORDS.search(head)
