"""The words of a promise: the day a task's words give it ("до пт 4.12", "созвон 7.12 12:00",
"ДР 14.12!", "после 9.12", the Tasks plugin's 📅), whether it waits on the other side ("he was
going to send slots"), and its words as copies are compared. Read by domain/promises.py and
domain/next_action.py."""

from __future__ import annotations

import re
from datetime import date, timedelta

from vaultkit.parse.dates import dates_in, day_first, next_weekday, parse_written_date

_DUE = re.compile(
    r"[📅⏳]\ufe0f?\s*(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"|[\[(]\s*(?:due|scheduled)::\s*(\d{4}-\d{2}-\d{2})|\(@(\d{4}-\d{2}-\d{2})(?:[ T][\d:]+)?\)"
)
"""A task's due date as the Tasks plugin writes it (`📅 2026-12-01`, `[due:: 2026-12-01]`), the
Reminder plugin's (`(@2026-12-08 09:00)`), or
the day it is scheduled for (`⏳ 2027-01-11`) where it gives that alone; after the calendar,
a whole date written the day-first way people type it (`📅 10.12.2026`)."""

_THEIRS = re.compile(
    r"\b(?:he|she|they)(?:'s|'re| was| were| is| are)? (?:going to|gonna|will|would|promised"
    r"|supposed to|meant to|owes?)\b"
    r"|(?<![^\W\d_])(?:он|она|они)\s+(?:обещал\w*|должн\w*|собирал\w*|хотел\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def awaited_from_them(text: str) -> bool:
    """Whether a task waits on the other side ("feedback call w/ Stefan — he was going to send
    slots", "созвон с Олей — она обещала прислать слоты"): their debt, no promise of the
    owner's."""
    return bool(_THEIRS.search(text))


def due_of(text: str, made_on: date | None = None, weekdays: bool = True) -> date | None:
    """A task's own due date (`📅 2026-12-01`, `[due:: 2026-12-01]`), else the day its words
    give it by ("скинуть Нине резюме (до пт 4.12)", "send the CV by Dec 8"), sets with its
    hour ("созвон 7.12 12:00") or a birthday ("ДР 14.12!"), or the day after one it waits for
    ("написать после 9.12"), or the day planned after a dash at its end ("— пн 7.12"), read
    near the day it was made on, where that is known, or by the
    day of the week it names ("до среды", "by next Friday"), with `weekdays`: only where it was
    made on a known day (read near today, it would slide a week each week)."""
    written = _DUE.search(text)
    if written:
        return parse_written_date(written.group(1) or written.group(2) or written.group(3))
    if made_on is not None and (numbered := _BY_DAY_NUMBER.search(text)):
        return _next_day_numbered(int(numbered["day"]), made_on)  # "до 10-го", "by the 10th"
    if made_on is not None and (waits := _AFTER_DAY_NUMBER.search(text)):
        day = _next_day_numbered(int(waits["day"]), made_on)  # "Femke — after the 15th"
        return day + timedelta(days=1) if day else None
    if made_on is not None and (condition := _IF_BY.search(text)):
        return _past_condition(text, condition, made_on)  # "если до 11.12 тишина — пингануть"
    gift = _GIFT.search(text) is not None  # "купить подарок на ДР 14.12": due before the day
    set_at = [m for m in _AT.finditer(text) if not (gift and m["birthday"])][-1:]
    said = None if made_on is None else _BY.search(text) or next(iter(set_at), None)
    said = said or (_AFTER.search(text) if made_on is not None else None)
    said = said or (_PLANNED_ON.search(text) if made_on is not None else None)
    if said is None and made_on is not None and weekdays and _AFTER_WEEKEND.search(text):
        return next_weekday("mon", made_on)  # "после выходных написать Ольге"
    if said is None and made_on is not None and weekdays and _ON_WEEKEND.search(text):
        return next_weekday("sun", made_on - timedelta(days=1))  # "посмотрю на выходных"
    at_weekday = _AT_WEEKDAY.match(text) if not _TOLD.search(text) else None
    if said is None and made_on is not None and weekdays and (found := at_weekday):
        return next_weekday(found["day"], made_on - timedelta(days=1))  # "mon 11:00 call w/ Dmitri"
    if said is None and made_on is not None and weekdays and (found := _BY_WEEKDAY.search(text)):
        later = 7 if found["next"] else 0  # "by next Friday": the week after
        day = next_weekday(found["day"], made_on)  # "до среды" written on a Thursday
        return day + timedelta(days=later) if day else None
    if said is None or made_on is None:
        return None
    day_said = said["when"] or said.groupdict().get("birthday") or ""
    when = day_first(day_said)  # "до пт 4.12": a day, after "до"
    days = [day for day in dates_in(when, made_on) if abs((day - made_on).days) <= 60]
    if not days:
        return None
    return days[0] + timedelta(days=1) if said.re is _AFTER else days[0]


def opening_day(text: str, today: date) -> date | None:
    """The day a task with no day of its own opens with ("15 янв пнуть если тишина", "15.01 —
    напомнить Olena"), read near `today`."""
    opening = _OPENING_DAY.match(text)
    return next(iter(dates_in(opening.group(0), today)), None) if opening else None


_OPENING_DAY = re.compile(
    r"\W*\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?|\s+[^\W\d_]{3,9}\.?)(?=[\s,:—–-])", re.IGNORECASE
)


def waits_for_event(text: str) -> bool:
    """Whether a task waits for something that has no day ("после скрина в Wolt написать Диме,
    как прошло", "after the panel, thank Tom"): not owed from the day it was written."""
    return bool(_EVENT_FIRST.match(text))


_EVENT_FIRST = re.compile(
    r"\W*(?:после|after|once|когда|как только)\s+(?![\d.\s]+\b)"
    r"(?!(?:more|again|lunch|work|обеда|работы|выходных|the weekend)(?![^\W\d_]))",
    re.IGNORECASE,
)
_ON_WEEKEND = re.compile(
    r"(?<![^\W\d_])(?:посмотрю|гляну|сделаю|скину|пришлю|напишу|отправлю|займусь|прочитаю"
    r"|обещал\w*|i'?ll|i'?d|will|would|promised(?: to)?)(?![^\W\d_])[^.;!?]{0,40}?"
    r"(?<![^\W\d_])(?<!после )(?:на (?:этих )?выходных|в (?:эти )?выходные"
    r"|(?:at|on|over) the weekend|this weekend)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_AFTER_WEEKEND = re.compile(r"(?<![^\W\d_])(?:после выходных|after the weekend)", re.IGNORECASE)
_PLANNED_ON = re.compile(
    r"\s[—–-]\s*(?:(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun)[^\W\d_]*\.?,?\s+)?"
    r"(?P<when>\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)\s*$",
    re.IGNORECASE,
)
"""The day a task is planned for, written after a dash at its end ("ответить Инес про bcp —
пн 7.12")."""
_AFTER = re.compile(
    r"(?<![^\W\d_])(?:после|after)\s+(?:(?:the\s+)?(?:финал\w*|final|собес\w*|скрин\w*|screen"
    r"|interview|round|созвон\w*|call|встреч\w*|тех\w*|onsite)\s+(?:on\s+(?:the\s+)?)?)?"
    r"(?P<when>\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)\b"
)
"""A day a task waits for ("написать после 9.12", "после финала 10.12 написать спасибо"): the
task is due the day after."""
_IF_BY = re.compile(
    r"(?<![^\W\d_])(?:если|if)\s+(?:(?:ничего|тишина|nothing|no news)\s+)?(?:до|к|by|before)\s+"
    r"(?P<when>\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)",
    re.IGNORECASE,
)
"""A deadline a task waits past ("если до 11.12 тишина — пингануть в пн 14.12")."""
_WEEKDAY_DATE = re.compile(
    r"(?<![^\W\d_])(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun)[^\W\d_]*\.?,?\s+"
    r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?",
    re.IGNORECASE,
)


def _past_condition(text: str, condition: re.Match[str], made_on: date) -> date | None:
    """The day a task waiting past a deadline is due: the one it names after it, else the day
    after the deadline."""
    named = _WEEKDAY_DATE.search(text, condition.end())  # "— пингануть в пн 14.12"
    after = dates_in(day_first(named.group(0)), made_on) if named else []
    if after:
        return after[0]
    days = dates_in(day_first(condition["when"]), made_on)
    return days[0] + timedelta(days=1) if days else None


_BY = re.compile(
    r"(?<![^\W\d_])(?:до|к|by|until|before)\s+(?:(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat"
    r"|sun)[^\W\d_]*\.?,?\s+)?(?P<when>\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{1,2}\s+[^\W\d_]{3,}"
    r"|[A-Za-z]{3,}\s+\d{1,2}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
"""A deadline a task's words give ("до пт 4.12", "by Dec 8", "к 15 декабря")."""
_AFTER_DAY_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:после|after)\s+(?:the\s+)?(?P<day>\d{1,2})(?:-?го|\s+числа|st|nd|rd|th)"
    r"(?![^\W\d_])(?!\s+(?:round|interview|call|stage|step|meeting|собес\w*|этап\w*|раунд\w*"
    r"|интервью|созвон\w*|встреч\w*|тур\w*|секци\w*))",
    re.IGNORECASE,
)
"""A day of the month a task waits for ("Femke — after the 15th", "после 15-го"); not a round
("after the 1st round", "после 2-го собеса")."""
_BY_DAY_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:до|к|by|until|before|till)\s+(?:the\s+)?(?P<day>\d{1,2})"
    r"(?:-?го|\s+числа|st|nd|rd|th)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A deadline by the day of the month alone ("до 10-го", "by the 10th")."""


def _next_day_numbered(number: int, made_on: date) -> date | None:
    """The first day numbered `number` on or after `made_on`."""
    day = made_on
    for _ in range(62):
        if day.day == number:
            return day
        day += timedelta(days=1)
    return None


_BY_WEEKDAY = re.compile(
    r"(?<![^\W\d_])(?:до|к|by|until|before|till)\s+(?:the\s+|this\s+)?"
    r"(?P<next>next\s+|следующ\w+\s+)?"
    r"(?P<day>понедельник\w*|пн|вторник\w*|вт|сред[уы]|ср|четверг\w*|чт|пятниц[уы]|пт"
    r"|суббот[уы]|сб|воскресень\w*|вс|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?"
    r"|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A deadline a task's words give by a day of the week ("до среды", "by Wednesday")."""
_TOLD = re.compile(r"\b(?:promised|told|said)\b|(?<![^\W\d_])(?:обещал\w*|сказал\w*)", re.I)
"""A line telling of a promise made ("Mon 10:00 — promised Dave I'd send my deck"): its weekday
is when it was said."""
_AT_WEEKDAY = re.compile(
    r"\W*(?P<day>mon|tue|wed|thu|fri|sat|sun|пн|вт|ср|чт|пт|сб|вс)(?:day|s|sday|nesday|rsday"
    r"|urday)?(?![^\W\d_])\.?,?\s+"
    r"(?:at\s+|в\s+)?\d{1,2}[:.]\d{2}(?!\d)",
    re.IGNORECASE,
)
"""A task that opens with the day of the week and the hour it is set for ("mon 11:00 call w/
Dmitri", "ср 15.00 созвон с Олей"): that day, from the day it was written on."""
_AT = re.compile(
    r"(?<![\d.])(?P<when>\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)\s+(?:в\s+|at\s+)?\d{1,2}:\d{2}"
    r"|(?<![^\W\d_])(?:др|д\.р\.|день рождения|birthday|bday)\W+(?P<birthday>\d{1,2}[./]\d{1,2})\b",
    re.IGNORECASE,
)
"""A day a task's words set with its hour ("созвон 7.12 12:00") or a birthday's ("ДР
14.12!"): the task is that day's."""


def greets_on(text: str, due_on: date | None = None) -> tuple[int, int] | None:
    """The (month, day) of the birthday a task reminds of ("ДР 14.12!", or "поздравить Тико с
    др" due that day, `due_on`), or None."""
    if _GIFT.search(text):
        return None  # "купить подарок на ДР 14.12": a task of its own, before the day
    found = _AT.search(text)
    if (found is None or not found["birthday"]) and due_on and _ONLY_GREETING.match(text):
        return (due_on.month, due_on.day)  # "поздравить Тико с др [due:: 2026-12-10]"
    if found is None or not found["birthday"]:
        return None
    day, month = (int(part) for part in re.split(r"[./]", found["birthday"]))
    if month > 12 >= day:
        day, month = month, day  # "bday 12/15", written month first
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


_ONLY_GREETING = re.compile(
    r"\W*(?:поздравить|congratulate|wish)\s+(?:[^\W\d_]+\s+){0,2}(?:с\s+|on\s+|happy\s+)?"
    r"(?:др|д\.р\.|днём рождения|днем рождения|birthday|bday)(?![^\W\d_])[^\w]*"
    r"(?:\[due::[^\]]*\]|📅\s*\S+)?\s*$",
    re.IGNORECASE,
)
"""A task that only greets on a birthday ("поздравить Тико с др", "wish Anna happy birthday"):
the birthday's own item says it."""
_GIFT = re.compile(r"подар|gift|present|купить|заказать|buy|order|cake|торт|цвет", re.I)


def words_of(text: str) -> str:
    """A task's words without its Tasks-plugin dates and marks, spaces folded, casefolded."""
    return " ".join(_MARKS.sub("", text).split()).casefold()


_MARKS = re.compile(
    r"[📅⏳🛫✅➕⏫🔼🔽🔺⏬]\ufe0f?\s*(?:\d{4}-\d{2}-\d{2})?|[\[(]\s*\w+::[^\])]*[\])]"
    r"|\(@[\d\-: T]+\)"
)


_REACH = re.compile(
    r"^\W*(?:(?:i'?d|i'll|i will|i would|to)\s+)?(?:ask|email|e-mail|call|ring|text|message|ping"
    r"|reply|respond|answer|confirm|let\s+\S+\s+know|get back|follow up|tell|thank|chase"
    r"|update|написать|спросить|позвонить|набрать|ответить|уточнить|поблагодарить|сообщить"
    r"|рассказать"
    r"|подтвердить|отписаться|спасибо|thanks)(?![^\W\d_])",
    re.IGNORECASE,
)
_WHOM = re.compile(
    r"(?:\s+(?:[A-ZА-ЯЁ][a-zа-яё'-]+|(?i:her|him|them|you|to|back|again|ей|ему|им|ещё|еще"
    r"|email|e-mail|note|message|text|msg|card|письмо|сообщение)(?![^\W\d_])))*"
)
"""Whom the word is to, and what carries it ("thank you email to Ciara"): names are
capitalised."""
_ABOUT_OR_WHEN = re.compile(
    r"\s*$|\s*[-—–:,.(!?]|\s+(?:re|about|regarding|on|if|whether|when|that|by|tomorrow|today"
    r"|про|о|об|по|насчёт|насчет|что|ли|когда|до|завтра|сегодня|за|в|во|на|at|next|this|in"
    r"|how|как)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""A task or promise whose whole deed is a word to the contact ("ask Martin re reference",
"email Helen re negotiating", "Told her I'd confirm by Fri", "написать Ольге"): the verb, whom
to, then nothing or what about, not a thing to make or send ("написать Ольге рекомендацию",
"email Helen the signed NDA")."""
_SAID_TO = re.compile(
    r"\b(?:told|promised|said)\s+(?:\S+\s+)?|(?<![^\W\d_])(?:по)?обещал[аи]?\s+(?:\S+\s+)?",
    re.IGNORECASE,
)


def only_a_word(text: str) -> bool:
    """Whether a promise asks nothing but a word to the contact (so any later talk of the
    owner's with them keeps it): its deed is to ask, call, write, reply, confirm, thank."""
    said = _SAID_TO.search(text)
    deed = text[said.end() :] if said and said.start() < 12 else _ADDRESSED_FIRST.sub("", text)
    verb = _REACH.match(deed)
    if verb is None or _DELIVERABLE.search(_TOPIC.sub(" ", deed)):
        return False  # "написать Ольге до пятницы рекомендацию", "email Helen CV by Fri"
    whom = _WHOM.match(deed, verb.end())
    return _ABOUT_OR_WHEN.match(deed, whom.end() if whom else verb.end()) is not None


_ADDRESSED_FIRST = re.compile(r"^\W*[А-ЯЁ][а-яё]+[еуюи](?![а-яё])[ \t]*[—–:-]?[ \t]*(?=[а-яёa-z])")
_TOPIC = re.compile(
    r"(?<![^\W\d_])(?:re|about|regarding|про|насчёт|насчет|по поводу)\s+\S+", re.IGNORECASE
)
_DELIVERABLE = re.compile(
    r"(?<![^\W\d_])(?:рекомендаци\w*|recommendation|cv|резюме|портфолио|portfolio|ссылк\w*"
    r"|links?|deck|slides|презентаци\w*|notes|заметк\w*|отзыв\w*|review|nda|документ\w*"
    r"|documents?|references|letter|письмо с|тестов\w*|take-home|фидбек\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A thing to make or send: no word only, even where a time comes first ("написать Ольге до
пятницы рекомендацию"); what a word is about ("ask Martin re reference") is no such thing."""
"""A Russian task that opens with whom it is to ("Пете отписаться", "Пете спасибо за …")."""


NOTED_FOR_DAYS = 14
"""Days past its day that a to-do callout ("> [!todo] Прислать Олегу CV до 31.08") is still
owed: a callout cannot be ticked, so one long past was most likely done and left standing."""


def noted_long_ago(noted: bool, day: date | None, today: date | None) -> bool:
    """Whether a to-do callout's day (its own, else its note's) is long past, or unknown: a
    callout that gives no day may have stood there done for months."""
    if not noted:
        return False
    return day is None or (today is not None and (today - day).days > NOTED_FOR_DAYS)


_TIME_BLOCK = re.compile(r"\W*\d{1,2}[:.]\d{2}\s*[-–—]\s*\d{1,2}[:.]\d{2}\s")
"""A day planner's block ("- [ ] 16:00 - 17:00 CV v3 with numbers → Conor")."""


def block_of_a_past_day(text: str, on: date | None, today: date | None) -> bool:
    """Whether an open task is a time block of a day gone by: that day's plan, not kept on
    (a promise the owner still means is planned again, or written with its own day)."""
    return on is not None and today is not None and on < today and bool(_TIME_BLOCK.match(text))


_SENT_THING = re.compile(
    r"^[\W_]*(?:контр-?оффер\w*|ответ|резюме|cv|портфолио|кейс|тестовое|рекомендаци\w*"
    r"|ссылк[иу]|фидбек|отзыв|документы|контакты|презентаци\w*)\s+$",
    re.IGNORECASE,
)
"""A thing the owner sends, opening the task right before a name written as it does not
decline ("контр-оффер Jelena — пт 04.12", "CV Tom"; not "Piotr'у", a case the name takes, nor
"прочитать фидбек Стас", the owner's own reading): the task is to them."""
_THEIRS_DONE = re.compile(
    r"\s+(?:[а-яё]+(?:л|ла|ли)|sent|marked|gave|shared|wrote|reviewed|sends|shares)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A verb right after the name: they did it ("кейс Стас прислал", "CV Tom marked up")."""


def sent_before_name(text: str, start: int, end: int) -> bool:
    """Whether a task opens with a thing sent right before a name at text[start:end] written as
    it does not decline, and the name does nothing of its own after it (_SENT_THING)."""
    return bool(
        _SENT_THING.search(text, 0, start)
        and text[end : end + 1] not in "'’"
        and not _THEIRS_DONE.match(text, end)
    )


def stale_task(
    noted: bool, text: str, day: date | None, on: date | None, today: date | None
) -> bool:
    """Whether an open task no longer owes: a to-do callout long past its `day`, or a time
    block of a day gone by (`on`, the day of its note)."""
    return noted_long_ago(noted, day, today) or block_of_a_past_day(text, on, today)
