"""Which way value went, as the owner's own inline fields say it: `gave::`, `i_gave::`,
`given::` for what the owner gave, `got::`, `received::`, `they_gave::` for what came back
("- (date:: 2026-10-30) coffee with [[Graham]] — (they_gave:: salary ranges + market read)",
"gave:: 2 SE names → Kim · got:: Snowflake comp bands"). A field decides its own side, as a
direction tag does; the other side is what the rules read in the words, without the model's
guesses. Its kinds are read from its value, or from the line where the value names none.

A field decides nothing where it is empty, denied, only planned, promised or asked for
("gave:: ", "got:: nothing", "got:: tbd", "they_gave:: promised a referral"), and is no field
of the owner's where a word stands before its name ("what they gave::", "[[Kim]] got::",
"date received::"). A template, an open task, a comment or a struck-through field is none.
"""

from __future__ import annotations

import re

from vaultkit.domain.clause_verbs import OPEN_TASK
from vaultkit.domain.value_kinds import kinds_in

_NAMES = r"i_gave|i_give|gave|given|they_gave|they_give|got|received"
_FIELD = re.compile(
    rf"(?<![\w-])({_NAMES})::[ \t]*([^)\]\n·|;]*?)"
    rf"(?=\s*(?:[)\]\n·|;]|[—–]\s|$|(?<![\w-])(?:{_NAMES})::))",
    re.IGNORECASE,
)
_GIVEN = frozenset({"i_gave", "i_give", "gave", "given"})
_OPENS_FIELD = frozenset("([·|;—–-*>")
"""What may stand right before a field's name: a bracket, a separator, a list mark, or nothing
(a date is allowed too)."""
_NOTHING = re.compile(
    r"^\W*(?:nothing|none|nada|n/?a|no|not|nope|tbd|tba|todo|tbc|plan|maybe|will|would|promised|"
    r"asked|ask|waiting|pending|next time|later|thanks|thank you|a thank-you|ничего|нет|ноль|"
    r"пока|надо|обещал\w*|может|потом|позже|попросил\w*|жду|спасибо)(?![\w])|\?|"
    r"\b(?:request|wants me|asked me|просил\w*|просьб\w*)\b|^[\W\d]*$",
    re.IGNORECASE,
)
"""A value that says nothing went: empty, a count, denied, a plan, a promise, a question, a
request, thanks: such a field decides nothing, and the words are read as before."""
_HIDDEN = re.compile(r"<!--|%%|~~")


Fields = tuple[list[str] | None, list[str] | None, str]
"""The kinds a line's fields give and receive (None for a side no field decides), and the line
with those fields cut out."""


def fielded(text: str, named: list[str]) -> Fields | None:
    """The kinds given and received that a line's direction fields name (None for a side no
    field decides), or None where the line has no field of the owner's that decides; a field
    whose value names no kind takes those the reading found in the line (`named`), else "other"
    for "i_gave::" and "they_gave::" and nothing for "got::" ("got:: reply")."""
    if "::" not in text or OPEN_TASK.match(text) or _HIDDEN.search(text):
        return None
    given: list[str] | None = None
    received: list[str] | None = None
    rest = text
    for found in _FIELD.finditer(text):
        before = text[: found.start()].rstrip()
        if before and before[-1] not in _OPENS_FIELD and not before[-1].isdigit():
            continue  # "what they gave::", "[[Kim]] got::", "date received::"
        name, value = found.group(1).casefold(), found.group(2)
        if _NOTHING.search(value):
            continue
        kinds = kinds_in(value.casefold()) or named
        if not kinds and "_" in name:
            kinds = ["other"]  # "they_gave:: bottle of Rioja"; not "given:: Anna"
        if not kinds:
            continue
        if name in _GIVEN:
            given = list(dict.fromkeys([*(given or []), *kinds]))
        else:
            received = list(dict.fromkeys([*(received or []), *kinds]))
        rest = rest.replace(found.group(0), " ", 1)
    return None if given is None and received is None else (given, received, rest)
