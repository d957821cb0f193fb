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
    ("telegram", ("telegram", "телеграм", "телеге ", "телегу ", "tg ", "тг ")),
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
    their_gender: str = ""
    """The gender ("f", "m") of a Russian past verb opening the words that makes it the
    contact's act: set where the owner's and the contact's are known to differ."""
    by: Literal["", "me", "them"] = ""
    """Who wrote it, where a pasted message's header says (domain/message_talks.py)."""

    @property
    def turn(self) -> Turn:
        """Who acted (me, them, both) and whether the other side answered, read from the words
        once per text, or from a pasted message's header."""
        if self.by:
            return Turn(self.by, None)
        return read_turn(self.text, self.source, self.channel, self.their_gender)


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
        "thank_you": "thanked",
        "prepare": "prepared for",
        "share_news": "shared my news",
        "event": "wrote for the occasion",
        "answer_offer": "answered the offer",
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
        "thank_you": "благодарность отправлена",
        "prepare": "подготовка",
        "share_news": "рассказал(а) свои новости",
        "event": "написал(а) по поводу события",
        "answer_offer": "ответ на оффер дан",
    },
}
"""What a recorded tick says, by language and kind (ticks.py writes it, interviews.py reads
the interview ones back)."""
PREPARED_PHRASES = tuple({TICK_PHRASES[language]["prepare"] for language in TICK_PHRASES})
"""What a recorded tick of a brief says, in either language."""


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
    r"\?|\b(?:ask(?:s|ed)? (?:me|for|if|whether|when|to|about my|about our)"
    r"|request(?:s|ed)? (?:my|a|the)|wants? (?:my|to know|a call|an answer)"
    r"|\w+[:,\s]*[\"“«][^\"”»]*\b(?:wanna|want to|would love to) (?:see|know|chat|catch up|hear)"
    r"|хочет (?:узнать|созвониться|мо[йеиё])"
    r"|let (?:me|him|her|them) know|can you|could you|would you|please send|send (?:me|us|your)"
    r"|reply|respond|waiting for (?:my|an|a) (?:answer|reply|confirmation|decision)|deadline"
    r"|(?:to |please )confirm"
    r"|просит|просила|просил|спрашива\w*,? (?:меня|когда|можно|есть ли|готов|удобно)"
    r"|спросил\w*,? (?:меня|когда|можно|есть ли|готов|удобно)"
    r"|(?:спрашивает|спросил|спросила),? (?:как|что|сколько|про|ли)\b|попросил\w*|ответить|ответь"
    r"|жд[её]т (?:ответа|подтверждени\w*|решени\w*)|подтвердить|пришлите|пришли|отправьте"
    r"|дай(?:те)? знать|нужно ответить|надо ответить"
    r"|дедлайн)",
    re.IGNORECASE,
)
"""Words of a message that wants an answer from the owner: a question, a request of theirs, a
deadline, or the owner's own note to answer it ("письмо от Michael — ответить!!"); not what
they asked about in an interview ("the HM asked a lot about Kafka")."""
_LEFT_ALONE = re.compile(
    r"\b(?:ignor\w*|игнор\w*|проигнор\w*|не отвеча\w*|no need to reply|не нужно отвечать"
    r"|(?<!не )(?<!not )(?<!n't )(?:ответил[аи]?|answered|replied|отправил[аи]?)\b"
    r"|sent (?:my|him|her|them)|told (?:him|her|them)|promised|пообещал\w*"
    r"|сказал[аи]? (?:ей|ему|им))",
    re.IGNORECASE,
)
"""Words saying the owner answered, or decided not to ("опять пишет, игнор", "ответила сразу")."""
_CLAUSE_START = r"(?:^|[.;,!?—–←(:]\W*|(?<![^\W\d_])(?:i|я)\s+)"


def _greets(text: str, names: tuple[str, ...]) -> bool:
    """Whether a line quotes a message that opens by greeting one of `names` ("написала в LI:
    «Hi Jovana! …» — пока не ответила": the owner's message, her answer awaited)."""
    found = _GREETING.search(text) if names else None
    if found is None or any(n in text[: found.start()] for n in names if n):
        return False  # "Anna wrote on LinkedIn: «Hi Anna! …»": she greets the owner
    if not _SENT.search(text[: found.start()]):
        return False  # "LinkedIn: «Hi Sam! …»": whose, unsaid (the owner may be a Sam)
    after = text[found.end() :]
    return any(re.match(rf"{re.escape(n)}(?![^\W\d_])", after) for n in names if n)


_SENT = re.compile(
    r"(?<![^\W\d_])(?:написал\w*|отправил\w*|wrote|sent|messaged|emailed|i)(?![^\W\d_])", re.I
)
_GREETING = re.compile(
    r"[«\"“„]\s*(?:hi|hello|hey|dear|привет|здравствуйте|добрый день|добрый вечер)[\s,!]+",
    re.IGNORECASE,
)
_NOT_ANSWERED_YET = re.compile(
    rf"{_CLAUSE_START}(?:still\s+)?(?:haven'?t|have not)\s+(?:yet\s+)?(?:replied|answered"
    r"|responded|written back|got(?:ten)? back)"
    rf"|{_CLAUSE_START}(?:still\s+)?(?:need|have) to (?:reply|answer|respond|get back)"
    rf"|{_CLAUSE_START}owe (?:her|him|them) (?:a |an )?(?:reply|answer)"
    rf"|{_CLAUSE_START}(?:(?:ещ[её]|пока)\s+не ответил[аи]?|не ответил[аи]?\s+(?:ещ[её]|пока))"
    r"(?![^\W\d_])"
    rf"|{_CLAUSE_START}(?:надо|нужно|должен|должна) (?:ей |ему |им )?ответить",
    re.IGNORECASE,
)
"""Words saying the owner has not answered yet ("← haven't replied 🙈", "НЕ ОТВЕТИЛ ЕЩЕ")."""
_QUOTED = re.compile(r"^\W*[A-ZА-ЯЁ][\w.'’ -]{0,40}?(?: (?:via|from|in|из|в) [\w ]{1,20})?:\s")
"""A line that quotes someone ("Анна: пришлите резюме", "HR from Ozon: when can you start?")."""
_SPOKE_FIRST = re.compile(
    r"^\W*[A-ZА-ЯЁ][\w.'’-]*(?: [A-ZА-ЯЁ][\w.'’-]*)? (?:call|called|phone|video"
    r"|zoom|созвон|звонок|звонила?)\b",
    re.IGNORECASE,
)
"""A line that opens with a talk held ("- Rosa call 11am re counter: …"): not a quote of theirs
(a quote's "coffee" is its topic), so what was asked there was answered there."""
_SPOKEN = re.compile(
    r"\b(?:called|calls|phoned|met|spoke|talked|звонил\w*|позвонил\w*|созвонил\w*|говорил\w*"
    r"|встретил\w*)\b",
    re.IGNORECASE,
)
"""Words of a conversation: whatever was asked there was answered there."""


def reply_owed(
    interactions: tuple[Interaction, ...],
    today: date,
    within_days: int,
    names: tuple[str, ...] = (),
) -> Interaction | None:
    """Their latest message when it wants an answer and none followed: on the last day with any
    interaction, nothing is the owner's (a day's lines have no order between them) nor says it
    was answered or left alone, a message of theirs (or a line quoting them) asks something in
    writing, and it came no more than `within_days` before `today`. Of that day's lines, the one
    that asks is returned (a contact note's own entry first). A line quoting a message that
    greets the contact by one of their `names` quotes the owner's, not theirs."""
    if not interactions:
        return None
    day = interactions[-1].on
    if (today - day).days > within_days:
        return None
    same_day = [i for i in interactions if i.on == day]
    owned = [  # not "написала в LI: «Hi Jovana! …» — пока не ответила": hers owed, not mine
        i for i in same_day if _NOT_ANSWERED_YET.search(i.text) and not _greets(i.text, names)
    ]
    if owned and not any(i.turn.by == "me" for i in same_day if i not in owned):
        return owned[0]  # "she wrote … ← haven't replied", "НЕ ОТВЕТИЛ ЕЩЕ"
    if any(
        i.turn.by == "me"
        or (i.turn.by == "both" and (not _QUOTED.match(i.text) or _SPOKE_FIRST.match(i.text)))
        or i.turn.answered
        or _LEFT_ALONE.search(i.text)
        for i in same_day
    ):
        return None
    asking = [
        i
        for i in same_day
        if i.source not in ("meeting", "interview")
        and not _SPOKEN.search(i.text)
        and (i.turn.by == "them" or _QUOTED.match(i.text))
        and _ASKS.search(i.text)
    ]
    if not asking:
        return None
    return min(asking, key=lambda i: (i.source != "entry", i.turn.by != "them"))


_SIGNAL = re.compile(
    r"\b(?:viewed|visited|checked out|looked at) (?:my|his|her|their) (?:linkedin|profile)"
    r"|\bsaw (?:his|her|their|a) (?:linkedin )?(?:post|story|update|article|announcement)"
    r"|\bliked (?:his|her|their|a|the) (?:linkedin )?(?:post|comment|update|article|photo)"
    r"|\breacted to|\bnot (?:a )?contact\b|\blinkedin notification|\bnotification from linkedin"
    r"|\blinkedin says (?:she|he|they)\b|^\W*(?:got a )?notification\b"
    r"|\baccepted (?:my |the )?(?:linkedin|connection)|\bconnected (?:with me )?on linkedin"
    r"|\bendorsed (?:me|my)\b|(?<![^\W\d_])(?:принял\w* (?:мою |моё |мое )?(?:заявку|приглашение"
    r"|инвайт) (?:в )?(?:линкедин\w*|linkedin|друзья|контакты)|добавил\w* (?:меня )?в"
    r" (?:контакты|друзья|линкедин\w*))(?![^\W\d_])"
    r"|^\W*уведомлени\w* (?:в |из )?(?:линкедин\w*|linkedin)"
    r"|(?<![^\W\d_])(?:посмотрел\w* (?:мой )?профил\w*|лайкнул\w*|поставил\w* лайк"
    r"|увидел\w* (?:его|её|ее|их) пост\w*|не контакт)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:видел\w*|увидел\w*)\b[^.!?]{0,40}(?<![^\W\d_])пост\w*"
    r"|(?<![^\W\d_])(?:выложил\w*|запостил\w*|опубликовал\w*)(?![^\W\d_])"
    r"|\bwaved\b|(?<![^\W\d_])помахал\w*",
    re.IGNORECASE,
)
_SPOKE = re.compile(
    r"\b(?:messag\w*|wrote|written|called|replied|emailed|met|chatted|talked|spoke|commented"
    r"|dm'?d|texted|sent|conversation|caught up|intro\w*)\b|(?<![^\W\d_])(?:написал\w*"
    r"|ответил\w*|созвон\w*|звонил\w*|встрет\w*|поговорил\w*|прокомментировал\w*|обсудил\w*"
    r"|болтал\w*|договорил\w*|переписыв\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def one_way_signal(text: str) -> bool:
    """Whether a logged line tells only of a glance across a feed, no word between the two
    ("Marcus viewed my LinkedIn 👀", "Saw her post … Liked it. That's it.", "лайкнул пост"):
    no contact, so it moves no "last contact"."""
    folded = text.casefold()
    if not any(cue in folded for cue in _SIGNAL_CUES):
        return False  # the common case, told without a pattern
    if not _SIGNAL.search(text) or _SPOKE.search(text):
        return False
    return detect_channel(text) in (None, "linkedin", "telegram")  # "coffee with Tom …": a talk


_STRUCK = re.compile(r"~~(?P<struck>[^~\n]+?)~~")
_TALKS = (
    r"(?:calls?|meeting|coffee|lunch|chat|catch-?up|zoom|созвон\w*|звонок|встреч[аиу]|кофе|обед)"
)
_OFF = (
    r"(?:cancell?ed|called off|postponed|rescheduled|отменил\w*|отменяется|перенесли|переносится"
    r"|перенес[её]н\w*|сорвал\w*|не состоял\w*)"
)
_CALLED_OFF = re.compile(
    rf"(?<![^\W\d_]){_TALKS}(?:\s+(?:with|с|со)\s+\S+(?:\s+[^\W\d_]+)?)?,?\s+"
    rf"(?:(?:was|got|is|has been|had to be)\s+)?{_OFF}(?![^\W\d_])"
    rf"|(?<![^\W\d_]){_OFF}\s+(?:the\s+|our\s+|a\s+|наш\w*\s+)?{_TALKS}(?![^\W\d_])"
    r"|\b(?:no[- ]show|didn'?t show up)\b|(?<![^\W\d_])не пришл[аи]? на (?:созвон|встречу|звонок)",
    re.IGNORECASE,
)
"""A talk called off or put off ("call with [[Tom]] cancelled", "созвон с [[Тимур]]
перенесли", "перенесли созвон", "no-show"); not a round or a plan put off ("the final was
postponed", "his move rescheduled")."""
_TOLD = re.compile(
    r"\b(?:said|says|told|wrote|emailed|messaged|texted|replied|talked|spoke|chatted|from"
    r"|e-?mail|telegram|whatsapp|slack|dm|met|caught up)\b"
    r"|(?<![^\W\d_])(?:сказал\w*|написал\w*|позвонил\w*|ответил\w*|обсудил\w*|поговорил\w*"
    r"|предупредил\w*|в телеге|в тг|в телеграме|письм\w*|сообщени\w*|созвонились|встретились"
    r"|виделись)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of someone telling it: the talk called off was itself a word between them."""


def called_off(text: str) -> bool:
    """Whether a logged line tells of a talk that did not happen: its link struck through
    ("~~созвон с [[Тимур]]~~"), or the talk called off or put off ("call with [[Tom]]
    cancelled", "созвон с Тимуром перенесли"), unless it says someone told it ("Tom wrote that
    the call is cancelled", "[[Тимур]] в телеге: созвон отменяется")."""
    if "~~" in text and any("[[" in span["struck"] for span in _STRUCK.finditer(text)):
        return True
    folded = text.casefold()
    if not any(cue in folded for cue in _OFF_CUES):
        return False  # the common case, told without the pattern
    return _CALLED_OFF.search(text) is not None and _TOLD.search(text) is None


_OFF_CUES = (
    "cancel", "called off", "postpon", "resched", "show", "отмен", "перен", "сорвал",
    "состоял", "пришл",
)  # fmt: skip
"""Words one of which every talk called off holds (a quick look before the pattern)."""


_SIGNAL_CUES = (
    "accepted",
    "connected on",
    "endorsed",
    "принял",
    "добавил",
    "viewed",
    "visited",
    "checked out",
    "looked at",
    "saw ",
    "liked",
    "reacted",
    "not contact",
    "not a contact",
    "notification",
    "linkedin says",
    "уведомлени",
    "посмотрел",
    "лайк",
    "увидел",
    "не контакт",
    "waved",
    "помахал",
    "видел",
    "выложил",
    "запостил",
    "опубликовал",
)
"""Words one of which each glance across a feed holds (a quick look before the pattern); a
wave across a room is one too ("across the room at PyData, waved")."""
