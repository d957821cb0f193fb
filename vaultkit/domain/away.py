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
from vaultkit.domain.return_days import day_at


@dataclass(frozen=True, slots=True)
class Away:
    """A contact's absence the vault tells of."""

    until: date
    """The day they are back."""
    said: Interaction
    """Where it is told (an auto-reply is an interaction of its own here, never a talk)."""
    since: date | None = None
    """The day it starts, where that is still ahead of the day it was said ("я буду в отпуске
    с 14 по 25 декабря", said on the 1st): until then they are here."""


_STEMS = (
    "отпуск",
    "больнич",
    "декрет",
    "командиров",
    "офиса",
    "связи",
    "не будет",
    "office",
    "ooo",
    "leave",
    "vacation",
    "holiday",
    "pto",
    "break",
    "sabbatical",
    "away",
    " off ",
    " out ",
    "offline",
    "вернусь",
    "вернётся",
    "вернется",
    "выйд",
    "выхож",
    " back ",
    "return",
)
"""Words without which a text tells no absence (a quick look before the full reading)."""
_END = r"(?![^\W\d_])"
_AWAY = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:в|во)\s+(?:(?:декретн\w+|ежегодн\w+|очередн\w+)\s+)?отпуск[еа]?|в\s+декрете?"
    r"|на\s+больничн\w+|в\s+командировк[еу]|вне\s+офиса|не\s+на\s+связи|без\s+связи"
    r"|(?:меня\s+)?не\s+будет|out\s+of\s+(?:the\s+)?office|ooo|on\s+(?:annual\s+|sick\s+"
    r"|parental\s+|maternity\s+|paternity\s+)?leave|on\s+(?:vacation|holidays?|pto|a\s+break"
    rf"|sabbatical)|away|off|out|offline){_END}"
    r"(?P<span>(?:[^.!?\n:;,—–()«»\"]|(?<=\d)\.(?=\d)){0,40}?),?(?:\s*(?P<word>до|until|till|til)"
    r"|\s*(?P<through>thru|through)|(?<=\d)\s+(?P<last>по|to))\s+",
    re.IGNORECASE,
)
"""Words of an absence, then, in the same clause, the word before its last day: "в отпуске
до", "on leave until", "out through", and "с 2 по", "from 2 to" after a first day (back the
day after the last)."""
_SINCE = re.compile(r"(?:^|\s)(?:с|со|from)\s+(?P<day>.+)$", re.IGNORECASE)
_FOR = re.compile(
    r"(?<![^\W\d_])(?:off|away|out|on\s+leave|on\s+vacation|on\s+holiday|в\s+отпуск\w*)\s+"
    r"(?:for|на)\s+(?P<count>\d|a|one|two|three|four|две|три|четыре)?\s*"
    r"(?P<unit>weeks?|недел[юи]|days?|дн(?:я|ей))(?![^\W\d_])(?P<later>\s+(?:starting|from)\s+"
    r"tomorrow|\s+с\s+завтрашнего)?",
    re.IGNORECASE,
)
"""An absence for a time ("off for two weeks starting tomorrow", "в отпуск на неделю")."""
_COUNTS = {"a": 1, "one": 1, "two": 2, "три": 3, "three": 3, "four": 4, "две": 2, "четыре": 4}
_BACK_OWN = re.compile(
    r"(?<![^\W\d_])(?:вернусь(?:\s+из\s+отпуска)?|выйду|выхожу|буду\s+на\s+связи\s+с"
    r"|(?:i'?ll\s+be\s+|i'?m\s+|i\s+am\s+|i\s+will\s+be\s+|will\s+be\s+)?back"
    r"(?:\s+in\s+the\s+office)?(?:\s+on)?|returning(?:\s+on)?"
    r"|(?:i'?ll\s+|i\s+will\s+|will\s+)?return(?:\s+on)?)\s+(?=\S)",
    re.IGNORECASE,
)
"""The writer's own words of the day they are back ("вернусь 14.12", "back on the 14th", "I
will return on Monday"): not "вернусь к вам" nor "get back to you"."""
_BACK_ABOUT = re.compile(
    r"(?<![^\W\d_])(?:(?:вернётся|вернется|выйдет)\s+из\s+отпуска|будет\s+на\s+связи\s+с"
    r"|(?:she|he)(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+back(?:\s+in\s+the\s+office)?"
    r"(?:\s+on)?|(?:she|he)\s+returns\s+on)\s+(?=\S)",
    re.IGNORECASE,
)
"""Words of the day the person a line is about is back ("вернётся из отпуска 14.12", "she's
back on the 14th"); "вернусь", "I'm back" there are the owner's own."""
_WITH = re.compile(
    r"(?<![^\W\d_])(?:with|с\s+(?:ответ|фидбек|решени|новост|обратн|результат)\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Coming back with something ("вернусь 14.12 с ответом", "back on Monday with feedback"): an
answer promised, no absence."""
_NOT_THEN = re.compile(
    r"(?<![^\W\d_])(?:если|когда|if|when|unless|в случае|была?|были|было|was|were|had been"
    r"|не\s+буду|won'?t|not)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A condition, the past or a denial in the words before: no absence now."""
_FILLER = re.compile(r"(?<![^\W\d_])(?:если что|if anything|just so you know)(?![^\W\d_])", re.I)
"""Words that say no condition ("Иван, если что — я в отпуске до 14 декабря")."""
_AWAY_WORDS = (
    "out of the office offline vacation leave holiday holidays отпуске отпуск больничном and и "
)
_OWN = frozenset(
    (
        "я i i'm im i'll am will be currently now сейчас уже буду ушла ушел ушёл ухожу уезжаю "
        "уехала уехал улетаю улетела улетел иду пока also ещё еще just и а so кстати btw fyi "
        "please пожалуйста out on from с with limited access и note that thank you for your "
        "message email меня hey hi привет нахожусь " + _AWAY_WORDS
    ).split()
)
"""Words that may stand before an absence in the contact's own message."""
_PRONOUNS = frozenset("она он she he she's he's".split())
_ABOUT = frozenset(
    (
        "is are will be currently now сейчас уже пока ещё еще also just и а but но so and "
        "сказала сказал said says пишет написала написал ответила ответил replied wrote "
        "apparently оказывается ушла ушел ушёл уехала уехал уходит уезжает улетела улетел будет "
        "находится с from " + _AWAY_WORDS
    ).split()
)
"""Words that may stand before an absence in a line about the contact, beside a pronoun or
their name."""
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_CLAUSE = re.compile(r"[,;:—–]|\s-\s|[.!?](?:\s|$)")
_CLAUSE_END = re.compile(r"[,;!?\n]|\.(?=\s|$)|$")
_CAPITAL = re.compile(r"(?<=[^\W\d_] )(?<![.!?] )[A-ZА-ЯЁ][\w'’]+|(?<=[,;:(] )[A-ZА-ЯЁ][\w'’]+")
"""A capitalised word inside a sentence: a name, perhaps another person's."""
_LONGEST = 400
"""Days an absence may last, at most (a parental leave, not a year-old note's "until May")."""


def away_of(
    talks: Iterable[Interaction],
    auto_replies: Iterable[Interaction],
    names: frozenset[str],
) -> Away | None:
    """The latest absence told of a contact: in their own words (`auto_replies`, and talks a
    pasted header says are theirs) or in a line about them (`names`: the words of their
    name, casefolded); one with no subject only in their own note's log."""
    found = None
    for said, own in [*((i, True) for i in auto_replies), *((i, False) for i in talks)]:
        if said.by == "me":
            continue
        own = own or said.by == "them"
        bare = own or said.source == "entry"  # their own note's log: about them
        read = absence(said.text, said.on, own=own, names=names, bare=bare)
        if read is not None and (found is None or said.on >= found.said.on):
            found = Away(read[1], said, read[0])
    return found


def return_day(
    text: str, on: date, *, own: bool, names: frozenset[str] = frozenset(), bare: bool = True
) -> date | None:
    """The day the words say their writer (`own`), or the person they are about, is back;
    None where they say no absence of theirs (`bare`: words with no subject may be theirs)."""
    read = absence(text, on, own=own, names=names, bare=bare)
    return read[1] if read else None


def absence(
    text: str, on: date, *, own: bool, names: frozenset[str], bare: bool
) -> tuple[date | None, date] | None:
    """The first day of an absence the words tell of, where it is still ahead, and the day
    they are back (see return_day)."""
    padded = f" {text.casefold()} "
    if not any(stem in padded for stem in _STEMS):
        return None  # most words say no absence: one quick look first
    patterns = (_AWAY, _BACK_OWN if own else _BACK_ABOUT, _FOR)
    for pattern in patterns:
        for found in pattern.finditer(text):
            subject = not own and found.group(0).casefold().startswith(("she", "he"))
            if not _theirs(text, found.start(), own, names, bare or subject):
                continue
            after = text[found.end() :]
            clause = after[: _CLAUSE_END.search(after).start()]  # type: ignore[union-attr]
            if after[len(clause) : len(clause) + 1] == "?" or _WITH.search(clause):
                continue  # "Ты в отпуске до 14.12?", "вернусь 14.12 с ответом"
            day = _for(found, on) if pattern is _FOR else day_at(after[:40], on)
            if day is not None and pattern is _AWAY and (found["through"] or found["last"]):
                day += timedelta(days=1)  # "с 2 по 13 декабря": back on the 14th
            if day is not None and on < day <= on + timedelta(days=_LONGEST):
                return _since(found, on, day), day
    return None


def _since(found: re.Match[str], on: date, until: date) -> date | None:
    """The first day away its words give ("с 14 по 25 декабря"), where it is after the day
    said (and before the last)."""
    span = found.groupdict().get("span") or ""
    start = _SINCE.search(span)
    if start is None:
        return None
    written = start["day"].strip()
    day = day_at(written, on - timedelta(days=1))
    if day is None and written.isdigit() and 0 < int(written) < until.day:  # "с 14 по 25 декабря"
        day = until.replace(day=int(written))
    return day if day is not None and on < day < until else None


def _for(found: re.Match[str], on: date) -> date:
    """The day an absence for a time ends ("for two weeks starting tomorrow")."""
    count = _COUNTS.get((found["count"] or "a").casefold()) or int(found["count"])
    weeks = found["unit"].casefold().startswith(("week", "недел"))
    return on + timedelta(days=count * (7 if weeks else 1) + (1 if found["later"] else 0))


def _theirs(text: str, at: int, own: bool, names: frozenset[str], bare: bool) -> bool:
    """Whether the absence found at `at` is the writer's (`own`) or the line's person's: the
    words of its clause before it are all such as may stand there (in a line about them, their
    name or a pronoun, unless the line may go without: `bare`), with no condition, past or
    denial in the sentence before it; a pronoun only where the line names no one else."""
    sentence = re.split(r"[.!?]\s|\n", text[:at])[-1]
    if _NOT_THEN.search(_FILLER.sub("", sentence)):
        return False
    clause = _CLAUSE.split(sentence)[-1]
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(clause)]
    if own:
        return all(w in _OWN for w in words)
    if not all(w in _ABOUT or w in names or w in _PRONOUNS for w in words):
        return False
    if any(w in names for w in words):
        return True
    others = [w for w in _CAPITAL.findall(text[:at]) if w.casefold() not in names]
    return (bare or any(w in _PRONOUNS for w in words)) and not others


def name_words(name: str) -> frozenset[str]:
    """The words of a contact's name, casefolded, as `away_of` takes them."""
    return frozenset(word.casefold() for word in _WORD.findall(name))
