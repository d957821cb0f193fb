"""A lead-in line that names its side with a sign at its end ("что сказали 👍", "… 👎"): their
word, not the owner's own pros ("Плюсы 👍"), a checklist ("Feedback requested ✅") or friends'
("Что сказали друзья 👍")."""

from __future__ import annotations

import re


def thumbed_lead(bare: str) -> tuple[str, str] | None:
    """The lead's words ended by a colon and its side's mark ("+ ", "− "), where `bare` is a
    lead-in line of their word closed by a sign; else None."""
    thumb = _THUMB.search(bare)
    if thumb is None or not _SAID_BY.search(bare) or _ASKED.search(bare):
        return None
    if _NOT_THEIRS_LEAD.search(bare):
        return None
    return bare[: thumb.start()] + ":", "+ " if thumb.group(1) in _UP else "− "


_THUMB = re.compile(r"\s*(👍|👎|✅|❌|➕|➖)(?:\s*[👍👎✅❌➕➖])*\s*:?\s*$")
"""A sign closing a lead-in line that names its side ("что сказали 👍")."""
_UP = frozenset("👍✅➕")
_SAID_BY = re.compile(
    r"(?<![^\W\d_])(?:сказал\w*|said|told|feedback|fb|фидб\w+|отзыв\w*|отметил\w*|liked"
    r"|понравил\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_NOT_THEIRS_LEAD = re.compile(
    r"\b(?:friends?|mentor|mum|mom|family|colleagues)\b"
    r"|(?<![^\W\d_])(?:друз\w*|друг\w*|подруг\w*|ментор\w*|мам\w*|коллег\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_ASKED = re.compile(r"\b(?:requested|asked)\b|(?<![^\W\d_])(?:запросил\w*|попросил\w*)", re.I)
