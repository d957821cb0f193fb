"""Decisions a company sent by e-mail that the owner pasted as a quote into a dated note
("Письмо от Farfetch: ¶ > Dear Nadezhda, … we have decided to move forward with candidates
whose experience more closely matches our current needs. … > Farfetch Talent Acquisition"):
the quote is the company's that its lead-in line names, else its closing lines; a message
quoted as a callout ("> [!note] WhatsApp — Tom ¶ > tallyfox is no longer hiring for the
role"), the one company its title and words name, with a hold too; and
those told in chat messages and e-mails pasted with their headers ("Полина Жукова, [13.10.2026
12:30] ¶ … продолжить с другим кандидатом"), the company's the message names, else its
sender's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date

from vaultkit.domain.company_folder import recruits, works_at
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.outcomes import DECISIONS, Result, read_outcome
from vaultkit.domain.pasted_mail import (
    PastedMessage,
    contact_senders,
    message_decision,
    sender_words,
    settled,
)
from vaultkit.links.graph import VaultGraph

KeyedLine = tuple[date, str, str, tuple[str, ...]]
Told = tuple[date, Result, str]
"""A dated line with its capitalised words' keys (said_in_passing.KeyedLine)."""

_FORWARDED = re.compile(r"(?<![^\W\d_])(?:пересл\w*|forward\w*|fwd|fw)(?![^\W\d_])", re.I)
_CALLOUT_TITLE = re.compile(r"\[!\w[\w-]*\][-+]?\s*(?P<title>.*)")
"""A callout's first line, as quoted ("[!quote] Email from Sarah Okafor")."""
_MESSAGE = re.compile(
    r"(?<![^\W\d_])(?:e-?mail|mail|message|msg|whatsapp|telegram|tg|linkedin|inmail|sms|text"
    r"|dm|slack|signal|update|письмо|сообщение|телеграм\w*|ватсап)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:from|от)\s+(?-i:[A-ZА-ЯЁ])",
    re.IGNORECASE,
)
"""A callout's title that says it holds a message ("Email from Sarah Okafor", "WhatsApp —
Tom"), not a quote of something else ("Kestrel Pay engineering blog")."""
_CLOSING_LINES = 3
"""How many of a quote's last lines may sign it with the company's name."""


def mailed_decisions(
    index: NameIndex, lines: list[KeyedLine]
) -> Iterator[tuple[str, tuple[date, Result, str]]]:
    """For each pasted e-mail that tells a decision or a hold, its company's path and (day,
    decision, note)."""
    for lead, quote, (on, source) in _quotes(lines):
        if _FORWARDED.search(lead):
            continue  # "Rui Tavares переслал письмо из Farfetch:": his answer, not the owner's
        named = {path for _, path in named_in(index, lead)} if lead.endswith(":") else set()
        title = _CALLOUT_TITLE.match(quote[0])
        if not named and title is not None and _MESSAGE.search(title["title"]):
            named = {path for line in quote for _, path in named_in(index, line)}
            result = _told_to_me(quote[1:], named, index)
            if len(named) == 1 and result is not None:  # "> [!quote] Email from Sarah Okafor
                yield named.pop(), (on, result, source)  # — "Your offer from Fernbrook …""
            continue
        if not named:
            named = {path for line in quote[-_CLOSING_LINES:] for _, path in named_in(index, line)}
        if len(named) != 1:
            continue  # no company, or two: whose e-mail it is cannot be told
        result = read_outcome(settled("\n".join(quote))).result
        if result is not None and result in DECISIONS:
            yield named.pop(), (on, result, source)


def _told_to_me(lines: list[str], named: set[str], index: NameIndex) -> Result | None:
    """The decision or hold a message tells of the owner's process (pasted_mail's
    message_decision, read over the whole message: not the writer's own news, a condition, nor
    what a turn takes back), where a sentence that tells it names the company or speaks for it
    or to the owner ("we'd like to offer you the role", "the panel has decided not to move
    forward"), not one of another role the writer tells of ("a Senior Go role … that was on
    hold over the summer")."""
    result = message_decision("\n".join(lines))
    if result is None:
        return None
    for line in lines:
        for sentence in _SENTENCES.split(line):
            names = {path for _, path in named_in(index, sentence)}
            said = names & named or _TO_YOU.search(sentence)
            if said and message_decision(sentence) == result:
                return result
    return None


_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_TO_YOU = re.compile(
    r"(?<![^\W\d_])(?:you|your|yours|we|we'?ve|we'?d|our|they|they'?ve|they'?d|the panel"
    r"|the team|они|вас|вам|вами"
    r"|ваш\w*|тебя|тебе|тобой|тво\w+|мы|wir|ihnen|sie)(?![^\W\d_])",
    re.IGNORECASE,
)


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


def messaged_decisions(
    graph: VaultGraph, index: NameIndex, messages: Mapping[str, list[PastedMessage]]
) -> Iterator[tuple[str, Told]]:
    """The decisions and holds told in chat messages and e-mails pasted with their headers into
    notes other than a company's or an interview's (those read them as their own), each for the
    company the message names, else its writer's: a recruiter's "к сожалению, мы приняли
    решение продолжить с другим кандидатом" pasted into a week's note. Only a writer known as
    a contact who works at that company or recruits tells of it (pasted_mail.message_decision
    reads the words; `messages`: pasted_messages of each note that has any)."""
    people = contact_senders(graph)
    for path, pasted in messages.items():
        if graph.kinds.get(path) in ("template", "company", "interview"):
            continue
        for message in pasted:
            sender = people.get(sender_words(message.sender))
            result = message_decision(message.text) if sender is not None else None
            if result is None or sender is None:
                continue
            employer = works_at(graph, sender)
            named = {company for _, company in named_in(index, message.text)}
            companies = named or employer
            if len(companies) == 1 and (companies <= employer or recruits(graph, sender)):
                yield companies.pop(), (message.on, result, path)
