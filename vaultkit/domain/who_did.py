"""Who did what in one interaction: who started it (the owner of the vault, "me", or the contact,
"them"; "both" for a conversation such as a call or a meeting), and whether the other side
answered.

Read once per interaction from its words, English and Russian, and kept on the shared model
(`Interaction.turn`): the interview rules, replies owed and the direction of value build on it.
People write their own notes without a subject: a line that opens with a verb is the owner's
("Wrote to Anna", "Написала Анне"), unless the verb is plural and names no one ("Позвонили из
Яндекса": they called). A name, a pronoun or a role before the verb is the contact. A reply
turns it around: "Boris replied" is the owner's message, answered; "Replied to Boris" is his,
answered. Tags (`#by-me`, `#by-them`, `#no-reply`) come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from vaultkit.domain.clause_verbs import verb_gender
from vaultkit.domain.line_lead import DATE

Actor = Literal["me", "them", "both"]


@dataclass(frozen=True, slots=True)
class Turn:
    """Who started an interaction, and whether the other side answered."""

    by: Actor | None
    """me, them, both (a conversation), or None when the words do not say."""
    answered: bool | None
    """For a message by me: did they reply; by them: did I. None when the words do not say."""


_DATE = re.compile(
    r"^[\s\-*+>]*(?:"
    rf"{DATE}"  # 2026-10-03, 07.2024, 14 окт, 25 нояб., 3 Oct 2026, Oct 3
    r"|(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun|вчера|сегодня|yesterday|today)"
    r")?[\s:—–,-]*",
    re.IGNORECASE,
)
_WORD = re.compile(r"\[\[[^\]]*\]\]|[\w'’]+(?:-[\w'’]+)*")
_PRONOUNS_THEM = frozenset(
    "she he they она он они hr recruiter рекрутер рекрутерша эйчар hiring client клиент "
    "company компания interviewer интервьюер нанимающий".split()
)
_TAGS = (("#by-me", "me"), ("#by-them", "them"), ("#я-написал", "me"), ("#мне-написали", "them"))
_EN_VERBS = frozenset(
    "wrote emailed e-mailed messaged msgd msg'd texted txted txt'd dm'd dmed dmd pinged nudged "
    "sent asked followed reached "
    "replied answered responded called phoned rang congratulated thanked checked shared "
    "forwarded applied reminded invited introduced intro'd recommended referred offered told "
    "updated gave requested passed reviewed walked put said set got heard returned connected "
    "wants asks writes says shares sends offers invites calls pushing wrote".split()
)
_RU_PAST = re.compile(r"^[а-яё]+(?:л|ла|ло|ли|лся|лась|лись|лось)$")
_RU_PRESENT = re.compile(r"^[а-яё]{3,}(?:ет|ёт|ит|ут|ют|ат|ят|ется|ится)$")
_RU_NOT_VERBS = frozenset("михаил павел даниил самуил гавриил кирилл ол ли".split())
_CONVERSATION = re.compile(
    r"^(?:созвон\w*|звонок|встреч\w*|встретились|кофе|обед|ланч|гуляли|виделись|"
    r"поговорили|пообщались|обсудили|пересеклись|call|calls|met|meeting|coffee|lunch|"
    r"zoom|sync|chat|chatted|talked|spoke|quick|screening|slack|video|huddle|catch-up|"
    r"caught|had|interview|debrief|переписывались)\b",
    re.IGNORECASE,
)
_TALKED = re.compile(
    r"\b(?:созвонились|встретились|поговорили|пообщались|гуляли|пересеклись|выпили кофе|"
    r"скрининг|зум|звонок с|встреча с|кофе с|met (?:with|for|up)|had (?:a )?(?:call|coffee|"
    r"lunch|chat)|talked|caught up)\b"
)
_RECEIVED = re.compile(
    r"^(?:got|received|heard|missed|dm(?!')|email|message|letter|письмо|сообщение|получил\w*|"
    r"пришл\w*|пришёл|пришел)\b(?!\s+(?:no|nothing|back to)\b)",
    re.IGNORECASE,
)
_TO_ME = re.compile(
    r"\b(?:to me|me back|with me|me to|me a|me an|me the|me in|me some|me how|me that)\b|"
    r"\b(?:мне|меня|мной)\b"
)
_REPLY = re.compile(
    r"\b(?:replied|replies|(?:wrote|called|texted|emailed|got) (?:\w+ )?back|came back|answered|"
    r"responded|returned|ответил\w*|отвечает|перезвонил\w*|отписал\w*|вернулся|вернулась)\b"
)
_NO_REPLY = re.compile(
    r"\b(?:no (?:reply|answer|response|pickup)|not (?:replied|answered|responded)|"
    r"(?:hasn'?t|haven'?t|havent|didn'?t|did not|still (?:hasn'?t|haven'?t)) "
    r"(?:\w+ )?(?:replied|answered|responded|heard|got(?:ten)? to|reply|answer|respond)|"
    r"ghosted|crickets|left (?:\w+ )?on read|voicemail|still waiting|nothing|no word|"
    r"need to (?:reply|answer|respond|call back|get back)|owe \w+ a reply|still sitting|"
    r"не (?:ответил\w*|отвечает|отвечаю|перезвонил\w*|взял\w* трубку|дозвонил\w*|сделал\w*)|"
    r"без ответа|тишина|молч\w*|ноль реакции|0 ответа|ответа (?:пока |ещё |еще )?нет|"
    r"надо ответить|нужно ответить|не успел\w* ответить|пока никого)\b"
)


@lru_cache(maxsize=1 << 16)  # the daemon reads the same entries on every save
def read_turn(text: str, source: str, channel: str | None, their_gender: str = "") -> Turn:
    """Who started an interaction recorded by `source` (entry, daily, task, meeting, ...) with
    these words, and whether the other side answered. `their_gender` ("f" or "m") is the
    gender of a Russian past verb that is the contact's rather than the owner's, where the two
    are known to differ: in a man's note of a woman, "прислала слоты" is hers."""
    if source in ("meeting", "interview"):
        return Turn("both", None)
    if source == "property":
        return Turn(None, None)
    folded = text.casefold()
    for tag, actor in _TAGS:
        if tag in folded:
            return _answered(actor, folded, "#no-reply" in folded)  # type: ignore[arg-type]
    body = text[_DATE.match(text).end() :]  # type: ignore[union-attr]
    body = _CHANNEL_LABEL.sub("", body, count=1)
    subject = _subject(body)
    if subject == "me" and their_gender and _opens_with_verb_of(body, their_gender):
        subject = "them"
    silent = _NO_REPLY.search(folded) is not None
    if subject is None and silent:
        return Turn("me", False)  # "ответа пока нет", "No answer from Mike yet"
    if subject is None and channel in _CONVERSATION_CHANNELS:
        subject = "both"
    if subject is None and source == "task":
        subject = "me"  # a ticked task is something the owner did
    if subject in ("me", "them"):
        clause = _first_clause(body.casefold())
        if subject == "them" and _NO_REPLY.search(clause):
            return Turn("me", False)  # "They ghosted me", "Петя молчит": my message
        if _REPLY.search(clause):
            # a reply, or its absence: the other side started it
            starter: Actor = "them" if subject == "me" else "me"
            return Turn(starter, _NO_REPLY.search(clause) is None)
        return _answered(subject, body, silent, their_gender)
    return Turn(subject, None)


def _opens_with_verb_of(body: str, gender: str) -> bool:
    """True when `body`'s first word is a Russian past verb of `gender`: a feminine one ends in
    -ла (-лась), never the neuter -ло ("ушло письмо", "удалось созвониться"); a word borrowed
    from English that ends in -л ("мейл", "профайл", "гугл") is none."""
    words = _WORD.findall(body)
    if not words or verb_gender(words[0]) != gender:
        return False
    word: str = words[0].casefold()
    if gender == "f":
        return word.endswith(("ла", "лась"))
    return _BORROWED.search(word) is None


_BORROWED = re.compile(r"(?:[аеиоуя]йл|гл|мейл|мэйл)$")


def _answered(by: Literal["me", "them"], text: str, silent: bool, their_gender: str = "") -> Turn:
    """Whether the other side answered: a later clause where they act (for my message) or
    where I act (for theirs; a verb of the owner's gender where the contact's differs:
    "спросила «решился?» — сказал, что скажу в среду")."""
    if silent:
        return Turn(by, False)
    other = "them" if by == "me" else "me"
    mine = {"f": "m", "m": "f"}.get(their_gender, "")
    for clause in _CLAUSES.split(text)[1:]:
        acted = _subject(clause)
        if (
            by == "them"
            and acted == "me"
            and not _TO_THEM.search(clause.casefold())
            and not (mine and _opens_with_verb_of(clause, mine) and _SAID_BACK.match(clause))
        ):
            continue  # "Анна написала, прислала вакансию": the same subject goes on
        if acted == other or (by == "me" and _REPLY.search(clause.casefold())):
            return Turn(by, True)
    return Turn(by, None)


_SAID_BACK = re.compile(
    r"\W*(?:сказал|ответил|написал|объяснил|пообещал|отписал|уточнил|рассказал|предложил|скинул"
    r"|отправил|прислал|подтвердил)",
    re.IGNORECASE,
)
"""A verb of answering ("— сказал, что скажу в среду"); not "забыл ответить", "прочитал"."""
_TO_THEM = re.compile(r"\b(?:i|я|ему|ей|им|him|her|them|it)\b")
_CLAUSES = re.compile(r"[,;:—–]|\s-\s|\.\s")
_CHANNEL_LABEL = re.compile(
    r"^\s*(?:tg|telegram|телеграм|тг|li|linkedin|линкедин|email|e-mail|почта|whatsapp|вотсап|"
    r"ватсап|slack|слак|sms|смс)\s*(?:[:✓]|-\s)\s*",
    re.IGNORECASE,
)


_CONVERSATION_CHANNELS = frozenset({"call", "video", "meeting", "coffee", "interview"})


def _first_clause(folded: str) -> str:
    return re.split(r"[,;:—–(]|\s-\s|\.\s", folded, maxsplit=1)[0]


def _subject(body: str) -> Actor | None:
    """Who the first clause of a line (its date taken off) says acted."""
    words = _WORD.findall(body)
    if not words:
        return None
    first = words[0]
    folded = first.casefold()
    rest = " ".join(words[1:6]).casefold()
    if folded in ("i", "я", "мы", "we"):
        return "me"
    if folded in ("меня", "мне"):
        return "them"  # "Меня порекомендовали": done to me
    if _CONVERSATION.match(folded) or _TALKED.search(_first_clause(body.casefold())):
        return "both"
    if _RECEIVED.match(body.strip()):
        return "them"
    if _is_verb(folded):
        if len(words) > 1 and _is_verb(words[1].casefold()) and first[0].isupper():
            return "them"  # "Павел написал": a name that looks like a verb
        if _TO_ME.search(rest):
            return "them"  # "Reached out to me", "написали мне"
        if re.fullmatch(r"[а-яё]+(?:ли|лись)", folded):
            return "them"  # "Позвонили", "Написали из Яндекса": someone did
        return "me"
    if folded in _PRONOUNS_THEM or first.startswith("[[") or first[0].isupper():
        quoted = re.match(rf"\s*{re.escape(first)}\s*:\s*[«\"“]", body) is not None
        return "them" if _has_verb(words[1:5]) or quoted else None
    return None


def _is_verb(word: str) -> bool:
    if word in _EN_VERBS or word.endswith("'d"):
        return True
    if word in _RU_NOT_VERBS:
        return False
    return bool(_RU_PAST.match(word)) or (word.endswith("ed") and len(word) > 4)


def _has_verb(words: list[str]) -> bool:
    for word in words:
        folded = word.casefold()
        if (
            _is_verb(folded)
            or _RU_PRESENT.match(folded)
            or (
                folded.endswith("s")
                and (folded[:-1] in _EN_VERBS or folded[:-2] + "ed" in _EN_VERBS)
            )
        ):
            return True
    return False
