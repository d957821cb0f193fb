"""A contact's word that someone moves on in a hiring process: the owner or the owner's
candidate invited to an interview or moved to the next round ("позвала на финал", "Пашу зовут
на техсобес", "moving me to onsite", "you passed the tech screen"). The step itself is set
aside as a step of a process (`clause_verbs.PROCESS`), but the news of it is what a recruiter
gives (the knowledge notes count support through the hiring process as value received): both
the writers' and the vaults' labelled lines count it so, a first invitation as a vacancy and a
later round as feedback on the process.

Read only where nothing else moved in the line, and not where the owner tells it ("написал ей,
что меня позвали на финал": the owner's news, not theirs). A masculine verb with no subject
before it is the owner's own act in the voice lines are read in (`owner_voice`): "позвал на
собес" is the owner inviting someone.
"""

from __future__ import annotations

import re

_STEMS = (
    "позва",
    "позов",
    "зовут",
    "пригла",
    "инвайт",
    "mov",
    "invit",
    "want",
    "bring",
    "progress",
    "advanc",
    "push",
    "passed",
    "through",
)
"""Words of which a line must hold one before the patterns are tried (a substring test costs
far less than a regular expression)."""
_FIRST_RU = r"собес\w*|скрининг\w*|интервью|созвон\w*"
_LATER_RU = (
    r"финал\w*|тех\w*|следующий этап|(второй|третий|2-?й|3-?й) (этап|раунд)|"
    r"онсайт\w*|кейс\w*|панел\w*|встречу с (командой|лидом|cto|ceo|hm)"
)
_RU = re.compile(
    r"(?:^|[\s:,;(—–-])(?P<verb>позвал[аи]?|пригласил[аи]?|зовут|позовут|приглашают|"
    r"приглашени\w*|инвайт)(?P<object>\s+меня)?\s+(?:сразу\s+|уже\s+|ещё\s+|еще\s+)?"
    rf"(?:на|в)\s+(?P<to>{_FIRST_RU}|{_LATER_RU})"
)
_EN = re.compile(
    r"\b(?:(?:mov(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|want(?:s|ed)?|bring(?:s|ing)?|"
    r"progress(?:es|ed|ing)?|advanc(?:e|es|ed|ing)|push(?:es|ed|ing)?) (?:me|you) "
    r"(?:to|for|through to|forward to|on to|into)|"
    r"(?P<passed>you(?:'re| are)? (?:passed|through to)))\s+"
    r"(?:the |a |an )?(?P<to>final\w*|onsite|on-site|panel|next (?:round|stage|step)|"
    r"(?:[\w-]+ ){0,2}(?:round|interview|stage|screen|presentation)|stage \d|second|2nd|third|"
    r"3rd|tech\w*|case\w*)"
)
_FIRST_EN = re.compile(r"^(?:(?:first|intro|recruiter|phone|hr|initial) )?(?:interview|screen)$")
_THROUGH = re.compile(
    r"\b(с (его|её|ее|их|\w+ой|\w+ы|\w+и) подачи|по (его |её |ее |их )?(рекомендаци|рефералк)\w*|"
    r"через (него|неё|нее|\[\[|[A-ZА-ЯЁ])|(thanks to|through) (him|her|them|[A-Z])|"
    r"(его|её|ее) реферал)"
)
"""Someone the step came through ("с его подачи меня позвали на финал"): a referral."""
_TOLD_RU = re.compile(
    r"(?<!\w)(написал|сказал|рассказал|сообщил|поделился|похвастался|отписал|обрадовал)"
    r"(?!\w)"
)
"""A masculine telling verb: with no one named before it, the owner telling (`owner_voice`)."""
_TOLD_EN = re.compile(
    r"\b(i (told|wrote|texted|messaged|emailed)|(told|updated|texted) (her|him|them)|"
    r"let (her|him|them) know)\b"
)
_SUBJECT_BEFORE = re.compile(r"(\[\[[^\]]*\]\]|\b[A-ZА-ЯЁ][\w'’-]*|\b(он|его|её|ее|их))\s*$")
"""A subject or an object named just before the verb ("Артём его уже позвал", "[[Оля]]
позвал"): the verb is not the owner's own."""


def _named_before(text: str, at: int) -> bool:
    """True when a subject or an object is named just before position `at`."""
    before = re.sub(r"\b(уже|сразу|сам|тоже|ещё|еще|и)$", "", text[:at].rstrip()).rstrip()
    return bool(_SUBJECT_BEFORE.search(before))


def advance(text: str) -> str | None:
    """The kind of value a line's news of a step forward is ("referral" for one that came
    through someone, "vacancy" for a first invitation, "company_feedback" for a later round), or
    None when it tells of none, or of the owner's own inviting ("позвал на собес" with no one
    before it)."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return None  # most lines: no word of an invitation or a step at all
    kind = _kind(text)
    return "referral" if kind and _THROUGH.search(text) else kind


def _kind(text: str) -> str | None:
    told = _TOLD_RU.search(text)
    if _TOLD_EN.search(text.casefold()) or (told and not _named_before(text, told.start())):
        return None  # "написал ей, что меня позвали на финал": the owner's news, told
    found = _RU.search(text)
    if found:
        verb = found["verb"].casefold()
        own = verb in ("позвал", "пригласил") and not found["object"]
        if own and not _named_before(text, found.start("verb")):
            return None  # the owner's own invitation, in the voice the line is read in
        first = re.fullmatch(_FIRST_RU, found["to"].casefold()) is not None
        return "vacancy" if first else "company_feedback"
    found = _EN.search(text.casefold())
    if found:
        first = not found["passed"] and _FIRST_EN.match(found["to"]) is not None
        return "vacancy" if first else "company_feedback"
    return None
