"""Whether a note holds a message whose words are read (domain/pasted_mail.py): the parser
then keeps its lead's prose, which it leaves out of other notes."""

from __future__ import annotations

import re


def holds_mail(text: str) -> bool:
    """Whether a note holds a message: an e-mail address (an imported e-mail's `from:`, a pasted
    header's "<aoife@stripe.com>") or a Telegram stamp ("Анна Иванова, [01.12.2026 19:20]").
    Its lead keeps its prose: a message's words are read (domain/pasted_mail.py)."""
    return bool(
        ("@" in text and _ADDRESS.search(text)) or (", [" in text and _CHAT_STAMP.search(text))
    )


_ADDRESS = re.compile(r"[\w.+-]@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
_CHAT_STAMP = re.compile(r", \[\d{1,2}[./]\d{1,2}[./]\d{2,4}")
