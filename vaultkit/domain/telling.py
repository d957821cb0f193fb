"""Whose words follow a colon, and the owner's own news: after the owner's telling ("told Sam:
Stripe band for L5 is 180-220") the words are the owner's, after the contact's answer
("ответила: прошёл дальше!") the contact's; and a verb of telling before the owner's first
person ("сказала, что ищу") is the owner's news, whatever the verb's gender."""

from __future__ import annotations

import re
from typing import Literal

from vaultkit.domain.value_kinds import OWN_NEWS_AFTER

TOLD = re.compile(
    r"^(?:gave \S+ a heads-up|(?:told|messaged|texted|wrote|emailed|сказал\w*|написал\w*|"
    r"рассказал\w*)\s+\S)"
)
"""The owner telling someone, before a colon ("told Sam: Stripe band for L5 is 180-220"): what
follows is what the owner told, whoever it names. Not an answer ("ответил: прошла дальше!"
is the contact's, more often than not) nor a verb alone."""
ON_THEIR_OWN = re.compile(
    r"\b(он|она|они|тот|та|he|she|they|меня|мне|me|my|мой|моё|мою|him|her|from|в ответ|in return"
    r"|back)\b",
    re.IGNORECASE,
)
"""What makes the words after "told Sam:" the contact's doing, not what the owner told: a
subject of theirs or the owner as its object ("написал Косте: он закинул меня в реф")."""


def told_over(
    before: str, joined: str, clause: str, teller: str | None
) -> Literal["me", "them"] | None:
    """Whose words `clause` is, after the casefolded clause `before` with a verb of telling and
    a colon (`joined`): the owner's after their telling ("told Sam: Stripe band for L5 is
    180-220"), the contact's after their answer ("ответила: прошёл дальше!", "she replied: I'll
    send the JD"); `teller` is who acted in `before`. None where neither."""
    if ":" not in joined:
        return None
    if teller == "me" and TOLD.match(before) and not ON_THEIR_OWN.search(clause):
        return "me"
    if teller == "them" and _ANSWERED.match(before) and not _OF_THEM.search(clause):
        return "them"
    return None


_ANSWERED = re.compile(
    r"^(?:(?:he|she|they|он|она|они)\s+)?(?:ответил\w*|replied|answered|wrote back|texted back)$"
)
"""The contact's answer alone before a colon: the words after it are theirs, unless they speak
of the contact in the third person (`_OF_THEM`)."""
_OF_THEM = re.compile(r"(?i)\b(ей|ему|её|ее|его|ним|ней|него|неё|him|her|his|them|their)\b")
"""The contact named in the third person: "ответила: ок 🙂 потом отправил ей шаблон" goes on
with the owner's deed, not their words."""


OWN_NEWS = re.compile(
    r"^(?:сказал|ответил|написал|рассказал|сообщил|объяснил|предупредил)\w*"
    r"(?:\s+(?!мне\b|меня\b)[\w-]+){0,2}?"
    rf"\s*,?\s*{OWN_NEWS_AFTER}"
)
"""The owner telling their own news ("сказала честно, что ищу", "ответила Горану что не иду"):
whatever the verb's gender, the one whose news it is speaks; not told to the owner ("сказала
мне, что ищу": her words)."""


def own_news(clause: str, before: str | None) -> bool:
    """True when a casefolded clause is the owner telling their own news (`OWN_NEWS`), and the
    clause before (`before`: its actor) was not the contact's, whose "сказала, что я ..." it
    would go on."""
    return before != "them" and OWN_NEWS.match(clause) is not None
