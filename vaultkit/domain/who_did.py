"""Who did what in one interaction: the owner of the vault ("me"), the contact ("them"), or
both (a call, a meeting), and whether the other side answered.

Read once per interaction from its words, English and Russian, and kept on the shared model
(`Interaction.turn`): the interview rules, replies owed and the direction of value build on it.
A line that starts with a verb and names no one before it is the owner's own ("Wrote to Anna",
"Написала Анне"), as people write their own notes; a name, a pronoun, or a plural verb without a
subject ("Позвонили из Яндекса") is the contact's. Tags (`#by-me`, `#by-them`, `#no-reply`)
and the initiative words of `exchange` come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from vaultkit.domain.exchange import read_exchange

Actor = Literal["me", "them", "both"]

_ME_VERBS_EN = (
    r"wrote|emailed|e-mailed|messaged|texted|dm'?d|pinged|nudged|sent|asked|followed up|"
    r"reached out|replied|answered|responded|called|congratulated|thanked|checked in|"
    r"shared|forwarded|applied|reminded|invited|introduced|recommended|referred|"
    r"offered|told|updated|gave|requested"
)
_ME_VERBS_RU = (
    r"написал|написала|отправил|отправила|спросил|спросила|уточнил|уточнила|напомнил|"
    r"напомнила|пингнул|пингнула|поздравил|поздравила|поблагодарил|поблагодарила|ответил|"
    r"ответила|скинул|скинула|переслал|переслала|предложил|предложила|позвонил|позвонила|"
    r"рассказал|рассказала|поделился|поделилась|дал|дала|прислал|прислала|попросил|"
    r"попросила|откликнулся|откликнулась|порекомендовал|порекомендовала|познакомил|"
    r"познакомила|запросил|запросила|пригласил|пригласила"
)
_LEAD = r"^[\s\-*+>\d.:/—–)(\[\]]*"
"""What may stand before a line's first word: list marks, a date, a dash."""
_FIRST_PERSON = re.compile(
    _LEAD + r"(?:i\b|я\b|мы\b|we\b)|" + _LEAD + rf"(?:{_ME_VERBS_EN}|{_ME_VERBS_RU})\b"
)
"""The line opens with the owner as its subject, or with a verb and no subject."""
_THEM = re.compile(
    r"\b(?:she|he|they|она|он|они|hr|recruiter|рекрутер\w*)\s+(?:\w+\s+)?"
    rf"(?:{_ME_VERBS_EN}|{_ME_VERBS_RU}|написали|позвонили|прислали|ответили|предложили)\b|"
    r"^[\s\-*+>\d.:/—–)(\[\]]*(?:написали|позвонили|прислали|ответили|предложили|пригласили|"
    r"вернулись|связались)\b|"
    r"\b(?:got|received) (?:a |an |the )?(?:message|email|e-mail|reply|answer|call|"
    r"text|dm|note|offer|invitation|invite)\b|\bheard (?:back )?from\b|\bheard back\b|"
    r"\bполучил[аи]? (?:\w+ )?(?:письмо|сообщение|ответ|оффер|приглашение|звонок)|"
    r"\bпришл[оа] (?:\w+ )?(?:письмо|сообщение)|\bпришёл (?:\w+ )?ответ|\bпришел (?:\w+ )?ответ|"
    r"\b(?:from|от) (?:her|him|them|неё|нее|него|них)\b"
)
"""The contact acted: a pronoun or a role as the subject, a plural verb with none, or a
message received."""
_NAMED_SUBJECT = re.compile(
    _LEAD + rf"(?!(?i:{_ME_VERBS_EN}|{_ME_VERBS_RU})\b)"
    r"(?:\[\[[^\]]+\]\]|[A-ZА-ЯЁ][\w'-]+(?: [A-ZА-ЯЁ][\w'-]+)?)\s+(?:\w+\s+)?"
    rf"(?:{_ME_VERBS_EN}|{_ME_VERBS_RU}|написали|позвонили|прислали|ответили)\b"
)
"""A name (or a link to a note) as the subject of a contact verb: "[[Anna]] wrote", "Анна
прислала" (matched on the text as written, so that capitals tell names)."""
_BOTH = re.compile(
    r"\b(?:созвонились|встретились|поговорили|обсудили|пообщались|виделись|переписывались|"
    r"talked|spoke|met|chatted|discussed|caught up|had (?:a )?(?:call|coffee|lunch|chat|"
    r"meeting))\b|\b(?:call|созвон|встреча|кофе|coffee|lunch|обед)\b"
)
_UNANSWERED_BY_THEM = re.compile(
    r"\bмолч\w*|\bответа (?:пока |ещё |еще )?нет\b|\bno (?:reply|answer|response)\b|"
    r"\bnot (?:replied|answered|heard back)\b|\bhaven'?t heard\b|\bне (?:ответил|ответила|"
    r"ответили)\b|\bбез ответа\b|\bтишина\b|\bghosted\b|\bleft on read\b"
)
_OWED_BY_ME = re.compile(
    r"\b(?:have ?n[o']t|haven't|not yet) (?:yet )?(?:replied|answered|responded)\b|"
    r"\b(?:need|have) to (?:reply|answer|respond|get back)\b|\bto reply\b|\breply owed\b|"
    r"\b(?:ещё|еще|пока) не ответил[аи]?\b|\bнадо ответить\b|\bнужно ответить\b|"
    r"\bне успел[аи]? ответить\b|\bответить\b[^.]*\bпозже\b"
)


@dataclass(frozen=True, slots=True)
class Turn:
    """Who acted in one interaction, and whether the other side answered."""

    by: Actor | None
    """me, them, both (a conversation), or None when the words do not say."""
    answered: bool | None
    """For a message by me: did they reply; by them: did I. None when the words do not say."""


_CONVERSATION_CHANNELS = frozenset({"call", "video", "meeting", "coffee", "interview"})


@lru_cache(maxsize=1 << 16)  # the daemon reads the same entries on every save
def read_turn(text: str, source: str, channel: str | None) -> Turn:
    """Who acted in an interaction recorded by `source` (entry, daily, task, meeting, ...)
    with these words, and whether it was answered."""
    if source in ("meeting", "interview"):
        return Turn("both", None)
    if source == "property":
        return Turn(None, None)
    folded = text.casefold()
    exchange = read_exchange(text)
    by = _actor(text, folded, exchange.initiative, source, channel)
    if by == "me":
        if _UNANSWERED_BY_THEM.search(folded):
            return Turn("me", False)
        return Turn("me", True if exchange.answered else None)
    if by == "them":
        return Turn("them", False if _OWED_BY_ME.search(folded) else None)
    return Turn(by, None)


def _actor(
    text: str, folded: str, initiative: str | None, source: str, channel: str | None
) -> Actor | None:
    """The first actor the words name ("I wrote, she replied" is mine), else the initiative
    words, the channel, and for a ticked task the owner."""
    if "#by-me" in folded or "#by-them" in folded:
        return "me" if "#by-me" in folded else "them"
    found: list[tuple[int, Actor]] = []
    if _FIRST_PERSON.match(_after_date(folded)) or _NAMED_SUBJECT.match(_after_date(text)):
        found.append((0, "me" if _FIRST_PERSON.match(_after_date(folded)) else "them"))
    for pattern, actor in _SIGNALS:
        match = pattern.search(folded)
        if match is not None:
            found.append((match.start(), actor))
    if found:
        return min(found, key=lambda pair: pair[0])[1]
    if initiative in ("me", "them"):
        return "me" if initiative == "me" else "them"
    if channel in _CONVERSATION_CHANNELS:
        return "both"
    return "me" if source == "task" else None  # a ticked task is something the owner did


_MINE = re.compile(
    rf"\b(?:i|я)\s+(?:\w+\s+)?(?:{_ME_VERBS_EN}|{_ME_VERBS_RU})\b|"
    r"\b(?:моего|моё|мое|моей|моих) (?:письм|сообщени|вопрос|пинг)\w*|"
    r"\bmy (?:message|email|e-mail|note|follow-up|ping|question)\b"
)
_SIGNALS: tuple[tuple[re.Pattern[str], Actor], ...] = (
    (_MINE, "me"),
    (_THEM, "them"),
    (_BOTH, "both"),
)
"""Patterns that name who acted, searched anywhere: the earliest match wins."""


_DATE_PREFIX = re.compile(r"^[\s\-*+>]*(?:\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?)?[\s:—–-]*")


def _after_date(text: str) -> str:
    """The text after a leading list mark and date."""
    return text[_DATE_PREFIX.match(text).end() :]  # type: ignore[union-attr]
