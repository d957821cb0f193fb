"""The owner's own word that a process is over for them ("Writing Acme off", "считаю мёртвым",
"поставила крест"), undenied ("Too early to write them off"): read as a withdrawal."""

from __future__ import annotations

import re

_WRITTEN_OFF = re.compile(
    r"\b(?:writ(?:e|ing)|wrote) (?:them|this one|that one|(?!me\b|us\b|it\b)[^\W\d_]+) off\b"
    r"|(?:^|[.!:—–-] *|(?:it'?s|is|are|they'?re|consider(?:ed)? (?:it|them)) )written off\b"
    r"|\b(?:gave|giving|give) up on (?:them|this process|this one)\b"
    r"|(?<![^\W\d_])счита(?:ю|ем) (?:(?:их|его|ее|процесс|эт\w+ (?:историю|процесс)) "
    r"(?:мертв|закрыт)\w*|мертв\w*)|(?:поставил[аи]?|ставлю) (?:на (?:них|нем|этом|этой) )?крест"
)
"""The owner's word that the process is over for them ("Writing Acme off", "считаю мёртвым")."""
_NOT_OFF = re.compile(
    r"\b(?:not|never|too|early|no need|don'?t|won'?t|can'?t|want|yet|shouldn'?t)\b|n't\b"
    r"|(?<![^\W\d_])(?:не|рано|рановато|пока|хочу|нельзя)(?![^\W\d_])"
)
"""Words before it, in its clause, that deny or put it off ("Too early to write them off")."""


def written_off(folded: str) -> bool:
    """Whether the owner says, undenied, that they have given the process up."""
    for found in _WRITTEN_OFF.finditer(folded):
        opened = max(folded.rfind(mark, 0, found.start()) for mark in ".;!?\n—") + 1
        if not _NOT_OFF.search(folded[opened : found.start()]):
            return True
    return False
