"""Which way value went, as the owner's own inline fields say it: `gave::`, `i_gave::`,
`given::` for what the owner gave, `got::`, `received::`, `they_gave::` for what came back
("- (date:: 2026-10-30) coffee with [[Graham]] — (they_gave:: salary ranges + market read)",
"gave:: 2 SE names → Kim · got:: Snowflake comp bands"). Like a direction tag (#given), a field
decides the side; the kinds are read from its value, or from the line where it names none.
"""

from __future__ import annotations

import re

from vaultkit.domain.value_kinds import kinds_in

_FIELD = re.compile(
    r"(?<![\w-])(i_gave|i_give|gave|given|they_gave|they_give|got|received)::[ \t]*"
    r"([^)\]\n·|]*?)(?=\s*(?:[)\]\n·|]|$|\b(?:i_gave|i_give|gave|given|they_gave|they_give|got"
    r"|received)::))",
    re.IGNORECASE,
)
_GIVEN = frozenset({"i_gave", "i_give", "gave", "given"})


def fielded(text: str, named: list[str]) -> tuple[list[str], list[str]] | None:
    """The kinds given and received that a line's direction fields name, or None where it has
    none; a field whose value names no kind takes those the reading found in the line
    (`named`), else "other"."""
    if "::" not in text:
        return None
    given: list[str] = []
    received: list[str] = []
    for name, value in _FIELD.findall(text):
        side = given if name.casefold() in _GIVEN else received
        for kind in kinds_in(value.casefold()) or named or ["other"]:
            if kind not in side:
                side.append(kind)
    return (given, received) if given or received else None
