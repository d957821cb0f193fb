"""Whether a remark is of someone else than the owner: it speaks of her or him and not of the
owner ("they told her she was too junior", "he clearly loves the stack"), a friend named by the
owner's tie aside ("Priya (my flatmate)")."""

from __future__ import annotations

import re


def of_another(words: str) -> bool:
    """Whether a remark is of someone else than the owner: it speaks of her or him and not of
    the owner ("they told her she was too junior", "Wise said her SQL was excellent")."""
    return bool(_THIRD.search(words)) and not _FIRST.search(_KIN.sub(" ", words))


_KIN = re.compile(
    r"\bmy\s+(?:flat ?mate|room ?mate|friend|sister|brother|colleague|wife|husband|partner)"
    r"|(?<![^\W\d_])(?:мо[йяи])\s+(?:подруг\w*|друг\w*|сосед\w*|сестр\w*|брат\w*|коллег\w*)",
    re.IGNORECASE,
)
"""Words naming someone else by the owner's tie ("Priya (my flatmate)"): no word on the owner."""


_THIRD = re.compile(
    r"\b(?:her|his|him|she|he|hers)\b|(?<![^\W\d_])(?:её|ее|его|ей|ему|она|он)(?![^\W\d_])", re.I
)
_FIRST = re.compile(
    r"\b(?:i|me|my|mine|i'm|i've|you|your)\b|(?<![^\W\d_])(?:я|мне|меня|мой|моя|мои|моё|мое"
    r"|ты|тебя|тебе|вы|вас|вам|ваш\w*)(?![^\W\d_])",
    re.I,
)
