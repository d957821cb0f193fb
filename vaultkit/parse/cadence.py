"""Cadences as people write them: `30`, `2w`, `6 weeks`, `monthly`, `раз в 2 недели` -> days."""

from __future__ import annotations

import re

_UNIT_DAYS = {
    "d": 1,
    "day": 1,
    "days": 1,
    "д": 1,
    "день": 1,
    "дня": 1,
    "дней": 1,
    "сутки": 1,
    "w": 7,
    "wk": 7,
    "week": 7,
    "weeks": 7,
    "н": 7,
    "нед": 7,
    "неделя": 7,
    "недели": 7,
    "неделю": 7,
    "недель": 7,
    "m": 30,
    "mo": 30,
    "month": 30,
    "months": 30,
    "мес": 30,
    "месяц": 30,
    "месяца": 30,
    "месяцев": 30,
    "q": 90,
    "quarter": 90,
    "quarters": 90,
    "квартал": 90,
    "квартала": 90,
    "кварталов": 90,
    "y": 365,
    "yr": 365,
    "year": 365,
    "years": 365,
    "г": 365,
    "год": 365,
    "года": 365,
    "лет": 365,
    "полгода": 182,
}
_WORDS = {
    "daily": 1,
    "ежедневно": 1,
    "weekly": 7,
    "еженедельно": 7,
    "biweekly": 14,
    "fortnightly": 14,
    "monthly": 30,
    "ежемесячно": 30,
    "quarterly": 90,
    "ежеквартально": 90,
    "yearly": 365,
    "annually": 365,
    "ежегодно": 365,
    "semiannually": 182,
    "biannually": 182,
    "bimonthly": 60,
}
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "six": 6,
    "один": 1,
    "одна": 1,
    "одну": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "шесть": 6,
}
_COUNT = "|".join([r"\d+(?:[.,]\d+)?", *_NUMBER_WORDS, "a", "an", "per"])
_AMOUNT = re.compile(
    r"^(?:(?:every|each|once\s+(?:a|every|per)|once|раз\s+в|каждые|каждый|каждую)\s+)?"
    rf"(?:(?P<count>{_COUNT}|other)\s*)?(?P<unit>[a-zа-я]+)\.?$"
)
_TIMES = re.compile(
    r"^(?P<times>\d+|twice|two|three|два|две|три)\s*(?:times|x|раза|раз)?\s+"
    r"(?:a|per|in|every|each|в)\s+(?P<unit>[a-zа-я]+)\.?$"
)
"""A frequency: `twice a month`, `2 раза в месяц`, `3 times a year`."""
_TIMES_WORDS = {"twice": 2, "two": 2, "three": 3, "два": 2, "две": 2, "три": 3}


def parse_cadence(value: object) -> int | None:
    """Days between contacts for a cadence value; None when it cannot be read, or is longer
    than a lifetime (36,500 days).

    See _days for the forms read.
    """
    days = _days(value)
    return days if days is not None and days <= MAX_CADENCE_DAYS else None


MAX_CADENCE_DAYS = 36_500


def _days(value: object) -> int | None:
    """Days between contacts for a cadence value; None when it cannot be read.

    A bare number is days. Units: days, weeks, months (30 days), quarters (90), half years
    (182), years (365), in English or Russian, abbreviated (2w, 3m) or spelt out (6 weeks,
    раз в 2 недели, every other week, раз в полгода); or a frequency (twice a month: 15 days,
    2 раза в месяц).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if value > 0 else None
    if not isinstance(value, str):
        return None
    text = " ".join(value.casefold().replace("ё", "е").split())
    if not text:
        return None
    if re.fullmatch(r"\d+", text):
        return int(text) or None
    if text in _WORDS:
        return _WORDS[text]
    frequency = _TIMES.match(text)
    if frequency is not None:
        times, unit = frequency.group("times"), frequency.group("unit")
        times_a_unit = _TIMES_WORDS.get(times) or int(times)
        if unit not in _UNIT_DAYS or not times_a_unit:
            return None
        return max(1, round(_UNIT_DAYS[unit] / times_a_unit))
    match = _AMOUNT.match(text)
    if match is None:
        return None
    count_text, unit = match.group("count") or "1", match.group("unit")
    if count_text == "other":  # every other week
        count_text = "2"
    if unit not in _UNIT_DAYS:
        return None
    if count_text in _NUMBER_WORDS:
        count = float(_NUMBER_WORDS[count_text])
    elif count_text in ("a", "an", "per"):
        count = 1.0
    else:
        try:
            count = float(count_text.replace(",", "."))
        except ValueError:
            return None
    days = round(count * _UNIT_DAYS[unit])
    return days if days > 0 else None
