"""The next step a contact's note keeps in its properties, as people who run their search like a
CRM do (`next_action: send code sample!! (promised by Fri 4th)`, `next_action_date:
2026-12-04`; `next_step`, `следующий шаг`): a step of the owner's to take on its day, listed
as a promise is. A step that is none ("nothing - she said end of next week", "leave him be till
January", "chase again?: no") or only a thought ("maybe ask him …?") is no task; with a day
still ahead, it holds the check-ins until then, as `snooze_until` does."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.promise_words import awaited_from_them, due_of
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.dates import as_date, first_date_in

_STEP_KEYS = ("next_action", "next_step", "следующий_шаг")
_DAY_KEYS = ("next_action_date", "next_step_date", "следующий_шаг_дата", "next_date")
_NO_STEP = re.compile(
    r"^\W*(?:nothing|none|n/?a|leave|wait|hold|not yet|ничего|ждать|жду|ждём|ждем|пока ничего"
    r"|don'?t (?!forget)|do not (?!forget))(?![^\W\d_])"
    r"|^\W*(?:no|нет|done|tbd|yes|ok|да|готово|сделано|-+)\W*$"
    r"|(?<![^\W\d_])(?:waiting|ball is in|in their court|not needed|nope|no need"
    r"|(?:they|he|she)'ll|(?:they|he|she|hr|\w+) (?:will|is going to|are going to)"
    r"|(?:hr|they|recruiter) to (?:send|call|get back|confirm))(?![^\W\d_])"
    r"|\?\s*:?\s*(?:no|нет|nope)\W*$",
    re.IGNORECASE,
)
"""A step that is none: nothing to do, a wait, a done or empty mark, or someone else's move
("they'll call me", "HR to send contract", "Noah will intro me")."""
_THOUGHT = re.compile(r"^\W*(?:maybe|perhaps|может|возможно)(?![^\W\d_])", re.IGNORECASE)


def planned_steps(note: Note, today: date | None = None) -> list[tuple[int, str, date | None]]:
    """The line, words and day of each step a note's properties plan that is the owner's to
    take (one, or a YAML list of them): its day the date property's, else one its words give
    ("send portfolio by 15.12")."""
    for key in _STEP_KEYS:
        value = note.get(key)
        steps = [value] if isinstance(value, str) else value if isinstance(value, tuple) else ()
        steps = [words.strip() for words in steps if isinstance(words, str) and words.strip()]
        if not steps:
            continue
        line, day = note.line_of(key), _day(note, today)
        return [
            (line, words, day or due_of(words, today, weekdays=False))
            for words in steps
            if not (_NO_STEP.search(words) or _THOUGHT.search(words) or awaited_from_them(words))
        ]
    return []


def step_day_problems(note: Note) -> list[Diagnostic]:
    """A warning for each step's date property that holds no date vaultkit can read
    (`next_action_date: Fri 4th`): the step is then dated by its own words, or not at all."""
    found = []
    for key in _DAY_KEYS:
        value = note.get(key)
        if value in (None, "", ()) or as_date(value) is not None:
            continue
        if isinstance(value, str) and (_NO_DAY_YET.match(value) or _YEARLESS.fullmatch(value)):
            continue  # "TBD"; "10.12." is read as the nearest such day
        shown = ", ".join(map(str, value)) if isinstance(value, tuple) else str(value)
        found.append(
            Diagnostic(
                note.path,
                note.line_of(key),
                "warning",
                f"{key} {shown!r} is not a date vaultkit can read (write it as 2026-12-04); "
                "the next step is dated by its own words, if they name a day",
                f"{key} {shown!r} — не дата, которую vaultkit может прочитать (пишите так: "
                "2026-12-04); срок следующего шага берётся из его слов, если там есть день",
            )
        )
    return found


def held_until(note: Note, today: date) -> date | None:
    """The day a note's planned non-step holds its check-ins until ("leave him be till
    January", `next_action_date: 2027-01-04`), while that day is ahead."""
    for key in _STEP_KEYS:
        words = note.get(key)
        if isinstance(words, str) and _NO_STEP.search(words):
            day = _day(note, today)
            return day if day is not None and day > today else None
    return None


def _day(note: Note, today: date | None = None) -> date | None:
    """The step's day from its date property: a date, or a day without its year ("10.12.")
    read as the nearest such day from `today`."""
    for key in _DAY_KEYS:
        value = note.get(key)
        day = as_date(value)
        if day is None and today is not None and isinstance(value, str):
            day = first_date_in(value, today) if _YEARLESS.fullmatch(value.strip()) else None
        if day is not None:
            return day
    return None


_YEARLESS = re.compile(r"\d{1,2}[./]\d{1,2}\.?|\d{1,2}\s+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2}")
_NO_DAY_YET = re.compile(
    r"^\W*(?:tbd|tba|tbc|none|n/a|soon|later|-+|\?+|нет|потом|скоро)\W*$", re.I
)
"""A step date that says on purpose there is none yet."""
