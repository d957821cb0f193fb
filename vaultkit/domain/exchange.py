"""What one interaction says about the relationship: value given or received, who took the
initiative, and whether the other side answered.

Read from tags first (`#given`, `#received`, `#given/referral`, `#by-me`, `#by-them`,
`#no-reply`, and their Russian twins), else from words, English and Russian: the kinds of
value from `value_kinds`, which way each went from the sentence (`direction`), that reading
overturned by the small trained model of `direction_model` where it is far surer; where nothing
moved either way, what the contact brought with no one acting (`contact_news`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from vaultkit.domain.clause_verbs import ASKING_ME, in_process
from vaultkit.domain.contact_news import brought
from vaultkit.domain.direction import reading
from vaultkit.domain.direction_fields import Fields, fielded
from vaultkit.domain.direction_model import Model, with_rules
from vaultkit.domain.line_lead import LEAD
from vaultkit.domain.owner_voice import Voice, in_his_words
from vaultkit.domain.value_kinds import KINDS, Signal

Initiative = Literal["me", "them"]

STEMS: dict[str, tuple[str, ...]] = {
    "by_me": (
        "i ",
        "reached out to",
        "pinged",
        "messaged",
        "emailed",
        "wrote to",
        "я ",
        "написал",
        "позвонил",
        "по моей",
    ),
    "by_them": ("she ", "he ", "they ", " me", "мне", "сам", "инициатив"),
    "no_reply": (
        "no ",
        "didn",
        "did not",
        "ghosted",
        "silence",
        "не ",
        "без ответа",
        "тишина",
        "пропал",
    ),
    "replied": ("replied", "answered", "responded", "got back", "ответил"),
}
"""Per pattern set, words of which the text must hold one before the patterns are tried: a
substring test costs far less than a regular expression (a property test checks that this
shortcut never changes an answer)."""


_BYSTANDER = re.compile(
    r"(without me|w/o me|без меня|минуя меня|мне ничего|i just listened|я только (модерировал|"
    r"слушал)\w*|я не участвовал\w*|я тут ни при ч[её]м)(?!\w| (even )?ask| бы)"
)
"""The owner was there, or was not, while value moved between others: nothing came to them."""
_ATTENDED = re.compile(
    r"\bjoin(ed|s|ing)? (to [a-z]+|the (call|meeting|zoom|chat|interview)|us\b|in\b|late)|"
    r"(присоедини|подключи)\w* к (звонку|встрече|нам|созвону)"
)
"""Someone came to the call: no news of their own, whatever "joined" means elsewhere."""
_TAG = re.compile(r"(?<![\w#])#([\w/-]+)", re.UNICODE)
_GIVEN_TAGS = {"given", "gave", "дал", "отдал", "помог"}
_RECEIVED_TAGS = {"received", "got", "получил"}
_BY_ME_TAGS = {"by-me", "i-initiated", "initiated-by-me", "я-написал", "инициатива-моя"}
_BY_THEM_TAGS = {"by-them", "they-initiated", "initiated-by-them", "мне-написали", "инициатива-их"}
_NO_REPLY_TAGS = {"no-reply", "no-answer", "без-ответа", "нет-ответа"}

BY_ME = Signal(
    STEMS["by_me"],
    (
        r"\bi (wrote|reached out|called|messaged|pinged|emailed|texted|contacted|sent)\b",
        r"\b(reached out to|pinged|messaged|emailed|wrote to) (her|him|them)\b",
        r"\bя( \w+)? (написал|позвонил|связался|предложил|отправил)",  # "я ей написал"
        r"\b(написал|написала|позвонил|позвонила) (ей|ему|им)\b",
        r"\bпо моей инициативе",
    ),
)
BY_THEM = Signal(
    STEMS["by_them"],
    (
        r"\b(she|he|they) (wrote|reached out|called|messaged|pinged|emailed|texted|contacted)\b",
        r"\b(reached out to|pinged|messaged|emailed|wrote to|called) me\b",
        r"\b(написал|написала|написали|позвонил|позвонила|позвонили) мне\b",
        r"\bсам(а)? (написал|позвонил|вышл|предложил)",
        r"\bпо (её|ее|его|их) инициативе",
    ),
)
NO_REPLY = Signal(
    STEMS["no_reply"],
    (
        r"\b(no (reply|answer|response)|did(n't| not) (reply|answer|respond)|ghosted|silence)\b",
        r"\bне (ответил|ответила|ответили)\b",
        r"\bбез ответа\b",
        r"\bтишина\b",
        r"\bпропал",
    ),
)
REPLIED = Signal(
    STEMS["replied"],
    (r"\b(replied|answered|responded|got back to me)\b", r"\b(ответил|ответила|ответили)\b"),
)


@dataclass(frozen=True, slots=True)
class Exchange:
    """What one interaction's words say."""

    given: tuple[str, ...] = ()
    """Kinds of value you gave (`value_kinds.KINDS` keys, "other" for a bare #given tag)."""
    received: tuple[str, ...] = ()
    """Kinds of value you received (`value_kinds.KINDS` keys, or "other")."""
    initiative: Initiative | None = None
    """Who reached out first, when the words say so."""
    answered: bool | None = None
    """True: they replied; False: no reply; None: the words do not say."""


@lru_cache(maxsize=1 << 16)  # the daemon reads the same entries on every save
def read_exchange(text: str, voice: Voice = "") -> Exchange:
    """The value, initiative and answer one interaction's text speaks of, in notes written in
    `voice` (`owner_voice`: a woman's diary is read with its verbs' genders swapped)."""
    return exchange_of(in_his_words(text) if voice == "f" else text)


def exchange_of(text: str, model: Model | None = None) -> Exchange:
    """What `read_exchange` answers, read with the direction model `model` (by default the
    packaged one): direction tags decide, else the rules' reading as the model corrects it."""
    tags = {tag.casefold() for tag in _TAG.findall(text)} if "#" in text else set()
    folded = text.casefold()
    given_words, received_words, aside = reading(text)
    named = list(dict.fromkeys(given_words + received_words))  # a bare tag takes them all
    given = _tagged(tags, _GIVEN_TAGS, named)
    received = _tagged(tags, _RECEIVED_TAGS, named)
    if not given and not received:  # a direction tag, when present, says which way it went
        given, received = with_rules(
            text, given_words, received_words, model, lambda: aside or in_process(text)
        )
        if not given and not received:
            received = brought(text)  # "позвала на финал", "Kranich offer call": theirs
        if received and _BYSTANDER.search(folded):
            received = []  # "Anna introduced Tom to Raj, without me": it went elsewhere
        if "update" in received and "update" not in received_words and _ATTENDED.search(folded):
            received.remove("update")  # "[[Tom]] joined to compare": he came to the call
        if given and not given_words and NO_REPLY.search(folded) and _asking(text):
            given = []  # "pinged him again about the opening, no reply": asked, nothing moved
        if (fields := fielded(text, named)) is not None:  # "(they_gave:: salary ranges)":
            given, received = _by_fields(fields)  # a field decides its side
    initiative: Initiative | None = None
    if tags & _BY_ME_TAGS or (not tags & _BY_THEM_TAGS and BY_ME.search(folded)):
        initiative = "me"
    elif tags & _BY_THEM_TAGS or BY_THEM.search(folded):
        initiative = "them"
    answered: bool | None = None
    if tags & _NO_REPLY_TAGS or NO_REPLY.search(folded):
        answered = False
    elif REPLIED.search(folded) or initiative == "them":
        answered = True
    return Exchange(tuple(given), tuple(received), initiative, answered)


def _by_fields(fields: Fields) -> tuple[list[str], list[str]]:
    """The sides a line's direction fields decide (`direction_fields.fielded`), the other side
    as the rules read the words outside the fields, without the model's guesses."""
    field_given, field_received, rest = fields
    rest_given, rest_received, _ = reading(rest)
    return (
        rest_given if field_given is None else field_given,
        rest_received if field_received is None else field_received,
    )


def _asking(text: str) -> bool:
    """True when a line opens with the owner getting in touch about something ("pinged him
    again about the opening"): the topic is asked about, not given."""
    return bool(ASKING_ME.match(LEAD.sub("", text, count=1).casefold()))


_TAG_KINDS = {
    "candidate_referral": "candidate",
    "market": "market_info",
    "feedback": "company_feedback",
    "intro": "introduction",
    "job": "vacancy",
    "role": "vacancy",
}
"""Short names allowed after the slash of a tag (`#given/market`)."""


def _tagged(tags: set[str], plain: set[str], from_words: list[str]) -> list[str]:
    """Kinds named by direction tags: `#given/market` is "market_info"; a bare `#given` takes
    the kinds the words name, else "other"."""
    found = []
    for tag in sorted(tags):
        head, _, kind = tag.partition("/")
        if head not in plain:
            continue
        if not kind:
            found.extend(from_words or ["other"])
            continue
        kind = kind if kind in KINDS else _TAG_KINDS.get(kind, "")
        found.append(kind if kind in KINDS else "other")
    return list(dict.fromkeys(found))
