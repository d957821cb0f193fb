"""Interactions with a contact, wherever the vault records them, and the channel they used."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from vaultkit.domain.who_did import Turn, read_turn

InteractionSource = Literal["property", "entry", "task", "daily", "meeting", "interview"]

CHANNELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("coffee", ("coffee", "кофе", "lunch", "обед")),
    ("call", ("call", "phone", "звон", "созвон", "телефон")),
    ("video", ("zoom", "video", "видео", "google meet", "teams")),
    ("meeting", ("meeting", "met ", "встреч", "встрет", "виделись")),
    ("linkedin", ("linkedin", "линкедин")),
    ("telegram", ("telegram", "телеграм", "tg ", "тг ")),
    ("email", ("email", "e-mail", "mail", "письм", "почт", "написал")),
    ("message", ("whatsapp", "slack", "message", "сообщени", "chat", "чат")),
)
"""Channel ids and the word stems that name them (first match wins), English and Russian."""

_BOUNDARY = re.compile(r"[\W_]+")
_WORD_STARTS = tuple((channel, tuple(" " + stem for stem in stems)) for channel, stems in CHANNELS)
"""CHANNELS with each stem as the start of a word in the padded text."""


def detect_channel(text: str) -> str | None:
    """The channel a piece of text mentions ('call', 'email', ...), or None."""
    padded = " " + _BOUNDARY.sub(" ", text.casefold()) + " "
    for channel, starts in _WORD_STARTS:
        for start in starts:  # plain loops: a generator per channel costs more than the test
            if start in padded:
                return channel
    return None


@dataclass(frozen=True, slots=True)
class Interaction:
    """One dated contact with a person, from a property, a list item or another note."""

    on: date
    """The day it happened."""
    source: InteractionSource
    """Where vaultkit found it."""
    path: str
    """Vault path of the note that records it."""
    channel: str | None
    """How: call, email, linkedin, telegram, meeting, coffee, video, message, interview."""
    text: str = ""
    """The words around it (the list item or the line with the link)."""
    line: int = 0
    """Its line in the note that records it (0: the note as a whole, a meeting's or an
    interview's)."""

    @property
    def turn(self) -> Turn:
        """Who acted (me, them, both) and whether the other side answered, read from the words
        once per text."""
        return read_turn(self.text, self.source, self.channel)


TICK_PHRASES = {
    "en": {
        "reply": "sent my reply",
        "promise": "kept a promise",
        "reach_out": "reached out",
        "first_touch": "reached out (first touch)",
        "special_date": "congratulated",
        "request_feedback": "feedback requested from",
        "follow_up": "followed up with",
        "feedback_reminder": "feedback reminder sent to",
    },
    "ru": {
        "reply": "ответ отправлен",
        "promise": "обещание выполнено",
        "reach_out": "контакт",
        "first_touch": "первый контакт",
        "special_date": "поздравление",
        "request_feedback": "запрошена обратная связь у",
        "follow_up": "уточнён статус у",
        "feedback_reminder": "напоминание об обратной связи",
    },
}
"""What a recorded tick says, by language and kind (ticks.py writes it, interviews.py reads
the interview ones back)."""


def awaiting_answer(interactions: tuple[Interaction, ...]) -> Interaction | None:
    """The owner's latest message when nothing came back after it: the last interaction is
    the owner's ("me") and its words do not say it was answered."""
    if not interactions:
        return None
    last = interactions[-1]
    turn = last.turn
    return last if turn.by == "me" and turn.answered is not True else None


def last_conversation(interactions: tuple[Interaction, ...]) -> Interaction | None:
    """The latest interaction in which the contact took part (theirs, a conversation, or one
    whose words do not say): an unanswered message of the owner's is not a conversation."""
    for interaction in reversed(interactions):
        turn = interaction.turn
        if turn.by != "me" or turn.answered:
            return interaction
    return None


_ASKS = re.compile(
    r"\?|\b(?:ask(?:s|ed)?|wants?|request(?:s|ed)?|let (?:me|him|her|them) know|can you"
    r"|could you|reply|respond|answer|waiting for (?:my|an) (?:answer|reply)|deadline"
    r"|просит|просила|просил|спрашива\w*|спросил\w*|попросил\w*|ответить|ответь|жд[её]т ответа"
    r"|дай(?:те)? знать|нужно ответить|надо ответить|дедлайн)",
    re.IGNORECASE,
)
"""Words of a message that wants an answer: a question, a request, a deadline, or the owner's
own note to answer it ("письмо от Michael — ответить!!")."""
_LEFT_ALONE = re.compile(
    r"\b(?:ignor\w*|игнор\w*|проигнор\w*|не отвеча\w*|no need to reply|не нужно отвечать)",
    re.IGNORECASE,
)
"""Words of the owner's decision not to answer ("опять пишет, игнор")."""


def reply_owed(
    interactions: tuple[Interaction, ...], today: date, within_days: int
) -> Interaction | None:
    """Their latest message when it wants an answer and none followed: the last interaction is
    theirs, not said to be answered nor left alone on purpose, asks something, and came no more
    than `within_days` before `today` (an older one is no longer waiting). Of that day's lines
    about it, the one that asks is returned (a contact note's own entry first)."""
    if not interactions:
        return None
    last = interactions[-1]
    turn = last.turn
    if turn.by != "them" or turn.answered is True or (today - last.on).days > within_days:
        return None
    same_day = [i for i in interactions if i.on == last.on and i.turn.by in ("them", None)]
    if any(_LEFT_ALONE.search(i.text) for i in same_day):
        return None
    asking = [i for i in same_day if _ASKS.search(i.text)]
    if not asking:
        return None
    return min(asking, key=lambda i: (i.source != "entry", i.turn.by != "them"))
