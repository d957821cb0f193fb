"""The words of a promise the owner told in prose (domain/prose_promises.py): the verbs that
make one ("обещал", "promised", "told Ciara I'd", "сказала, что дам знать"), those of a
promise to tell how something goes or of a vow, and the day it is due by ("до пятницы", "в
среду", "next week", else the day it was made)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from vaultkit.domain.promise_words import due_of
from vaultkit.parse.dates import next_weekday

I_WILL = (
    "(?:"
    + "|".join(
        "дам скину пришлю напишу посмотрю гляну отвечу вернусь скажу сделаю сообщу позвоню "
        "перезвоню расскажу передам отправлю проверю уточню помогу познакомлю порекомендую свяжусь "
        "подготовлю закину".split()
    )
    + ")"
)
"""Verbs in the first person future that say what the owner said they would do ("сказала, что
дам знать")."""
PROMISED = re.compile(
    r"(?<![^\W\d_])(?:я\s+)?(?:по)?обещал[аи]?(?![^\W\d_])"
    r"|\b(?:i\s+)?promised\b|\btold\s+\S+(?:\s+\S+)?\s+i'?d\b|\bsaid\s+i'?d\b"
    r"|(?<![^\W\d_])(?:я\s+)?сказал[аи]?(?:,\s*что|:\s*[«\"])(?=\s*(?:я\s+)?"
    r"(?:подумаю\s+и\s+)?" + I_WILL + r"(?![^\W\d_]))"
    r"|(?<![^\W\d_])(?:я|me):\s*(?:(?:ок|ok|окей|okay|да|хорошо|конечно|sure|yes)[,!.]?\s*)?"
    r"(?=(?:" + I_WILL + r"(?![^\W\d_])(?!\s+честно)|i'?ll\s+(?:send|share|forward|email|write"
    r"|look|review|check|get back|do|prepare|introduce|connect|call|text|ping|update|ask)\b)"
    r"(?![^.!?]*(?<![^\W\d_])(?:если|if|unless)(?![^\W\d_])))",
    re.IGNORECASE,
)
"""Words of a promise made ("обещал", "пообещала", "promised", "told Ciara I'd", "сказала, что
дам знать", "Сказала: «посмотрю на выходных»", the owner's reply written as a chat's "я: ок
посмотрю на выходных")."""
CUES = ("обещ", "promis", "i'd", "i’d", "сказал", "я:", "me:")
"""Words one of which every promise told holds (a quick look before the pattern)."""
REPORT_BACK = re.compile(
    r"\bhow\b.{0,40}\b(?:goes|went|going|turns out)\b|(?<![^\W\d_])как\s+(?:пройд|прош)\w*"
    r"|(?<![^\W\d_])(?:результат|итог)\w*|\bkeep \w+ (?:posted|updated|in the loop)\b"
    r"|\bhow it (?:ends|turns out)\b|(?<![^\W\d_])чем (?:кончится|закончится|всё закончится)"
    r"|(?<![^\W\d_])(?:держать|буду держать)(?:\s+(?:её|ее|его|их|тебя|вас))?\s+в курсе",
    re.IGNORECASE,
)
"""A promise to tell how something goes: owed after it, on a day the words do not give."""
NEVER = re.compile(
    r"(?:\s+(?!never\b|не\b|никогда\b)[^\s,;:—–-]+){0,5}\s+"
    r"(?:never\b|not to (?!forget)|никогда\b|не\s+(?!забы)[^\W\d_]+ть(?![^\W\d_]))",
    re.IGNORECASE,
)
"""A promise not to do something ("never name him", "не говорить Ане"): kept by not doing it."""
_NEXT_WEEK = re.compile(r"next week|на следующей неделе|на той неделе", re.IGNORECASE)
_A_WEEK = timedelta(days=7)
_ON_WEEKDAY = re.compile(
    r"(?<![^\W\d_])(?:во?|on)\s+(?P<day>понедельник|вторник|сред[уа]|четверг|пятниц[уа]"
    r"|суббот[уа]|воскресенье|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""A weekday the promise is for, said after what the owner will do ("сказал, что скажу в
среду"); before it, it dates the talk ("в среду созвонилась…", "Promised Tom on Friday")."""
_TOMORROW = re.compile(r"(?<![^\W\d_])(?:завтра|tomorrow)(?![^\W\d_])", re.IGNORECASE)


def said_so(made: re.Match[str]) -> bool:
    """Whether a promise is told with a verb of saying ("сказала, что дам знать")."""
    return "сказал" in made.group(0).casefold()


def due_by(sentence: str, on: date, made: re.Match[str] | None = None) -> date:
    """The day a promise told on `on` is due: the one its words give ("до пятницы", "by Dec 8"),
    a week on for "next week", else that day; for one told with a verb of saying (`made`), the
    weekday or "завтра" its words give after it ("скажу в среду")."""
    due = due_of(sentence, on)
    if due is not None:
        return due
    if made is not None and said_so(made):
        after = sentence[made.end() :]
        weekday = _ON_WEEKDAY.search(after)
        if weekday is not None and (day := next_weekday(weekday["day"], on)) is not None:
            return day
        if _TOMORROW.search(after):
            return on + timedelta(days=1)
    return on + _A_WEEK if _NEXT_WEEK.search(sentence) else on
