"""Decisions a company sent by e-mail that the owner pasted as a quote into a dated note
("Письмо от Farfetch: ¶ > Dear Nadezhda, … we have decided to move forward with candidates
whose experience more closely matches our current needs. … > Farfetch Talent Acquisition"):
the quote is the company's that its lead-in line names, else that its closing lines name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.outcomes import DECISIONS, Result, read_outcome
from vaultkit.domain.pasted_mail import settled

KeyedLine = tuple[date, str, str, tuple[str, ...]]
"""A dated line with its capitalised words' keys (said_in_passing.KeyedLine)."""

_FORWARDED = re.compile(r"(?<![^\W\d_])(?:пересл\w*|forward\w*|fwd|fw)(?![^\W\d_])", re.I)
_CLOSING_LINES = 3
"""How many of a quote's last lines may sign it with the company's name."""


def mailed_decisions(
    index: NameIndex, lines: list[KeyedLine]
) -> Iterator[tuple[str, tuple[date, Result, str]]]:
    """For each pasted e-mail that tells a decision, its company's path and (day, decision,
    note)."""
    for lead, quote, (on, source) in _quotes(lines):
        if _FORWARDED.search(lead):
            continue  # "Rui Tavares переслал письмо из Farfetch:": his answer, not the owner's
        named = {path for _, path in named_in(index, lead)} if lead.endswith(":") else set()
        if not named:
            named = {path for line in quote[-_CLOSING_LINES:] for _, path in named_in(index, line)}
        if len(named) != 1:
            continue  # no company, or two: whose e-mail it is cannot be told
        result = read_outcome(settled("\n".join(quote))).result
        if result is not None and result in DECISIONS:
            yield named.pop(), (on, result, source)


def _quotes(lines: list[KeyedLine]) -> Iterator[tuple[str, list[str], tuple[date, str]]]:
    """Each run of quoted lines of one note and day, with the line before it (its lead-in)."""
    lead, quote, at = "", list[str](), (date.min, "")
    for on, text, source, _ in lines:
        bare = text.strip()
        if bare.startswith(">") and at == (on, source):
            quote.append(bare.lstrip("> ").strip())
            continue
        if quote:
            yield lead, quote, at
        quote = [bare.lstrip("> ").strip()] if bare.startswith(">") else []
        lead = "" if quote else bare
        at = (on, source)
    if quote:
        yield lead, quote, at
