"""Words for due items, in English and Russian: why an item is due, and how contact happened."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.news import News
from vaultkit.keys import canonical
from vaultkit.rules.due import DueItem
from vaultkit.words import NBSP, counted

CHANNEL_LABELS = {
    "en": {
        "call": "call",
        "email": "email",
        "linkedin": "LinkedIn",
        "telegram": "Telegram",
        "meeting": "meeting",
        "coffee": "coffee",
        "video": "video call",
        "message": "message",
        "interview": "interview",
        None: "contact",
    },
    "ru": {
        "call": "звонок",
        "email": "письмо",
        "linkedin": "LinkedIn",
        "telegram": "Telegram",
        "meeting": "встреча",
        "coffee": "кофе",
        "video": "видеозвонок",
        "message": "сообщение",
        "interview": "собеседование",
        None: "контакт",
    },
}
_SPECIAL_NAMES = {
    "en": {
        "birthday": "birthday",
        "birth_date": "birthday",
        "день_рождения": "birthday",
        "work_anniversary": "work anniversary",
        "hire_date": "work anniversary",
        "new_role": "new role",
        "promotion": "promotion",
        "award": "award",
    },
    "ru": {
        "birthday": "день рождения",
        "birth_date": "день рождения",
        "день_рождения": "день рождения",
        "work_anniversary": "годовщина работы",
        "hire_date": "годовщина работы",
        "new_role": "новая должность",
        "promotion": "повышение",
        "award": "награда",
    },
}
_MONTHS_RU = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()
_MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def day_label(day: date, language: str) -> str:
    """'3 Dec' / '3 декабря', as a draft says it (a non-breaking space: it never wraps)."""
    months = _MONTHS_RU if language == "ru" else _MONTHS_EN
    return f"{day.day}{NBSP}{months[day.month - 1]}"


def cadence_label(days: int, language: str) -> str:
    """'monthly', 'every 2 weeks', 'every 45 days' (or in Russian)."""
    en = {7: "weekly", 14: "every 2 weeks", 30: "monthly", 90: "quarterly", 365: "yearly"}
    ru = {
        7: "раз в неделю",
        14: "раз в 2 недели",
        30: "раз в месяц",
        90: "раз в квартал",
        365: "раз в год",
    }
    if language == "ru":
        return ru.get(days, f"раз в {days} дн.")
    return en.get(days, f"every {counted(days, 'day', 'days')}")


def channel_label(channel: str | None, language: str) -> str:
    """A channel id in words."""
    return CHANNEL_LABELS["ru" if language == "ru" else "en"].get(channel, channel or "")


def special_label(key: str, language: str) -> str:
    """A special-date property in words."""
    names = _SPECIAL_NAMES["ru" if language == "ru" else "en"]
    return names.get(canonical(key), key.replace("_", " "))


_FOCUS_STARTS = (
    ("technical", ("tech", "техн", "engineer", "инженер", "develop", "разраб", "it", "ит")),
    ("executive", ("exec", "leader", "руковод", "управл", "director", "директор", "c-level")),
)
_TYPE_STARTS = (
    ("agency", ("agenc", "агентс", "independent", "независим", "freelanc", "фриланс", "headhunt")),
    ("in-house", ("in-house", "inhouse", "internal", "внутрен", "инхаус", "штатн")),
)
_SHARE = {
    "en": {
        "technical": "a project you shipped or a skill you picked up",
        "executive": "a result as a leader: a team you grew, a decision you drove",
        "agency": "the roles you would take now, so that they think of you first",
        "in-house": "your interest in their team and its plans",
    },
    "ru": {
        "technical": "проект, который вы сделали, или новый навык",
        "executive": "результат руководителя: выросшая команда, принятое решение",
        "agency": "какие роли вы готовы рассмотреть сейчас, чтобы о вас вспомнили в первую очередь",
        "in-house": "интерес к их команде и её планам",
    },
}


def _kind_of(written: str | None, kinds: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """The first kind one of whose word starts begins a word of `written` ('it' and 'ит'
    only as whole words)."""
    words = re.findall(r"[\w-]+", (written or "").casefold())
    for kind, starts in kinds:
        for word in words:
            if any(word == s if len(s) == 2 else word.startswith(s) for s in starts):
                return kind
    return None


def share_hints(items: tuple[DueItem, ...], language: str) -> list[tuple[str, list[str]]]:
    """What to bring to a check-in, once per kind of contact: each hint with the contacts of
    the check-ins it is for (their paths), in the order the hints first come up."""
    words = _SHARE["ru" if language == "ru" else "en"]
    found: dict[str, list[str]] = {}
    for item in items:
        contact = item.contact
        if item.kind not in ("reach_out", "first_touch") or contact is None or item.news:
            continue
        for kind in (
            _kind_of(contact.specialization, _FOCUS_STARTS),
            _kind_of(contact.recruiter_type, _TYPE_STARTS),
        ):
            if kind is not None and contact.path not in found.setdefault(words[kind], []):
                found[words[kind]].append(contact.path)
    return list(found.items())


def share(item: DueItem, language: str) -> str:
    """What to bring to a check-in, from the contact's specialisation and recruiter type:
    a technical recruiter hears about projects and skills, an executive one about leadership,
    an agency about the roles you would take now ('' when neither is known)."""
    contact = item.contact
    if item.kind not in ("reach_out", "first_touch") or contact is None:
        return ""
    if item.news:  # the search ended: the new role comes first
        return news_label(item.news[0], language)
    words = _SHARE["ru" if language == "ru" else "en"]
    kinds = (
        _kind_of(contact.specialization, _FOCUS_STARTS),
        _kind_of(contact.recruiter_type, _TYPE_STARTS),
    )
    return "; ".join(words[kind] for kind in kinds if kind is not None)


def reach_label(item: DueItem, language: str) -> str:
    """How to reach the contact, after their name in a task: the way they prefer and its link
    (' (prefers Telegram: [@anna](https://t.me/anna))'); '' when the note gives none."""
    contact = item.contact
    if contact is None or not (contact.ways or contact.prefers):
        return ""
    parts = []
    if contact.prefers:
        said = channel_label(contact.prefers, language)
        parts.append(f"удобнее: {said}" if language == "ru" else f"prefers {said}")
    if contact.ways:
        way = contact.ways[0]
        parts.append(f"[{way.shown}]({way.address})")
    return " (" + ": ".join(parts) + ")"


def draft_header(item: DueItem, language: str) -> str:
    """The line above a draft that says where to send it, when the contact's note says."""
    contact = item.contact
    if contact is None or not contact.ways or item.kind == "prepare":
        return ""
    way = contact.ways[0]
    return f"{'Кому' if language == 'ru' else 'To'}: [{way.shown}]({way.address})\n\n"


_STATUS_NEWS = {
    "en": {
        "searching": "you are looking for a new role",
        "paused": "your search is paused",
        "hired": "your new role",
    },
    "ru": {"searching": "вы ищете работу", "paused": "поиск на паузе", "hired": "новая работа"},
}


def news_label(news: News, language: str) -> str:
    """One piece of news as a task and a draft say it: the search's status in words, logged
    news as written."""
    return news.text or _STATUS_NEWS["ru" if language == "ru" else "en"][news.kind]
