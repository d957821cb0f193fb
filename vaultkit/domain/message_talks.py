"""Talks told by the messages pasted with their headers (domain/pasted_mail.py): a chat's
"Ольга Дёмина, [03.12.2026 11:05]" or an e-mail's header is that contact writing on that day,
and the owner's message in the same thread ("Вы, [15.10.2026 19:10]", his own name, "Ethan
Walsh <…>") is his to them: who wrote last is read from the headers, not from the words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from vaultkit.domain.career import RoleChange
from vaultkit.domain.interactions import Interaction, InteractionSource
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.pasted_mail import (
    PastedMessage,
    contact_senders,
    pasted_messages,
    sender_words,
)
from vaultkit.links.graph import VaultGraph

_AUTO_REPLY = re.compile(
    r"out of (?:the )?office|automatic reply|auto-?reply|autoreply|i am (?:currently )?away"
    r"|i'?m (?:currently )?away|автоответ|я в отпуске|нахожусь в отпуске|вне офиса",
    re.IGNORECASE,
)
_RESPONDER = re.compile(
    r"^(?:(?:hi|hello|dear|hey)\b[^\n]{0,30}\n)?"
    r"(?:(?:thank you|thanks) for your (?:e-?mail|message)[.!]?\s*)?(?:i'?m|i am) (?:currently )?"
    r"(?:on (?:vacation|holiday|annual leave|leave|parental leave|pto))(?![^\W\d_])",
    re.IGNORECASE,
)
"""A vacation responder's opening ("I'm currently on vacation and will be back on December
14th"), where the message asks nothing."""
AUTO_REPLY = "auto-reply"
"""The channel of a contact's message read only for when they are back (domain/away.py), never
as a talk (domain/named_contacts.with_named keeps it out of them): an auto-reply, or the whole
of a long message whose talk keeps its gist."""
_OWNER_WORDS = frozenset({frozenset({w}) for w in ("вы", "я", "you", "me")})
"""How a chat names the owner's own messages."""
_THREAD = 40
"""Lines between two messages of one thread, at most."""


def message_interactions(
    graph: VaultGraph, contacts: Iterable[str], index: NameIndex, today: date
) -> dict[str, tuple[Interaction, ...]]:
    """For each contact's path, the messages pasted into the vault that they wrote (named as
    their note is, or as `index` finds one contact in the name: "Лёша Фролов"), and those the
    owner wrote in a thread with them, each an interaction on its day with its writer."""
    known = set(contacts)
    people = contact_senders(graph)
    threads = [
        (path, messages)
        for path, note in graph.notes.items()
        if graph.kinds.get(path) != "template" and (messages := pasted_messages(note))
    ]
    owners = _owner_names(threads, people, index)
    found: dict[str, list[Interaction]] = {}
    for path, messages in threads:
        source: InteractionSource = "daily" if path in graph.daily_dates else "entry"
        writers = [_writer(m.sender, people, index) for m in messages]
        two = len({sender_words(m.sender) for m in messages}) == 2  # the contact and one other
        theirs = {_domain(m.sender) for m, w in zip(messages, writers, strict=True) if w}
        for at, message in enumerate(messages):
            writer = writers[at]
            mine = writer is None and sender_words(message.sender) in owners
            contact = _other_side(messages, writers, at, owners) if writer is None else writer
            colleague = bool(_domain(message.sender)) and _domain(message.sender) in theirs
            mine = mine or (
                writer is None
                and not message.chat
                and contact is not None
                and two
                and not colleague
            )  # an e-mail thread's other writer, not at the contact's own domain: the owner
            contact = contact if mine else writer
            if contact is None or contact not in known or message.on > today:
                continue
            auto = _AUTO_REPLY.search(message.text) is not None or (
                "?" not in message.text and _RESPONDER.match(message.text.strip()) is not None
            )
            if auto and mine:
                continue
            said = Interaction(
                message.on,
                source,
                path,  # "I am out of the office until 14 December": no talk, but when back
                AUTO_REPLY if auto else "telegram" if message.chat else "email",
                " ".join(message.text.split()) if auto else _gist(message.text),
                message.line,
                by="me" if mine else "them",
            )
            found.setdefault(contact, []).append(said)
            whole = " ".join(message.text.split())
            if not auto and not mine and len(whole) > len(said.text):  # its gist cut it short
                found[contact].append(replace(said, channel=AUTO_REPLY, text=whole))
    return {contact: tuple(talks) for contact, talks in found.items()}


def _owner_names(
    threads: list[tuple[str, list[PastedMessage]]],
    people: dict[frozenset[str], str],
    index: NameIndex,
) -> set[frozenset[str]]:
    """The names the owner's own messages go by: "Вы", "You", and the writer no contact is
    who writes in more notes' threads than any other, in two at least, beside two contacts or
    more (a friend who chats with one recruiter is not the owner)."""
    notes_by_writer: Counter[frozenset[str]] = Counter()
    beside: dict[frozenset[str], set[str]] = {}
    for _, messages in threads:
        writers = {_writer(m.sender, people, index) for m in messages} - {None}
        for words in {sender_words(m.sender) for m in messages}:
            if words and words not in people:
                notes_by_writer[words] += 1
                beside.setdefault(words, set()).update(w for w in writers if w)
    notes_by_writer = Counter({w: n for w, n in notes_by_writer.items() if len(beside[w]) >= 2})
    common = notes_by_writer.most_common(2)
    owner = (
        {common[0][0]}
        if common and common[0][1] >= 2 and (len(common) < 2 or common[0][1] > common[1][1])
        else set()
    )
    return {*_OWNER_WORDS, *owner}


_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|привет|здравствуйте|добрый (?:день|вечер)|доброе утро)\b[^.!?\n]{0,30}"
    r"[,!]?$",
    re.IGNORECASE,
)


def _gist(text: str) -> str:
    """A message's words as a talk's: its lines after a greeting alone on its own ("Hi
    Grace,"), joined, at most 200 characters."""
    lines = text.split("\n")
    if len(lines) > 1 and _GREETING.match(lines[0].strip()):
        lines = lines[1:]
    return " ".join(lines)[:200]


def _domain(sender: str) -> str:
    """The domain of a writer's address ("acme.com" of "Mark Lee <mark@acme.com>"), or ""."""
    found = re.search(r"@([\w.-]+)", sender)
    return found.group(1).casefold() if found else ""


def _writer(sender: str, people: dict[frozenset[str], str], index: NameIndex) -> str | None:
    """The contact a message's header names as its writer, or None."""
    found = people.get(sender_words(sender))
    if found is not None:
        return found
    named = {contact for _, contact in named_in(index, re.split(r"[|<(]", sender)[0])}
    return named.pop() if len(named) == 1 else None


def _other_side(
    messages: list[PastedMessage], writers: list[str | None], at: int, owners: set[frozenset[str]]
) -> str | None:
    """The contact the owner's message at `at` is to: the writer of the message next to it in
    the thread (the one before first; the owner's own skipped), near enough to be one."""
    line = messages[at].line
    for order in (range(at - 1, -1, -1), range(at + 1, len(messages))):
        for other in order:
            if abs(messages[other].line - line) > _THREAD:
                break
            if writers[other] is None and sender_words(messages[other].sender) in owners:
                continue  # two of the owner's own in a row
            if writers[other] is not None:
                return writers[other]
            break  # someone no contact is: the thread is theirs
    return None


_MY_MOVE = re.compile(
    r"\b[Ii](?:'ve| have)? (?:left|joined|moved to|started at) (?=[A-Z])"
    r"|\b[Ii]'?m (?:joining|moving to|starting at) (?=[A-Z])"
    r"|\b[Ii](?:'ll| will) be joining (?=[A-Z])"
    r"|(?<![^\W\d_])(?:[Мм]не дали оффер в (?=[А-ЯЁA-Z])"
    r"|[Яя] (?:перешл[аи]|перешёл|перешел|ушл[аи]|ушёл|ушел|устроил\w*) в (?=[А-ЯЁA-Z])"
    r"|(?:[Яя] )?оффер \S+ \S+ принял\w*|[Яя] принял\w* оффер"
    r"|[Вв]ыхожу (?:в|на работу в) (?=[А-ЯЁA-Z])|[Пп]ерехожу в (?=[А-ЯЁA-Z]))",
)
"""A contact's own word in their message that they are moving on ("As of Friday 27 November
I have left Intercom", "мне дали оффер в Юнит!!! выхожу 14 декабря")."""
_CONGRATULATED = re.compile(r"congrat|поздрав", re.IGNORECASE)


def written_move(talks: tuple[Interaction, ...]) -> RoleChange | None:
    """The latest message of the contact's own saying they move to another job, unless a
    message of the owner's since congratulates them."""
    for at in range(len(talks) - 1, -1, -1):
        talk = talks[at]
        if talk.by != "them" or not _MY_MOVE.search(talk.text):
            continue
        later = talks[at:]
        if any(t.by != "them" and _CONGRATULATED.search(t.text) for t in later):
            return None  # "ОГО поздравляю!!!", "поздравил с переходом в Ozon"
        return RoleChange(talk.on, talk.text, talk.path, talk.line)
    return None
