"""Chats and e-mails pasted into a log: a chat's messages with their stamps ("> [16.11.2026
12:05] Анна Ким: Вернулась с фидбеком от Тома…", as Telegram copies them) as the words of the
people in them, without the owner's replies ("> [16.11.2026 12:20] Вера: Про метрики —
справедливо, подтяну"); an e-mail's header ("From: Sophie Marsh", "Subject: RE: Auto Trader")
apart from its words."""

from __future__ import annotations

import re
from datetime import date, timedelta

from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.parse.list_items import CHAT_LINE, chat_entry

_SPEAKER = re.compile(r"^(?P<who>[^:\n]{1,40}):[ \t]*(?P<said>.*)$")


_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|dear|привет|здравствуйте|добрый день|добрый вечер|доброе утро)"
    r"[,!]?\s+)?(?P<name>[A-ZА-ЯЁ][^\W\d_]{2,})(?=\s*[,!])"
)
"""A message that opens by calling its reader by name ("Вера, добрый день!", "Hi Vera,")."""


def chat_owners(text: str, people: NameIndex) -> frozenset[str]:
    """The names the known people in the chats of `text` greet their reader by: the owner's,
    whose own messages are replies, not feedback ("Вера, добрый день!" → "вера")."""
    found = set()
    for line in text.split("\n"):
        chat = CHAT_LINE.match(line) if "[" in line else None
        speaker = _SPEAKER.match(chat["text"]) if chat else None
        if speaker is not None and named_in(people, speaker["who"]):
            greeted = _GREETING.match(speaker["said"])
            if greeted is not None:
                found.add(greeted["name"].casefold())
    return frozenset(found)


def their_words(entry: str, people: NameIndex, owners: frozenset[str] = frozenset()) -> str:
    """`entry` with each pasted chat message written as its words alone, the messages of the
    owner (a speaker named as `owners` greet them: "Вера" for "Вера, добрый день!") left out;
    `entry` as it is where no person with a note speaks in it."""
    if "[" not in entry or ":" not in entry:
        return entry
    read = []
    for line in entry.split("\n"):
        chat = CHAT_LINE.match(line)
        speaker = _SPEAKER.match(chat["text"]) if chat else None
        known = speaker is not None and bool(named_in(people, speaker["who"]))
        read.append((line, speaker, known))
    if not any(known for _, _, known in read):
        return entry
    return "\n".join(
        line if speaker is None else speaker["said"]
        for line, speaker, known in read
        if speaker is None or known or not _is_owner(speaker["who"], owners)
    )


def _is_owner(who: str, owners: frozenset[str]) -> bool:
    """Whether a chat's speaker is the owner: their first name is one the others greet them
    by, or its start ("Вер" for "Вера")."""
    first = who.split()[0].casefold() if who.split() else ""
    return any(first == name or (len(name) >= 3 and first.startswith(name)) for name in owners)


MAIL_HEADER = re.compile(
    r"^(?:[>*+-][ \t]*)*(?:from|от|от кого):[^\n]*\n(?:[>*+-][ \t]*)*(?:sent|date|to|дата"
    r"|отправлено|кому):"
    r"|^(?:[>*+-][ \t]*)*(?:on\s+)?[^\n]*\d[^\n]*<[^<>@\s]+@[^<>\s]+>\s*(?:wrote|написал\w*)?"
    r"\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
"""The header of an e-mail pasted in a log ("From: Sophie Marsh / Sent: 24 November …"), or
the line a mail client puts over a message it quotes ("ср, 14 окт. 2026 г. в 16:12, Дарья
Осипова <d.osipova@lavkaplus.ru>:")."""
_HEADER_LINE = re.compile(
    r"^(?:[>*+-][ \t]*)*(?:from|sent|date|to|cc|subject|от|от кого|дата|отправлено|кому|копия"
    r"|тема):",
    re.IGNORECASE,
)


def without_mail_header(entry: str) -> str:
    """`entry` without the lines of a pasted e-mail's header (From:, Sent:, To:, Subject:)."""
    if MAIL_HEADER.search(entry) is None:
        return entry
    return "\n".join(line for line in entry.split("\n") if not _HEADER_LINE.match(line))


def mail_header(entry: str) -> str:
    """The lines of a pasted e-mail's header in `entry` (From:, Sent:, To:, Subject:)."""
    return "\n".join(line for line in entry.split("\n") if _HEADER_LINE.match(line))


def stamped_day(entry: str, day: date) -> date:
    """The day the chat pasted in `entry` was written (its first message's stamp), where it is
    before `day`, the day of the note it was pasted into, by at most a quarter; else `day`."""
    for line in entry.split("\n") if "[" in entry else ():
        message = chat_entry(line, 0)
        if message is not None:
            return message.on if day - timedelta(days=92) <= message.on <= day else day
    return day
