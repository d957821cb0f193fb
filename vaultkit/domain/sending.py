"""Which way a Russian verb of sending points: "прислал/прислала" sends here, so with no one
named it went to, a subject-less "прислал правки" came to the owner whatever the verb's gender
(26 of the 31 such labelled lines say so); the owner's own sending is "отправил", "скинул"."""

from __future__ import annotations

import re

_SENT_HITHER = re.compile(r"присла(л|ла|ли|ло)$")
_SENT_ELSEWHERE = re.compile(
    r"(рекрут\w*|тимлид\w*|hr(-?у|ам)?|эйчар\w*|чат\w*|почт(у|е|а|ой)|канал\w*|групп\w*|"
    r"кандидат\w*|тебе|вам)$|.*@"
)
"""After a verb of sending, where it went that is not the owner ("прислал рекрутеру", "в чат",
"на hr@ozon.ru", "тебе" in the owner's chat turn) or what only the owner sends ("кандидата")."""
_AT_THEIR_ASKING = re.compile(r"\b(по (его|её|ее|их) просьбе|как (он|она|они) просил\w*)")


def sent_hither(words: list[str], verb: int) -> bool:
    """True when the casefolded `words[verb]` is a verb of sending here ("прислал правки",
    "прислала оффер"), nothing sends it elsewhere (`_SENT_ELSEWHERE`) or back ("обратно") and
    it was not sent at the contact's asking ("по его просьбе"): with no one named it went to, it
    came to the owner, whatever its gender (an owner who sends says "отправил", "скинул")."""
    if _SENT_HITHER.match(words[verb]) is None or "обратно" in words:
        return False
    if any(_SENT_ELSEWHERE.match(word) for word in words[verb + 1 :]):
        return False
    return _AT_THEIR_ASKING.search(" ".join(words)) is None
