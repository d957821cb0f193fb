"""Whom a task that names a contact is addressed to, by the words around the name: a word of
writing or meeting before it ("reply to Mia", "написать Сергею", "dinner w/ Niamh O'C"), "for"
("send the deck for Tom"), or the name opening the task before a dash or a thing given ("Jana —
decide Ostwind", "Oisín CV")."""

from __future__ import annotations

import re

_TO_THEM = re.compile(
    r"(?<![^\W\d_])(?:reply|answer|respond|write|email|e-mail|mail|text|message"
    r"|msg|call|(?<!the )(?<!a )ring|(?<!the )(?<!a )phone|ping|tell|ask|thank"
    r"|send|invite|meet|congratulate|intro|introduce|follow up|catch up|update|remind|dm|coffee"
    r"|lunch|dinner|beers?|drinks?|give|hand|show|lend|bring|chase|nudge|ответить|написать|напиши"
    r"|позвонить"
    r"|набрать|сказать|спросить|дать|отдать|показать|вернуть"
    r"|поблагодарить|отправить|скинуть|переслать|поздравить|пингануть|пингнуть|напомнить"
    r"|встретиться|созвониться|познакомить|позвать|пригласить|уточнить|пишу|напишу)\w*"
    r"(?:\s+(?:to|with|w/|back|the|my|a|an|для|с|со|у))*\s+$|(?<![^\W\d_])to\s+$"
    r"|\S\s*(?:→|->|=>)\s*$",
    re.IGNORECASE,
)
"""A task's words just before a name that address them ("reply to Mia", "написать Сергею",
"портфолио для Piotr", "скан паспорта + диплома → Ани")."""


FOR = re.compile(
    r"(?<![^\W\d_])(?<!prepare )(?<!prep )(?<!ask )(?<!wait )(?<!look )(?<!ready )"
    r"(?<!questions )(?<!готовиться )(?<!подготовиться )"
    r"(?:для|for)\s+$",
    re.IGNORECASE,
)
""""for" before a name, giving the task to them ("send the deck for Tom"), not in "prepare for
Tom", "ask for Tom's email"."""


def addressed(text: str, at: int, end: int) -> bool:
    """Whether the name at `at`..`end` is who the task is to: it opens the task and a dash or a
        colon follows ("Jana — decide Ostwind", not "Mark all emails as read" or "Anna to send the
        JD"), or it follows a word of writing or meeting, or "to" ("ask Felix", "ответить Ольге",
        "send the CV to Tom"); a possessive only where the thing goes back ("return Kwame's stud
    finder", not "send Priya's CV")."""
    before = re.sub(r"^[\s>*_-]*", "", text[:at])
    if text[end - 2 : end] in ("'s", "’s") or text[end : end + 2] in ("'s", "’s"):
        given_back = _GIVE_BACK.search(before) and not _ELSEWHERE.search(text, end)
        theirs = _THEIR_WORK.match(text, end) and not _ELSEWHERE.search(text, end)
        reviewed = theirs and (_REVIEW.search(before) or not before)
        return bool(given_back or reviewed)  # "return Kwame's stud finder", "read Aisha's
        # talk draft", "Aisha's draft — CFP closes Fri": to them, unless "… to HR"
    if before.casefold().endswith("let ") and _KNOW.match(text, end):
        return not _ASKED_TO.search(before)  # "let JW know …"; not "ask Sarah to let Tom know"
    if not before:  # "Jana — decide Ostwind", "Oisín CV 📅 2026-11-29"
        given = _DELIVERABLE.match(text, end)
        return bool(_OPENS.match(text, end) or (given and _NOTHING_MORE.match(text, given.end())))
    to_them = _TO_THEM.search(before)
    if to_them and _MEAL.match(to_them.group(0)) and _ASKED.search(before[: to_them.start()]):
        return False  # "ask Leah for coffee w/ Tom": the coffee is what Leah is asked for
    if to_them and to_them.group(0).rstrip()[-1:] in "→>":  # "скан паспорта → Ани"
        return _given_by_arrow(text, before, end)
    return bool(to_them or FOR.search(before))


def _given_by_arrow(text: str, before: str, end: int) -> bool:
    """Whether an arrow gives the name after it a thing ("CV v4 → Sarah (tmrw)"), not what
    comes next ("→ Lena confirms", "→ Маша обещала посмотреть"), an intro ("intro Aisha →
    Linda", "Sarah → Tom (she'll send the intro)") or one person's ask of another ("Петя → Оля")."""
    said_next = not _NOTHING_MORE.match(text, end)
    held = _HELD_BY.search(before)  # "final interview → Piotr", "мок по system design → Ержан"
    return not (said_next or held or _INTRO.search(text) or _ONE_NAME.fullmatch(before))


_HELD_BY = re.compile(
    r"(?<![^\W\d_])(?:interview\w*|round|mock\w*|call|screen\w*|final|onsite|собес\w*|мок\w*"
    r"|созвон\w*|финал\w*|встреч\w*|интервью|скрининг\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_ONE_NAME = re.compile(r"(?:[^:]*:\s*)?[A-ZА-ЯЁ][a-zа-яё]+\s*(?:→|->|=>)\s*")


_MEAL = re.compile(
    r"(?:coffee|lunch|dinner|beers?|drinks?|meet|call|созвон|встреч|встрет)", re.IGNORECASE
)
_INTRO = re.compile(r"(?<![^\W\d_])(?:intro\w*|introduc\w*|познаком\w*|интро)", re.IGNORECASE)
_ASKED = re.compile(
    r"(?<![^\W\d_])(?:ask|asked|попросить|попросила?|спросить|уточнить)(?![^\W\d_])", re.I
)
"""A request before a meeting named in a task: the meeting is what someone else is asked to
set up, and the one it is with is not the task's."""
_DELIVERABLE = re.compile(
    r"\s+(?:cv|resume|résumé|referral|reference|rec|recommendation|intro|introduction|резюме"
    r"|рекомендаци\w*|реферал\w*|интро)(?![^\W\d_])",
    re.IGNORECASE,
)
"""What a task that opens with a name may give them, said with no verb ("Oisín CV")."""
_NOTHING_MORE = re.compile(r"[\s!.]*(?:\([^)]*\))?[\s!.]*(?:[📅⏳🛫✅🔁⏫🔼🔽].*)?$")
"""After the thing given, nothing but a remark in brackets and the Tasks plugin's fields ("Oisín
CV (overdue, sorry Oisín) 📅 2026-11-29"; not "Dana referral: check the portal")."""
_GIVE_BACK = re.compile(r"(?:return|give back|hand back|bring back|drop off)\s+$", re.IGNORECASE)
"""Words before a possessive that give the thing back to its owner ("Return Kwame's stud
finder")."""
_ELSEWHERE = re.compile(r"\b(?:to|into|with)\s+(?!(?:her|him|them)\b)\S", re.IGNORECASE)
_OPENS = re.compile(r"\s*(?:[—–:,]|-\s)")
"""What follows a name that opens a task about them ("Jana — …", "Mia: reply today")."""
_REVIEW = re.compile(
    r"(?<![^\W\d_])(?:read|review|proofread|look (?:at|over)|go (?:through|over)|comment on"
    r"|(?:give )?feedback on)\s+$",
    re.IGNORECASE,
)
"""Words before a possessive that review the thing for its maker ("read Aisha's talk draft")."""
_THEIR_WORK = re.compile(
    r"(?:'s|’s)?\s+(?:talk\s+|cfp\s+|\w+\s+)?(?:draft|cv|resume)(?![^\W\d_])"
    r"(?!\s+(?:template|format|layout))",
    re.IGNORECASE,
)
"""Their own work a task reviews for them ("read Aisha's talk draft"), or opens with ("Aisha's
draft — CFP closes Fri")."""
_KNOW = re.compile(r"\s+know(?![^\W\d_])", re.IGNORECASE)
_ASKED_TO = re.compile(r"(?<![^\W\d_])(?:ask|asked|попросить)\s+\S+\s+to\s+let\s+$", re.I)
