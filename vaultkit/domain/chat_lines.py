"""Chats and e-mails pasted into a log: a chat's messages with their stamps ("> [16.11.2026
12:05] Анна Ким: Вернулась с фидбеком от Тома…", as Telegram copies them) as the words of the
people in them, without the owner's replies ("> [16.11.2026 12:20] Вера: Про метрики —
справедливо, подтяну"); an e-mail's header ("From: Sophie Marsh", "Subject: RE: Auto Trader")
apart from its words."""

from __future__ import annotations

import re

from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.parse.list_items import CHAT_LINE

_SPEAKER = re.compile(r"^(?P<who>[^:\n]{1,40}):[ \t]*(?P<said>.*)$")


def their_words(entry: str, people: NameIndex) -> str:
    """`entry` with each pasted message of a person with a note written as its words alone,
    and the other speakers' messages (the owner's replies) left out, where such a person speaks
    in it; else `entry` as it is."""
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
        speaker["said"] if speaker and known else line
        for line, speaker, known in read
        if speaker is None or known
    )


MAIL_HEADER = re.compile(
    r"^(?:[>*+-][ \t]*)*(?:from|от|от кого):[^\n]*\n(?:[>*+-][ \t]*)*(?:sent|date|to|дата"
    r"|отправлено|кому):",
    re.IGNORECASE | re.MULTILINE,
)
"""The header of an e-mail pasted in a log ("From: Sophie Marsh / Sent: 24 November …")."""
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
