"""When a process put on hold means to start again, read from the words that tell of the hold:
"on hold until January", "заморозили до января", "back after New Year", "в первом квартале"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from vaultkit.domain.outcomes import Outcome, read_outcome
from vaultkit.model import Note

_MONTH_WORDS = (
    ("jan(?:uary)?", "январ"),
    ("feb(?:ruary)?", "феврал"),
    ("mar(?:ch)?", "март"),
    ("apr(?:il)?", "апрел"),
    ("may", "ма[йяею]"),
    ("june?", "июн"),
    ("july?", "июл"),
    ("aug(?:ust)?", "август"),
    ("sept?(?:ember)?", "сентябр"),
    ("oct(?:ober)?", "октябр"),
    ("nov(?:ember)?", "ноябр"),
    ("dec(?:ember)?", "декабр"),
)
_MONTH = "|".join(f"(?P<m{n}>{en}|{ru}[а-я]*)" for n, (en, ru) in enumerate(_MONTH_WORDS, 1))
_QUARTER = (
    r"q(?P<q>[1-4])|(?:the\s+)?(?P<qen>first|second|third|fourth)\s+quarter"
    r"|(?P<qru>перв|втор|трет|четв[её]рт)\w*\s+квартал\w*"
)
_NEW_YEAR = (
    r"(?P<ny>next year|the new year|new year|нового года|новом году|новый год|следующем году"
    r"|следующего года|новогодних\w*)"
)
_WHEN = re.compile(
    r"(?<![^\W\d_])(?P<prep>until|till|til|through|in|after|by|from|of|до|после|в|во|с|со|к"
    r"|на)\s+"
    r"(?P<part>early|mid-?|late|(?:the )?end of|(?:the )?start of|начал[аеоу]|середин[аеуы]"
    r"|конц[аеу])?\s*"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?:{_MONTH}|{_QUARTER}|{_NEW_YEAR})(?![^\W\d_])"
    r"(?:\.?\s+(?P<day2>\d{1,2})(?!\d))?",
    re.IGNORECASE,
)
_AFTER = frozenset({"after", "после"})
_END = ("the end of", "end of", "конц")
_QUARTERS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "firs": 1, "seco": 2, "thir": 3, "four": 4}


def resume_date(text: str, held: date) -> date | None:
    """The day a hold's words say it ends, after `held`: the day or month named after "until",
    "до", "в"... (a month's first day, the 15th for "mid-"); the month after it for "after" or
    "the end of"; January for "the new year"; a quarter's first month. None when the words name
    no time within RESUME_WITHIN_DAYS ("заморозили в ноябре" names when it began)."""
    folded = text.casefold().replace("ё", "е")
    numeric = _UNTIL_DAY.search(folded)
    if numeric is not None:  # "until 15.01", "до 2027-01-15"
        return _within(_numeric_day(numeric, held), held)
    for found in _WHEN.finditer(folded):
        day = _within(_named_day(found.groupdict(), held), held)
        if day is not None:
            return day
    return None


def _named_day(groups: dict[str, str | None], held: date) -> date:
    """The day one "until <month>" of `resume_date` names, after `held`."""
    day = 1
    if groups["ny"]:
        month = 1
    elif quarter := groups["q"] or groups["qen"] or groups["qru"]:
        month = 3 * (int(quarter) if quarter.isdigit() else _QUARTERS[quarter[:4]]) - 2
    else:
        month = next(n for n in range(1, 13) if groups[f"m{n}"])
        part = groups["part"] or ""
        if groups["prep"] in _AFTER or part.startswith(_END):
            month = month % 12 + 1
        elif part.startswith(("mid", "середин")):
            day = 15
        elif 1 <= int(written := groups["day"] or groups["day2"] or "0") <= 28:
            day = int(written)
    year = held.year if (month, day) > (held.month, held.day) else held.year + 1
    return date(year, month, day)


RESUME_WITHIN_DAYS = 270
"""A day further than this after the hold is not when it ends: "заморозили в ноябре" said in
November names when it began."""


def _within(day: date | None, held: date) -> date | None:
    return day if day is not None and 0 < (day - held).days <= RESUME_WITHIN_DAYS else None


_UNTIL_DAY = re.compile(
    r"(?<![^\W\d_])(?:until|till|til|through|to|до|по)\s+(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<dd>\d{1,2})\.(?P<mm>\d{1,2})\.?(?P<yy>\d{2,4})?)(?![\d])"
)


def _numeric_day(found: re.Match[str], held: date) -> date | None:
    """The day a numeric "until" names ("до 15.01", "until 2027-01-15"), after `held`."""
    try:
        if found["iso"]:
            return date.fromisoformat(found["iso"])
        month, day = int(found["mm"]), int(found["dd"])
        if found["yy"]:
            year = int(found["yy"]) + (2000 if len(found["yy"]) == 2 else 0)
            return date(year, month, day)
        year = held.year if (month, day) > (held.month, held.day) else held.year + 1
        return date(year, month, day)
    except ValueError:
        return None


_RESUMING = re.compile(
    r"\b(?:re-?open|resum|unfreez|restart|back to (?:you|hiring)|reach out|back in"
    r"|get back to (?:you|me))|разморо|возобнов|вернут?ся к найму|вернуться к вам|вернётся"
    r"|вернется|напишет|свяжется",
    re.IGNORECASE,
)
"""Words of a hold's end told apart from the hold ("We hope to reopen hiring in Q1 2027")."""


def resuming_clause(text: str) -> str:
    """The clause of a contact's line that tells when a hold ends ("he answered, will reach out
    1st wk of Jan"); "" where none does, or only as a maybe or of another team ("their Berlin
    office might reach out in February about a different team")."""
    if _AWAY.search(text):
        return ""  # "Оля уходит в декрет с 1 декабря, вернётся в мае": she returns, not the role
    for clause in re.split(r"[,;.!?—–(]|\s-\s", text):
        if _RESUMING.search(clause) and not _ELSE.search(clause):
            return clause
    return ""


_AWAY = re.compile(
    r"(?<![^\W\d_])(?:декрет\w*|отпуск\w*|больничн\w*|vacation|holiday|leave|maternity"
    r"|paternity|sabbatical)(?![^\W\d_])",
    re.IGNORECASE,
)
_ELSE = re.compile(
    r"\b(?:might|may|maybe|perhaps|possibly|different|another|other|talk|meetup|conference"
    r"|event|podcast)\b|(?<![^\W\d_])(?:доклад\w*|митап\w*|конференц\w*|может|возможно|друг\w+)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def hold_lines(note: Note) -> tuple[str, ...]:
    """The lines of `note` (its property values, body and dated entries) that tell of a hold or
    of its end, as written."""
    values = [str(prop.value) for prop in note.properties if isinstance(prop.value, str)]
    body = [line for section in note.sections for line in section.content.splitlines()]
    logged = [entry.text for entry in (*note.entries, *note.yearless)]  # a lead's list too
    return tuple(
        dict.fromkeys(
            line.strip()
            for line in (*values, *body, *logged)
            if _RESUMING.search(line) or read_outcome(line).result == "on_hold"
        )
    )[:8]


def held_by_stage(outcome: Outcome, stage: str | None) -> Outcome:
    """The outcome with its note's own `stage: on hold` (`этап: заморожено`) over what is only a
    wait or a stage passed: the owner's word of where the process stands now."""
    if not stage or outcome.unreadable or outcome.result not in (None, "passed", "pending"):
        return outcome
    if read_outcome(stage.split("(")[0]).result != "on_hold":  # "final (after the freeze)"
        return outcome
    return replace(outcome, result="on_hold")
