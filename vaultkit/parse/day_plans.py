"""A week planned day by day inside a day's note ("**ma 7**", "### Tue 8th", "пт 11:" above
the tasks for that day): the day each planned line stands under, the first day of that number
from the note's own day on, of that weekday where the name says one."""

from __future__ import annotations

import re
from datetime import date, timedelta

from vaultkit.model import Note
from vaultkit.parse.dates import WEEKDAY_LEAD

_PLAN_DAY = re.compile(
    rf"^(?:#{{1,6}}[ \t]+)?(?:\*\*|__)?(?P<weekday>{WEEKDAY_LEAD})(?P<number>\d{{1,2}})"
    r"(?![.:]\d)(?:st|nd|rd|th)?\.?(?:\*\*|__)?[ \t]*(?:[:—–-].*)?$"
)
"""A line naming a day of the week with its number and nothing else, or a dash and the plan
for it ("**di 8**", "## Mon 7th", "**za 12** — drinks")."""
_WEEKDAY_NUMBERS = {
    **{name: n for n, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{name: n for n, name in enumerate(("пн", "вт", "ср", "чт", "пт", "сб", "вс"))},
    **{name: n for n, name in enumerate(("пон", "вто", "сре", "чет", "пят", "суб", "вос"))},
    **{name: n for n, name in enumerate(("ma", "di", "wo", "do", "vr", "za", "zo"))},
}
_LOOK_AHEAD_DAYS = 45


def planned_days(note: Note, made_on: date) -> dict[int, date]:
    """The day each line planned under a day of the week with its number stands for, by line
    (1-based, in the note): from the marker (a heading or a line of its own) to the next one,
    a heading, or a paragraph that is not a list item; none where the note plans no days."""
    found: dict[int, date] = {}
    ends = [section.line for section in note.sections[1:]]
    ends.append(max((task.line + 1 for task in note.tasks), default=0))
    for section, end in zip(note.sections, ends, strict=True):
        heading = _PLAN_DAY.match(section.heading) if section.heading else None
        day = _planned(heading, made_on) if heading else None
        lines = section.content.split("\n")  # its trailing list items may be left out
        lines += [""] * (end - section.line - 1 - len(lines))
        for number, text in enumerate(lines, section.line + 1):
            stripped = text.strip()
            listed = _LISTED.match(text) is not None
            marker = _PLAN_DAY.match(stripped) if not listed else None
            if marker is not None:
                day = _planned(marker, made_on)
            elif stripped and not listed:
                day = None
            if day is not None:  # a task's line may read blank here: the parser keeps tasks
                found[number] = day
    return found


_LISTED = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]")


def _planned(marker: re.Match[str], made_on: date) -> date | None:
    """The first day from `made_on` on with the marker's number (and weekday, where known)."""
    weekday = _WEEKDAY_NUMBERS.get(marker["weekday"].strip(" \t.,").casefold()[:3])
    weekday = (
        weekday
        if weekday is not None
        else _WEEKDAY_NUMBERS.get(marker["weekday"].strip(" \t.,").casefold()[:2])
    )
    for ahead in range(_LOOK_AHEAD_DAYS):
        day = made_on + timedelta(days=ahead)
        if day.day == int(marker["number"]) and weekday in (None, day.weekday()):
            return day
    return None
