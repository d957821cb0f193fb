"""A pay band the contact names: "band 90-110", "- 27.11 вилка 120-150", "screen. band 150-175
for the role", "вилка: до 450 gross". In a contact's log a band with its figures, written where
the line opens or after the talk it came up in, is what the recruiter or the hiring manager told:
market information received, as both sets of labelled lines count it.

Read only where nothing else moved in the line, and not where the band is the owner's (what
they ask for, aim at, expect, earn now or would take: "целевая вилка 300-350", "I said
95-105", "вилка (хотелка): 300-350"), a guess or another source's ("по рынку", "levels.fyi"),
a plan, a condition or a question, or not money at all ("range 5-10 people", "budget 2-3
weeks", "вилка дат 10-20 декабря").
"""

from __future__ import annotations

import re

from vaultkit.domain.clause_verbs import OPEN_TASK
from vaultkit.domain.line_lead import LEAD
from vaultkit.parse.dates import MONTH_WORD

_STEMS = ("band", "range", "вилк", "budget", "бюджет")
"""Words of which a line must hold one before the patterns are tried."""
_WORD = r"(?:bands?|(?:salary |pay |comp )?range|вилк\w*|budget|бюджет\w*)"
_WHERE = re.compile(
    r"^\W*(?:\d{1,2}:\d\d\s*)?(?:(?-i:[A-ZА-ЯЁ])[\w&.'’-]*\s+(?:[—–-]\s+)?)?"
    rf"(?:{_WORD}\b|(?:(?:recruiter|hr|tech|first|intro|phone)\s+)?(?:screen\w*|скрин\w*"
    r"|созвон\w*|call|звонок|coffee|кофе|встреча|intro)\b)",
    re.IGNORECASE,
)
"""Where a band the contact named stands: the line opens with it ("вилка 120-150", "range:
€80-90k", "Tessellate band 62–70k", "Sanne — range up to 95") or with the talk it came up in
("screen. band 150-175", "Mosaic скрининг с Элиной. Вилка 4000–4800")."""
_ALIAS = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_FIGURE = r"[$€£~≈]?\d[\d.,]*\s*(?:(?:k|к|m|м|млн|тыс)(?!\w)\.?)?"
_BAND = re.compile(
    rf"\b{_WORD}\b[^.;!?\d]{{0,30}}?(?:{_FIGURE}\s*(?:[-–—]|to|до)\s*{_FIGURE}|(?:up to|до|max|"
    rf"capped at|от|from)\s*{_FIGURE}|{_FIGURE}\+)",
    re.IGNORECASE,
)
"""A band with its figures: "band 90-110", "вилка до 4500$", "budget up to 95k", "вилка 400+"."""
_UNIT = re.compile(
    rf"\s*(?:недел\w*|дн\w*|час\w*|ч\b|мин\w*|лет|год\w*|вечер\w*|человек|чел\b|people|ppl"
    rf"|weeks?|days?|hours?|hrs?|h\b|min\w*|stars?|звёзд\w*|ghz|km|км|%|{MONTH_WORD})",
    re.IGNORECASE,
)
"""A unit after the figures that is no pay: weeks, hours, people, stars, a month's name."""
_NO_PAY = re.compile(r"\b(?:19|20)\d\d\b|\d\.\d+\s*[-–]\s*\d\.\d+(?!\s*[kкmм])")
"""Figures that are years or versions ("2019-2021", "3.8-3.11")."""
_OWNERS = re.compile(
    r"(?<!\w)(я|мне|меня|мой|моя|мою|мои|мо[её]|моей|моим|свою|свой|сво[её]|своей|наш\w*|у нас|"
    r"назвал\w*|назову|озвуч\w*|скажу|прошу|просил\w*|попросил\w*|запрос\w*|запраш\w*|хочу|"
    r"хотелк\w*|минималк\w*|мечт\w*|целев\w*|цел[юи]\w*|минимум|ожидани\w*|претенд\w*|рассчитыва"
    r"\w*|указыва\w*|держ\w*|готова?|согласн\w*|текущ\w*|сейчас|на работе|нужн\w*|нужен|надо|"
    r"если|при|на случай|todo|хз|наверн\w*|думаю|гада\w*|оценк\w*|прикидк\w*|по рынку|рынок|"
    r"levels|glassdoor|хабр\w*|habr|blind|hh|хх|опрос\w*|резюме|профил\w*|не|нет|сказал\w*|"
    r"ответил\w*|спросил\w*|рассказал\w*|написал\w*|поделил\w*|скинул\w*|отправил\w*|"
    r"бюджет\w* на|[а-яё]+(?<!ос)(?<!ас)(?<!ес)ть)(?!\w)|"
    r"(?-i:[—–-]\s*[А-ЯЁ]\w+[еуюЕУЮ]\b)|"
    r"\?|\b(i|i'm|i'd|me|my|mine|we|our|us|asked|told|said|tell|sent|shared|gave|messaged|expect"
    r"\w*|target\w*|want\w*|ask|asking|counter\w*|his|her|their|he|she|they|pitched|quot\w*|"
    r"anchor\w*|aim\w*|going in|hop\w*|dream|need\w*|looking for|only|if|unless|guess\w*|"
    r"estimate\w*|think|floor|stretch|current|glassdoor|levels|blind|post|ad|not|no|fyi|heads-up)"
    r"\b",
    re.IGNORECASE,
)
"""The band is the owner's (asked for, aimed at, expected, earned now, would take), a guess or
another source's, a plan, a condition, a denial or a question, told to someone ("told Neha their
SRE-2 band is 28-38"), or someone is named as acting: the clause reading has read that line."""
_TASK_BOX = re.compile(r"^\s*[-*+]\s*\[.\]")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def band_named(text: str) -> bool:
    """True when a line of a contact's log gives a pay band with its figures, where the line
    opens or after the talk it came up in, and no one else's voice: market information the
    contact brought."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return False
    if OPEN_TASK.match(text) or "#" in text or _TASK_BOX.match(text):
        return False  # a plan, a heading or a task
    line = _ALIAS.sub(r"\1", _ISO_DATE.sub(" ", LEAD.sub("", text, count=1)))
    found = _BAND.search(line)
    return (
        found is not None
        and _WHERE.match(line) is not None
        and not _UNIT.match(line, found.end())
        and not _NO_PAY.search(found.group(0))
        and not _OWNERS.search(line)
    )
