"""Ready messages under the due items: what each draft template is given, from what vaultkit
knows of the contact and the interview (who wrote last, and whether it was answered)."""

from __future__ import annotations

import re
from datetime import date
from typing import get_args

from vaultkit.domain.addressing import CYRILLIC
from vaultkit.domain.interactions import Interaction, awaiting_answer, last_conversation
from vaultkit.notes import due_reasons, due_wording
from vaultkit.notes.render import Renderer
from vaultkit.notes.theme_words import theme_label
from vaultkit.rules.due import DueItem, DueKind
from vaultkit.rules.holds import hold_of

DRAFT_KINDS: tuple[str, ...] = get_args(DueKind)
"""Every kind of item has a draft (drafts/<kind>.md.j2)."""

_TOPIC = re.compile(
    r"\b(?:about|regarding|re:|on the subject of|про|о|об|обо|по поводу|насчёт|насчет)\s+"
    r"[^.,;:!?()\n]{3,60}",
    re.IGNORECASE,
)
_LINK = re.compile(r"\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]")
_MARKS = re.compile(r"[*_`=~]|#[\w/-]+")


_ASKING = re.compile(
    r"\?|\b(?:asked|ask|pinged|nudged|followed up|checked in|requested|sent (?:my |the )?"
    r"(?:cv|resume|application))\b|спросил|уточнил|напомнил|пингнул|попросил|запросил|"
    r"отправил\w* резюме",
    re.IGNORECASE,
)


def _asks(text: str) -> bool:
    """True when the owner's message waits for an answer: a question, a request, a nudge."""
    return _ASKING.search(text) is not None


def topic_of(interaction: Interaction | None, language: str) -> str:
    """What the last conversation was about, with its preposition ("about the Ozon role", "о
    вакансии в Озоне"), when its words say so in the draft's language ('' otherwise)."""
    if interaction is None or not interaction.text:
        return ""
    text = _MARKS.sub("", _LINK.sub(lambda m: m.group(2) or m.group(1), interaction.text))
    found = _TOPIC.search(text)
    if found is None:
        return ""
    topic = " ".join(found.group(0).split()).rstrip(" -—–")
    if bool(CYRILLIC.search(topic)) != (language == "ru"):
        return ""  # a Russian topic in an English draft (or the reverse) reads as a mistake
    return topic


_RU_WITH = {
    "годовщина работы": "с годовщиной работы",
    "новая должность": "с новой должностью",
    "повышение": "с повышением",
    "награда": "с наградой",
}
"""Russian occasions as "Поздравляю ..." takes them (the instrumental case)."""


def draft_values(item: DueItem, today: date) -> dict[str, object]:
    """The values every draft template may use."""
    language = item.language
    contact = item.contact
    interview = item.interview
    interactions = contact.interactions if contact else ()
    conversation = last_conversation(interactions)
    spoke_on = interview.on if interview else None
    if conversation is not None and (spoke_on is None or conversation.on > spoke_on):
        spoke_on = conversation.on
    mine = awaiting_answer(interactions)
    if mine is not None and mine.turn.answered is None and not _asks(mine.text):
        mine = None  # a thank-you needs no answer: the draft does not bring it up
    my_message = mine.on if mine and (spoke_on is None or mine.on >= spoke_on) else None
    asked_on = interview.feedback_requested if interview else None

    hold = hold_of(interview, contact) if interview else None
    occasion = due_wording.special_label(item.special.key, language) if item.special else ""

    def day(value: date | None) -> str:
        return due_wording.day_label(value, language) if value else ""

    return {
        "first_name": contact.addressed_as if contact else "",
        "position": (interview.position if interview else "") or "",
        "company": (interview.company_name if interview else "") or "",
        "interview_date": day(spoke_on),
        "my_message": day(my_message),
        "asked_on": day(asked_on),
        "on_hold_since": day(hold.since) if hold else "",
        "late": item.latest_on is not None and item.latest_on < today,
        "welcome_back": item.waited,  # moved to the day they are back: "я ушла в отпуск до 14.12"
        "last_channel": due_wording.channel_label(conversation.channel, language)
        if conversation and conversation.channel
        else "",
        "topic": topic_of(conversation, language),
        "share": due_wording.share(item, language),
        "occasion": occasion,
        "years": item.years or 0,
        "occasion_with": _RU_WITH.get(occasion, f"({occasion})") if language == "ru" else "",
        "message_on": day(item.last_interaction.on)
        if item.kind == "reply" and item.last_interaction
        else "",
        "promised": _promised_words(item.promise.text) if item.promise else "",
        "promise_kind": promise_kind(item.promise.text) if item.promise else "",
        "overdue": item.due_on < today,
        "thanks_for": _thanks_for(item),
        "next_round": day(item.latest_on) if item.kind == "prepare" else "",
        "to_prepare": [_promised_words(t) for t in interview.open_tasks] if interview else [],
        "news": [news.text for news in item.news if news.text],
        "news_kinds": [news.kind for news in item.news],
        "event": due_reasons.event_name(item.event) if item.event else "",
        "attends": bool(item.event and item.event.path),
        "event_day": day(item.event.on) if item.event else "",
    }


_PROMISE_KINDS = (
    ("congratulate", re.compile(r"поздрав|congrat", re.IGNORECASE)),
    ("", re.compile(r"(?<![^\W\d_])(?:thank|поблагодар|спасибо)", re.IGNORECASE)),
    ("ask", re.compile(r"(?<![^\W\d_])(?:спросить|узнать|уточнить|ask|find out)", re.I)),
    (
        "send",
        re.compile(
            r"(?<![^\W\d_])(?:send|share|forward|прислать|скинуть|отправить|переслать|выслать"
            r"|поделиться)(?![^\W\d_])",
            re.IGNORECASE,
        ),
    ),
    ("tell", re.compile(r"рассказать|сказать|сообщить|написать|tell|let \w+ know", re.I)),
)
"""A promise's kind by its first verb of these, in this order (an "ask Anna to send …" asks;
thanks get the plain draft)."""


def promise_kind(text: str) -> str:
    """What a promise is, for its draft: congratulate, send, ask, tell, or '' for another."""
    return next((kind for kind, words in _PROMISE_KINDS if words.search(text)), "")


def _thanks_for(item: DueItem) -> str:
    """What a thank-you is for: the offer, the stage passed, or the feedback."""
    result = item.interview.result if item.interview else None
    return result if result in ("offer", "passed") else "feedback"


_TASK_MARKS = re.compile(r"[📅⏳🛫✅⏫🔼🔽🔺⏬]\ufe0f?\s*(?:\d{4}-\d{2}-\d{2})?|\[\w+::[^\]]*\]")
_WIKILINK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")


def _promised_words(text: str) -> str:
    """A promise's words as a draft says them: no Tasks marks, links as their shown text."""
    plain = _WIKILINK.sub(lambda m: m.group(2) or m.group(1).rsplit("/", 1)[-1], text)
    return " ".join(_TASK_MARKS.sub("", plain).split())


def draft_text(item: DueItem, renderer: Renderer, today: date, weak: tuple[str, ...] = ()) -> str:
    """The ready message for a due item, in the item's language; `weak`: the theme ids of the
    weaknesses that recur in the user's feedback, which a feedback request asks about."""
    values = draft_values(item, today)
    values["weak_themes"] = _joined(
        [theme_label(theme, item.language).casefold() for theme in weak], item.language
    )
    return renderer.render(f"drafts/{item.kind}.md.j2", item.language, **values)


def _joined(words: list[str], language: str) -> str:
    """'a', 'a and b', 'a, b and c' (in Russian, 'и')."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {'и' if language == 'ru' else 'and'} {words[-1]}"
