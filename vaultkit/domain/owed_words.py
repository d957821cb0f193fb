"""Whether an open task owes its contact anything: not an idea set aside in its own words
("tell him about Kleur silence? nah", "not replying to Mark Delaney"), not the owner's own
reading or note-keeping, not one said done in its words ("ask Karthik?? (asked, see …)")."""

from __future__ import annotations

import re


def set_aside(text: str) -> bool:
    """Whether a task is an idea set aside rather than owed: turned down in its own words
    ("tell him about Kleur silence? nah", "(ask Omar? no, don't bother him, estimate from
    memory)"), or put off to no day ("Гаянэ — референс? (позже,
    когда будет финал)", "if Bolder works out → big dinner", "someday: coffee with Ana")."""
    return bool(_TURNED_DOWN.search(text) or _PUT_OFF.search(text))


_TURNED_DOWN = re.compile(
    r"\?\s*(?:nah|не буду|не надо|неа|skip)\W*$"
    r"|^\W*(?:not|don'?t) (?:repl|answer|writ|respond)\w*(?! yet)(?!.*\bthen\b)"
    r"|\?\s*(?:no|nah|нет|неа)\s*[,;—–-]\s*"
    r"(?:don'?t|do not|не (?:буду|надо|стоит|дёргать|дергать))",
    re.IGNORECASE,
)
_PUT_OFF = re.compile(
    r"\((?:позже|потом|later)(?![^\W\d_])(?!,?\s+(?:today|tonight|this|вечером|сегодня|завтра"
    r"|tomorrow))"
    r"|(?<![^\W\d_])(?:когда-нибудь|someday|some day|maybe later)(?![^\W\d_])"
    r"|^\W*(?:if|если)\s.{3,40}?(?:works? out|получится|выгорит|возьмут|hired|get (?:it|the job))",
    re.IGNORECASE,
)


def not_owed(text: str) -> bool:
    """Whether an open task owes its contact nothing: the owner's own reading or watching
    ("read his blog post on saga orchestration", "посмотреть её доклад"), unless it goes on
    to give them something or reads a draft of theirs ("read Aisha's talk draft"), or said
    done in its own words ("ask Karthik?? (asked, see …)", "pass his name to Tom → done
    10-21")."""
    if _SAID_DONE.search(text) or _NOTE_KEEPING.match(text):
        return True
    return bool(_FOR_MYSELF.match(text)) and not _GIVING.search(text)


_NOTE_KEEPING = re.compile(
    r"^\W*(?:(?:обновить|поправить|исправить|заполнить|почистить|переименовать)"
    r" \[\[[^\]]*\]\]\s*(?:$|\(|—|-\s|(?:заметк|карточк|профил|свойств)\w*)"
    r"|(?:update|edit|fix|fill in|tidy|clean up|rename|tag) \[\[[^\]]*\]\]"
    r"(?:'s)?\s*(?:note|page|card|profile|properties)\b)",
    re.IGNORECASE,
)
"""A task to keep the contact's note, not to write to them ("обновить [[Дима Ковалёв]] (где
работает)", "update [[Anna]]'s note"); not "update [[Milan]] on my notice"."""


_MARKER = r"^\W*(?:(?:TODO|LATER|NOW|DOING)\s+)?"
_FOR_MYSELF = re.compile(
    _MARKER + r"(?:read|re-read|watch|listen to|look up|research|google|check out|learn|study"
    r"|прочитать|почитать|посмотреть|послушать|изучить|погуглить|загуглить)(?![^\W\d_])",
    re.IGNORECASE,
)
_GIVING = re.compile(
    r"(?<![^\W\d_])(?:send|share|tell|reply|give|comment\w*|review|feedback|e-?mail\w*"
    r"|get back|call|ring|meet|text|отправ\w*|скину\w*|скинь\w*|написа\w*|ответ\w*"
    r"|рассказа\w*|дать|отзыв\w*|прокомментир\w*|созвон\w*|позвон\w*|встрет\w*)(?![^\W\d_])"
    r"|(?:'s|’s)\s+(?:\w+\s+)?(?:draft|cv|resume|portfolio|deck)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:портфолио|резюме|cv|деку|черновик|кейс)\s+(?-i:[А-ЯЁ])",
    re.IGNORECASE,
)
_SAID_DONE = re.compile(
    r"(?:→|->|⇒)\s*(?:done|sent|сделано|отправил\w*|отправлено)(?=\s*(?:$|\d|[.,;!)✅]))"
    r"|\((?:done|asked|sent|did it|called|replied|сделано|сделал\w*|отправил\w*"
    r"|спросил\w*"
    r"|написал\w*|готово)(?![^\W\d_])(?![^)]*(?:no answer|again|try|not yet|still|owe"
    r"|не ответ|снова|ещё|еще|должн|нужно|пока))",
    re.IGNORECASE,
)
