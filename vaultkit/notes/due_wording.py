"""Words for due items, in English and Russian: why an item is due, and how contact happened."""

from __future__ import annotations

import re
from datetime import date, timedelta

from vaultkit.domain.events import Event
from vaultkit.domain.interviews import Interview
from vaultkit.domain.news import News
from vaultkit.keys import canonical
from vaultkit.rules.due import DueItem
from vaultkit.words import counted, ru_quoted

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
    """'3 Dec' / '3 декабря'."""
    months = _MONTHS_RU if language == "ru" else _MONTHS_EN
    return f"{day.day} {months[day.month - 1]}"


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


def last_contact_label(item: DueItem, language: str) -> str:
    """'last: email 35 days ago (2026-10-20)', or that there was none."""
    last = item.last_interaction
    if last is None:
        return "контактов ещё не было" if language == "ru" else "no contact yet"
    how = channel_label(last.channel, language)
    days = item.days_since or 0
    if language == "ru":
        ago = "сегодня" if days == 0 else f"{days} дн. назад"
        return f"последний контакт: {how}, {ago} ({last.on.isoformat()})"
    ago = "today" if days == 0 else f"{counted(days, 'day', 'days')} ago"
    return f"last: {how} {ago} ({last.on.isoformat()})"


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


def reason(item: DueItem, language: str) -> str:
    """Why the item is due, in a sentence fragment."""
    ru = language == "ru"
    contact = item.contact
    interview = item.interview
    if item.kind in ("reply", "promise"):
        return _owed_reason(item, language)
    if item.kind in ("share_news", "event"):
        return _news_reason(item, language)
    if item.kind in ("reach_out", "first_touch") and contact is not None:
        tier = (
            ("ключевой" if contact.tier == "key" else "поддерживающий")
            if ru
            else ("key contact" if contact.tier == "key" else "supporting contact")
        )
        if item.kind == "first_touch":
            return (
                f"{tier}: первый контакт, ещё не общались"
                if ru
                else f"{tier}: first touch, no interaction recorded yet"
            )
        cadence = cadence_label(contact.cadence_days, language)
        awaited = contact.awaited
        if awaited is not None and item.due_on <= awaited.by + timedelta(days=3):
            what = " ".join(awaited.said.text.split()).lstrip("-*+ ")
            what = what if len(what) <= 100 else what[:97] + "..."
            said = awaited.said.on.isoformat()
            by = awaited.by.isoformat()
            return (
                f"{tier}: обещали к {by} ({said}: {what}), с тех пор ничего"
                if ru
                else f"{tier}: promised by {by} ({said}: {what}), nothing since"
            )
        return f"{tier}, {cadence}; {last_contact_label(item, language)}"
    if item.kind == "special_date" and item.special is not None:
        what = special_label(item.special.key, language)
        when = day_label(item.due_on, language)
        if item.years:
            return (
                f"{what}: {counted(item.years, 'год', 'года', 'лет')} {when}"
                if ru
                else f"{what}: {counted(item.years, 'year', 'years')} on {when}"
            )
        return f"{what} {when}" if ru else f"{what} on {when}"
    assert interview is not None
    return _interview_reason(item, interview, language)


_TASK_MARKS = re.compile(r"[📅⏳🛫✅➕⏫🔼🔽🔺⏬]\ufe0f?\s*(?:\d{4}-\d{2}-\d{2})?")
"""The Tasks plugin's dates and priorities in a promise's words: the due line has its own."""


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


def _news_reason(item: DueItem, language: str) -> str:
    """Why an update or a professional date is due: the news they have not heard (since the
    last contact), or the date and whether they attend."""
    ru = language == "ru"
    event = item.event
    if event is not None:
        name = event_name(event)
        name = f"[[{event.path.removesuffix('.md')}|{name}]]" if event.path else name
        when = day_label(event.on, language)
        if event.path:
            return f"{name} {when}: будет там" if ru else f"{name} on {when}: they attend"
        return f"{name} {when}" if ru else f"{name} on {when}"
    told = "; ".join(news_label(news, language) for news in item.news)
    last = item.last_interaction
    since = f" ({last.on.isoformat()})" if last else ""
    return (
        f"после последнего контакта{since}: {told}"
        if ru
        else f"since you last spoke{since}: {told}"
    )


_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}\s*[-–—]?\s*")


def event_name(event: Event) -> str:
    """An event as a task and a draft name it: its note's title without the date it starts with
    ('2026-12-02 DevFest Berlin' is 'DevFest Berlin')."""
    return _DATED_NAME.sub("", event.name) or event.name


def _owed_reason(item: DueItem, language: str) -> str:
    """Why a reply or a promise is due: how long they have waited, what was promised."""
    ru = language == "ru"
    if item.kind == "reply" and item.last_interaction is not None:
        message = item.last_interaction
        waited = item.days_since or 0
        what = " ".join(message.text.split()).lstrip("-*+ ")
        what = what if len(what) <= 120 else what[:117] + "..."
        if ru:
            since = "сегодня" if waited == 0 else f"ждёт {counted(waited, 'день', 'дня', 'дней')}"
            return f"написал(а) {message.on.isoformat()}, {since}: {what}"
        since = "today" if waited == 0 else f"waiting {counted(waited, 'day', 'days')}"
        return f"wrote on {message.on.isoformat()}, {since}: {what}"
    promise = item.promise
    assert promise is not None
    where = f"[[{promise.path.removesuffix('.md')}]]"
    words = " ".join(_TASK_MARKS.sub("", promise.text).split())
    return f"обещано в {where}: {words}" if ru else f"promised in {where}: {words}"


def _interview_reason(item: DueItem, interview: Interview, language: str) -> str:
    """Why an interview item is due: ask for feedback, follow up, or remind once."""
    ru = language == "ru"
    about = interview_label(item, language)
    latest = item.latest_on.isoformat() if item.latest_on else ""
    if item.kind == "request_feedback":
        arrived = (interview.result_date or interview.on or item.due_on).isoformat()
        if interview.harsh_rejection:
            return (
                f"резкий отказ {arrived} ({about}): выждать и попросить обратную связь "
                f"с {item.due_on.isoformat()}, не позже {latest}"
                if ru
                else f"harsh rejection on {arrived} ({about}): let it rest, then ask for "
                f"feedback from {item.due_on.isoformat()}, by {latest}"
            )
        return (
            f"отказ {arrived} ({about}): попросить обратную связь в день ответа, не позже {latest}"
            if ru
            else f"rejected on {arrived} ({about}): ask for feedback the day the answer came, "
            f"by {latest} at the latest"
        )
    if item.kind == "follow_up" and interview.result == "on_hold":
        since = (interview.result_date or interview.on or item.due_on).isoformat()
        return (
            f"процесс на паузе с {since} ({about}): один раз уточнить, не изменилось ли что-то, "
            f"{item.due_on.isoformat()}–{latest}, потом не настаивать"
            if ru
            else f"on hold since {since} ({about}): ask once whether anything has changed, "
            f"between {item.due_on.isoformat()} and {latest}, then let it rest"
        )
    if item.kind == "follow_up":
        held = interview.on.isoformat() if interview.on else ""
        stage = (interview.stage or "").strip()
        if interview.is_final or not stage:
            stage = "финальный этап" if ru else "final stage"
        return (
            f"{stage} {held} ({about}), ответа нет: вежливо уточнить "
            f"{item.due_on.isoformat()}–{latest}"
            if ru
            else f"{stage} on {held} ({about}) and no answer yet: a polite follow-up "
            f"between {item.due_on.isoformat()} and {latest}"
        )
    if item.kind == "thank_you":
        return _thanks_reason(item, interview, language)
    if item.kind == "prepare":
        on = item.latest_on.isoformat() if item.latest_on else ""
        return (
            f"собеседование {on} ({about}): памятка ниже"
            if ru
            else f"interview on {on} ({about}): the brief is below"
        )
    asked = interview.feedback_requested.isoformat() if interview.feedback_requested else ""
    return (
        f"обратную связь просили {asked} ({about}), ответа нет: одно мягкое напоминание, "
        "потом не настаивать"
        if ru
        else f"feedback asked for on {asked} ({about}), no answer: one gentle reminder, then "
        "let it go"
    )


def _thanks_reason(item: DueItem, interview: Interview, language: str) -> str:
    """Why a thank-you is due: an offer, a stage passed (then the next steps too), feedback."""
    came = item.due_on.isoformat()
    latest = item.latest_on.isoformat() if item.latest_on else ""
    about = interview_label(item, language)
    ahead = interview.result in ("offer", "passed")
    what = {"offer": ("оффер", "offer"), "passed": ("этап пройден", "stage passed")}.get(
        interview.result or "", ("обратная связь", "feedback")
    )
    if language == "ru":
        steps = ", и уточнить следующие шаги" if ahead else ""
        return f"{what[0]} {came} ({about}): поблагодарить, не позже {latest}{steps}"
    steps = ", and ask about the next steps" if ahead else ""
    return f"{what[1]} on {came} ({about}): say thank you, by {latest}{steps}"


def interview_label(item: DueItem, language: str) -> str:
    """'Senior Backend Engineer at Northwind Systems' (or what is known of it); in Russian,
    'Техлид Python в компании «Кодовая Гавань»', the name left in the case it is written in."""
    interview = item.interview
    if interview is None:
        return ""
    company = interview.company_name
    if language == "ru":  # "Техлид Python в компании «Кодовая Гавань»": no case to get wrong
        company = company and ru_quoted(company)
    parts = [part for part in (interview.position, company) if part]
    return (" в компании " if language == "ru" else " at ").join(parts) or interview.title
