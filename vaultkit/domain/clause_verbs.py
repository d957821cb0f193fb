"""The word classes who-did-what reads a clause by: a Russian or English verb, a name, the
gender of a Russian past verb, and where a clause's first verb stands; and the phrases that make a
piece of news the owner's own (their plans, an offer they got)."""

from __future__ import annotations

import re

DIARY_VERBS = frozenset(
    "shared sent forwarded fwd fwd'd helped gave told passed introduced intro'd referred "
    "recommended reviewed pinged texted emailed messaged wrote dropped spent offered connected "
    "explained walked".split()
)
"""Verbs that open a diary's subject-less line ("Shared my CV with Tom")."""
VERB_RU = re.compile(r"^[а-яё-]+(л|ла|ло|ли|лся|лась|лось|лись|ёл|шёл|ог|ёс|ёз)$")
VERB_EN = re.compile(
    r"^([a-z]+ed|[a-z]+'d|sent|told|gave|got|said|lent|ran|wrote|put|set|came|met|is|was|"
    r"has|had|wants|pitched|shared|thanked|asked|says|writes|let|made|did|took|brought|found|"
    r"left|kept|showed|bought|spoke|paid|thought|taught|caught|пишет|говорит|просит|зов[её]т|"
    r"спрашивает|рассказывает)$"
)
NOT_VERBS = set(
    "павел михаил кирилл даниил гавриил финал канал сигнал журнал материал персонал потенциал "
    "интервал оригинал или если мол зал пол стол итог налог диалог каталог блог порог лог "
    "вопрос".split()
)
"""Names and nouns that end as a Russian past verb does."""
DATIVE = re.compile(r"^[А-ЯЁ][а-яё]+[ею]$|^[А-ЯЁ][а-яё]+[^аеёиоуыэюяй]у$")
"""A Russian name in the dative (Марине, Олегу, Андрею): the one the value went to."""
MY_PLANS = re.compile(
    r"\b(мо[йяеёи]\w*|my|own) (переход\w*|уход\w*|увольнени\w*|поиск\w*|план\w*|карьер\w*|"
    r"переезд\w*|релок\w*|move|plans?|search|switch|transition|career|leaving|departure|"
    r"relocation)\b|\b(какие|какая|what|which) (роли|роль|позиции|roles?|positions?|jobs?) "
    r"(мне|i'm|i am|i'd|i)\b"
)
"""Talking over one's own move: "обсудили мой переход в менеджмент", "какие роли мне интересны"
are news you gave."""
QUOTED_REQUEST = re.compile(
    r"^[«\"'“‘„]\s*(send|share|forward|скинь(те)?|кинь(те)?|пришли(те)?|отправь(те)?|"
    r"перешли(те)?)\b",
    re.IGNORECASE,
)
"""A quoted clause that opens with an imperative ("'send me your CV'", "«скинь резюме»"): the
contact asks, and the value moves in the clause that answers ("— sent", "— скинул")."""
OWN_OFFER = re.compile(
    r"^((i|я|i've|i have|i just|just) )?(got|received|получил\w*)( (the|an|a|my|свой))?"
    r"( [\w-]+)? (offer|оффер)\b|^(offer|оффер) (from|от|из)\b|"
    r"^([\w-]+ )?(offer|оффер) (accepted|signed|принят|подписан)|^signed (with|w/)"
)
"""An offer the owner got: news of their own, whoever hears it ("Got the Canva offer!!! Rang
Niamh"), not something the contact gave."""
NAME = re.compile(r"^(\[\[[^\]]*\]\]|[A-ZА-ЯЁ][\w'’-]*)$")


def verb_gender(word: str) -> str:
    """The gender of a Russian past verb: "m", "f", "pl", or "" for another word."""
    word = word.casefold()
    if not VERB_RU.match(word) or word in NOT_VERBS:
        return ""
    word = word.removesuffix("ся").removesuffix("сь")
    if word.endswith("ли"):
        return "pl"
    return "f" if word.endswith(("ла", "ло")) else "m"


def first_verb(tokens: list[str]) -> int | None:
    """The index of the first word that reads as a verb (a name before it is the subject)."""
    for index, token in enumerate(tokens[:6]):
        folded = token.casefold()
        if folded in NOT_VERBS:
            continue
        if index == 0 and DATIVE.match(token):
            continue  # "Марине скинул": the one it went to
        if index == 0 and folded in DIARY_VERBS:
            return 0  # "Shared updated CV to Sanjay": a verb, not a name, opens the line
        if index == 0 and NAME.match(token) and len(tokens) > 1:
            following = tokens[1].casefold()
            if VERB_RU.match(following) or VERB_EN.match(following):
                continue  # "Кирилл прислал": the first word is the subject
        if VERB_RU.match(folded) or VERB_EN.match(folded):
            return index
    return None
