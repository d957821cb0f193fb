"""When a contact is away, and the day they are back: in their own words ("Иван, я ушла в
отпуск до 14 декабря", an auto-reply's "I am out of the office until Monday, 14 December",
"OOO till Mon"), or in a line of the owner's about them ("она в отпуске до 14.12", "[[Kate]]
— on leave until the 14th"). A chase or a check-in waits for the day they are back
(rules/away_items.py); a reply owed, a promise or a greeting does not.

Read only where the words say it is them: their own message, in the first person or with no
subject; a line about them, with them (a pronoun, their name) or no one as its subject. Not a
question, not a condition, not the past ("была в отпуске до 16.11"), not someone else ("Роман
в отпуске до 16.11", "my colleague is on leave"), not the owner ("я в отпуске до 14.12")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from vaultkit.domain.interactions import Interaction
from vaultkit.parse.dates import MONTH_WORD, WEEKDAY_LEAD, first_date_in, month_number, next_weekday
from vaultkit.parse.dates import day_first as _whole_day


@dataclass(frozen=True, slots=True)
class Away:
    """A contact's absence the vault tells of."""

    until: date
    """The day they are back."""
    said: Interaction
    """Where it is told (an auto-reply is an interaction of its own here, never a talk)."""


_AWAY = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:в|во)\s+(?:(?:декретн\w+|ежегодн\w+|очередн\w+)\s+)?отпуск[еа]?|в\s+декрете?"
    r"|на\s+больничн\w+|в\s+командировк[еу]|вне\s+офиса|не\s+на\s+связи|без\s+связи"
    r"|out\s+of\s+(?:the\s+)?office|ooo|on\s+(?:annual\s+|sick\s+|parental\s+|maternity\s+"
    r"|paternity\s+)?leave|on\s+(?:vacation|holidays?|pto|a\s+break|sabbatical)|away|off"
    r")(?P<span>[^.!?\n]{0,40}?)\s*(?P<word>до|по|until|till|til|thru|through|to)\s+",
    re.IGNORECASE,
)
"""Words of an absence, then the word before its last day: "в отпуске до", "on leave until",
"out of the office from 2 to", "в отпуске с 2 по"."""
_BACK = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:вернусь|вернётся|вернется)\s+из\s+отпуска|вернусь|выйду|выхожу|буду\s+на\s+связи\s+с"
    r"|будет\s+на\s+связи\s+с|back\s+from\s+(?:vacation|leave|holiday)\s+on|(?:i'?ll\s+be\s+|i'?m\s+|i\s+am\s+|(?:she|he)'s\s+|will\s+be\s+)?"
    r"back(?:\s+in\s+the\s+office)?(?:\s+on)?|returning(?:\s+on)?|return(?:s|ing)?\s+on"
    r")\s+(?=\S)",
    re.IGNORECASE,
)
"""Words of the day they are back, the day right after them ("вернусь 14.12", "back on the
14th", "буду на связи с 14.12"): not "вернусь к вам" nor "get back to you"."""
_THROUGH = frozenset({"по", "thru", "through", "to"})
"""Words before the last day away, not the first back: back the day after."""
_NOT_THEN = re.compile(
    r"(?<![^\W\d_])(?:если|когда|if|when|unless|в случае|была?|были|было|was|were|had been"
    r"|не\s+буду|won'?t|not)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A condition, the past or a denial in the words before: no absence now."""
_OWN = frozenset(
    "я i i'm im i'll am will be currently now сейчас уже буду ушла ушел ушёл ухожу уезжаю "
    "уехала уехал улетаю улетела улетел иду пока also ещё еще just и а so кстати btw fyi "
    "please пожалуйста out on from с with limited access и note that thank you for your "
    "message email".split()
)
"""Words that may stand before an absence in the contact's own message."""
_ABOUT = frozenset(
    "она он она's they she he she's he's they're is are will be currently now сейчас уже "
    "пока ещё еще also just и а but но so and сказала сказал said says пишет "
    "написала написал ответила ответил replied wrote apparently оказывается ушла ушел ушёл "
    "уехала уехал уходит уезжает улетела улетел будет с from".split()
)
"""Words that may stand before an absence in a line about the contact."""
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_CLAUSE = re.compile(r"[,;:—–()]|\s-\s|[.!?](?:\s|$)")
_LONGEST = 400
"""Days an absence may last, at most (a parental leave, not a year-old note's "until May")."""


def away_of(
    talks: Iterable[Interaction],
    auto_replies: Iterable[Interaction],
    names: frozenset[str],
) -> Away | None:
    """The latest absence told of a contact: in their own words (`auto_replies`, and talks a
    pasted header says are theirs) or in a line about them (`names`: the words of their
    name, casefolded)."""
    found = None
    for said, own in [*((i, True) for i in auto_replies), *((i, None) for i in talks)]:
        if said.by == "me":
            continue
        until = return_day(said.text, said.on, own=own or said.by == "them", names=names)
        if until is not None and (found is None or said.on >= found.said.on):
            found = Away(until, said)
    return found


def return_day(
    text: str, on: date, *, own: bool, names: frozenset[str] = frozenset()
) -> date | None:
    """The day the words say their writer (`own`), or the person they are about, is back;
    None where they say no absence of theirs."""
    for pattern in (_AWAY, _BACK):
        for found in pattern.finditer(text):
            if not _theirs(text, found.start(), own, names):
                continue
            sentence_end = re.search(r"[.!?\n]|$", text[found.end() :])
            if sentence_end and sentence_end.group(0) == "?":
                continue
            day = _day_at(text[found.end() : found.end() + 40], on)
            if day is None:
                continue
            if pattern is _AWAY and found["word"].casefold() in _THROUGH:
                day += timedelta(days=1)
            if on < day <= on + timedelta(days=_LONGEST):
                return day
    return None


def _theirs(text: str, at: int, own: bool, names: frozenset[str]) -> bool:
    """Whether the absence found at `at` is the writer's (`own`) or the line's person's: the
    words of its clause before it are all such as may stand there, with no condition, past
    or denial in the sentence before it."""
    sentence = re.split(r"[.!?]\s|\n", text[:at])[-1]
    if _NOT_THEN.search(sentence):
        return False
    clause = _CLAUSE.split(sentence)[-1]
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(clause)]
    return all(w in (_OWN if own else _ABOUT | names) for w in words)


_NUMBERED = re.compile(r"(?:the\s+)?(\d{1,2})(?:-?го|\s+числа|st|nd|rd|th)(?![^\W\d_])", re.I)
_DATED = re.compile(rf"(?:the\s+)?\d|{MONTH_WORD}\s+\d", re.IGNORECASE)
_MONTH_ALONE = re.compile(
    rf"(?P<end>(?:the\s+)?end\s+of\s+|конца\s+)?(?P<month>{MONTH_WORD})"
    r"(?:\s+(?P<year>\d{4}))?(?!\s*\d)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"(?P<next>next\s+|следующ\w+\s+)?(?P<day>понедельник\w*|вторник\w*|сред[уы]|четверг\w*"
    r"|пятниц[уы]|суббот[уы]|воскресень\w*|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?"
    r"|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![^\W\d_])",
    re.IGNORECASE,
)
_NEXT_WEEK = re.compile(
    r"next\s+week|следующей\s+недели|(?:the\s+)?end\s+of\s+(?:the|this)\s+"
    r"week|конца\s+недели",
    re.IGNORECASE,
)


def _day_at(rest: str, on: date) -> date | None:
    """The day written at the start of `rest`, read on from the day `on` it was said: a date
    (after a weekday: "Monday, 14 December"), "the 14th", a weekday, next week, a month ("до
    января": its first day; "до конца декабря": the first of the next)."""
    rest = rest.lstrip()
    dated = re.sub(rf"^(?:on\s+)?{WEEKDAY_LEAD}", "", rest)
    if _DATED.match(dated):
        day = first_date_in(_whole_day(dated[:24]), on)
        if day is not None:
            return day
    if numbered := _NUMBERED.match(rest):
        return _numbered(int(numbered.group(1)), on)
    if weekday := _WEEKDAY.match(rest):
        found = next_weekday(weekday["day"], on)
        return found + timedelta(days=7) if found and weekday["next"] else found
    if _NEXT_WEEK.match(rest):
        return on + timedelta(days=7 - on.weekday())
    if month := _MONTH_ALONE.match(rest):
        try:
            number = month_number(month["month"]) + (1 if month["end"] else 0)
        except ValueError:
            return None
        year = int(month["year"]) if month["year"] else on.year + (number <= on.month)
        year += number > 12
        return date(year, (number - 1) % 12 + 1, 1)
    return None


def name_words(name: str) -> frozenset[str]:
    """The words of a contact's name, casefolded, as `away_of` takes them."""
    return frozenset(word.casefold() for word in _WORD.findall(name))


def _numbered(number: int, on: date) -> date | None:
    """The first day numbered `number` after `on`."""
    day = on + timedelta(days=1)
    for _ in range(62):
        if day.day == number:
            return day
        day += timedelta(days=1)
    return None
