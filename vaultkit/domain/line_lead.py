"""What opens an interaction line before its words: a list marker, a task box and dates as
people stamp entries (2026-10-05, 12.10, 07.2024, 3 ноя., Oct 14, "Пн:"), and no more. Both the
direction reader (domain/direction.py) and the who-did reader (domain/who_did.py) skip it; a
date is read whole ("07.2024" is no "07.20" followed by a day "24"), and a month is a month's
name, so the verb after a number ("24 свела") is never taken for one.
"""

from __future__ import annotations

import re

from vaultkit.parse.dates import MONTH_WORD

DATE = (
    rf"\d{{1,4}}[-./]\d{{1,4}}(?:[-./]\d{{1,4}})?(?!\d)"  # 2026-10-03, 12.09, 07.2024, 3/10
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s*{MONTH_WORD}(?:\s+\d{{4}}(?!\d))?"  # 14 окт, 3 Oct 2026
    rf"|{MONTH_WORD}\s+\d{{1,2}}(?!\d)(?:,?\s+\d{{4}}(?!\d))?"  # Oct 3, oct 15, 2026
)
"""One written date stamp, as a regex alternation."""
_CHAT_STAMP = (
    r"\[(?:(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4})[, ]*)?\d{1,2}:\d{2}(?::\d{2})?\]"
    r"|\[\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\]"
)
"""A pasted chat's stamp in brackets, a time or a whole date in it: "[21.03.24 16:52]",
"[25.04.24]", "[14:02]"; not "[1/3]" or "[21.03]", which number or date a note's own line."""

_WEEKDAY = r"(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun):"


def _lead(stamps: str) -> re.Pattern[str]:
    """What opens a line before its words, with `stamps` (an alternation) as its stamps."""
    return re.compile(
        rf"^[\s>*+-]*(\[[xX ]\]\s*)?((?:{stamps})\s*[:—–-]?\s*)*",  # list marker, task box, stamps
        re.IGNORECASE,
    )


LEAD = _lead(f"{DATE}|{_WEEKDAY}|{_CHAT_STAMP}")
"""What comes before the words of a line: the list marker, a task box, dates, a weekday
("Пн:") and a pasted chat's stamp. A speaker's label ("HR:", "me:", "Ben:") is no stamp: it
says who acts, as "Mike:" always did (only names of two or three letters were once cut with
the weekdays)."""
MODEL_LEAD = _lead(f"{DATE}|{_WEEKDAY}")
"""`LEAD` as the direction model's features were trained on, before chat stamps were skipped
(2026-12-07): its words still hold "[21.03.24 16:52]". Retraining on `LEAD` moved 13 training
lines either way and every attacker's set; it waits for a session that re-reads them."""
