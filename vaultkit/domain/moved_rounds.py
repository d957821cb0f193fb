"""The day a round logged on one day is held on, where its line says it was moved: "15/12
stage 2 — moved to Jan 12" is held on 12 January, "15/12 stage 2 — moved to Jan" on no day
known yet, "2026-12-03 final (was moved to Dec 3 from Nov 28)" and "03.12 финал (перенесли на
декабрь с 27 ноября)" on the day logged. A decision or a process moved ("decision pushed to
next week", "решение отложили", "my process moved to Jan") moves no round."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.parse.dates import dates_in, month_number

_MOVED = re.compile(
    r"\b(?:moved|pushed|postponed|rescheduled|delayed|bumped)(?: back)?(?: to| till| until)?\s+"
    r"(?:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t"
    r"|tember|ober|ember)?\b|next (?:week|month|year)|the new year|q[1-4]\b)"
    r"|(?<![^\W\d_])(?:перенесл\w*|перенес[её]н\w*|отложил\w*|сдвинул\w*) на (?:(?P<месяц>январ"
    r"|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|следующ\w+)",
    re.IGNORECASE,
)
_FROM = re.compile(r"(?<![^\W\d_])(?:from|с|со)(?![^\W\d_])", re.IGNORECASE)
_BREAK = re.compile(r"[.,;!?…]")
"""A break before the move: it is said of something else than the round the line opens with."""
_NOT_A_ROUND = re.compile(
    r"(?<![^\W\d_])(?:decision|answer|feedback|process|offer|start|role|headcount|onboarding"
    r"|решени\w*|ответ\w*|фидбек\w*|процесс\w*|оффер\w*|старт\w*|онбординг\w*|выход\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def held_on(text: str, on: date) -> date | None:
    """The day the round a line logs on `on` is held: the day it was moved to, where the line
    gives one, none where it moves the round to a later month or week with no day, else `on`."""
    moved = _MOVED.search(text)
    if moved is None or _NOT_A_ROUND.search(text[: moved.start()]):
        return on
    if _BREAK.search(text[: moved.start()]):
        return on  # "onsite… the final with the VP got pushed to next week": another's move
    days = dates_in(_FROM.split(text[moved.start() :], maxsplit=1)[0], on)  # not "from Nov 28"
    if days:
        return days[0]  # "moved to Dec 3 from Nov 28": Dec 3
    month = moved["month"] or moved["месяц"]
    if month is None:
        return None  # "moved to next week": no day yet
    return (
        on if month_number(month) == on.month else None
    )  # "перенесли на декабрь", logged on 03.12
