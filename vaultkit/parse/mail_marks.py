"""Whether a note holds a message whose words are read (domain/pasted_mail.py): the parser
then keeps its lead's prose, which it leaves out of other notes."""

from __future__ import annotations

import re


def holds_mail(text: str) -> bool:
    """Whether a note holds a message: a sender's address as a header writes it (an imported
    e-mail's `from: "Aoife <aoife@stripe.com>"`, a pasted header's "From: … <aoife@stripe.com>",
    a reply's "… Дарья <d@lavkaplus.ru>:") or a Telegram stamp ("Анна Иванова, [01.12.2026
    19:20]"). Its lead keeps its prose: a message's words are read (domain/pasted_mail.py). A
    contact's own `email: anna@acme.io` is no message: the short lines of their note's lead
    are kept as they were ("Done chasing." over a long line says to stop)."""
    return bool(
        ("@" in text and (_BRACKETED.search(text) or _FROM_LINE.search(text)))
        or (", [" in text and _CHAT_STAMP.search(text))
        or _set_apart(text)
    )


def _set_apart(text: str) -> bool:
    """Whether a letter stands set apart between thematic breaks or in a fence, its greeting
    first ("---¶¶Hi Siobhan,"): fenced_letters reads it. (A few finds, not a scan of every
    line: every note with properties has its "---".)"""
    for mark in ("---", "```", "~~~", "***", "___"):
        start = 0 if text.startswith(mark) else text.find("\n" + mark) + 1
        while start > 0 or (start == 0 and text.startswith(mark)):
            end = text.find("\n", start)
            if end == -1:
                break
            if not text[start:end].strip(mark[0] + " \t") and _greets(text, end + 1):
                return True
            found = text.find("\n" + mark, end)  # a line's start only: no table's "|---|"
            if found == -1:
                break
            start = found + 1
    return False


def _greets(text: str, at: int) -> bool:
    return _GREETING_AFTER.match(text, at) is not None


_GREETING_AFTER = re.compile(
    r"(?:[ \t]*\n)?[ \t]*(?:hi|hello|hey|dear|здравствуйте|привет\w*|добрый (?:день|вечер))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


_BRACKETED = re.compile(r"<[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}>")
_FROM_LINE = re.compile(r"^[\W]*(?:from|от)\W*:[^\n]*@[\w-]+\.", re.IGNORECASE | re.MULTILINE)
_CHAT_STAMP = re.compile(r", \[\d{1,2}[./]\d{1,2}[./]\d{2,4}")
