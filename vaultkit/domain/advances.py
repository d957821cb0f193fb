"""A contact's word that someone moves on in a hiring process: the owner or the owner's
candidate invited to an interview or moved to the next round ("позвала на финал", "Пашу зовут
на техсобес", "moving me to onsite", "you passed the tech screen"). The step itself is set
aside as a step of a process (`clause_verbs.PROCESS`), but the news of it is what a recruiter
gives (the knowledge notes count support through the hiring process as value received): both
the writers' and the vaults' labelled lines count it so, a first invitation as a vacancy and a
later round as feedback on the process.

Read only where nothing else moved in the line, and never where the step did not happen or
is only hoped for, asked about or heard of ("не позвали", "если позовут", "hope they invite
me", "слышал, что Петю позвали"), where the owner tells it ("написал ей, что меня позвали на
финал", "Told Anna they're moving me to the onsite") or where the owner invites ("позвал на
финал Олега", "we're moving you to the panel"). A masculine singular verb is the owner's own
act in the voice lines are read in (`owner_voice`) unless it invites "меня".
"""

from __future__ import annotations

import re

from vaultkit.domain.clause_verbs import OPENERS

_STEMS = (
    "made it",
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
_FIRST_RU = r"собес\w*|скрининг\w*|(hr|эйчар)-?скрининг\w*|интервью"
_LATER_RU = (
    r"финал\w*|тех\w*|следующий (этап|раунд)|(второй|третий|[2-5](-?й)?) (этап|раунд)|"
    r"онсайт\w*|кейс\w*|панел\w*|встречу с (командой|лидом|cto|ceo|hm)"
)
_RU = re.compile(
    r"(?<![\w-])(?:(?P<whose>его|её|ее|их)\s+(?:уже\s+|тоже\s+|сам\w*\s+)?)?"
    r"(?P<verb>позвал[аи]?|пригласил[аи]?|зовут|позовут|приглашают|приглаш[её]н\w*|"
    r"приглашени\w*|инвайт)(?:-таки)?(?P<object>\s+меня)?\s+(?:сразу\s+|уже\s+|ещё\s+|еще\s+)?"
    rf"(?:на|в|во)\s+(?P<to>{_FIRST_RU}|{_LATER_RU})",
    re.IGNORECASE,
)
_ROUND_EN = (
    r"(?:(?:tech|technical|final|second|2nd|third|3rd|next|hr|phone|recruiter|first|intro|"
    r"onsite|on-site|panel|case|coding|behaviou?ral|hiring manager|hm|team|culture|"
    r"system design|in-person|\w+-round) )?(?:round|interview|stage|screen|presentation|loop)|"
    r"(?:[\w-]+ ){1,3}(?:round|stage|loop)\b"
)
_EN = re.compile(
    r"\b(?:(?:mov(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|bring(?:s|ing)?|progress(?:es|ed|ing)?|"
    r"advanc(?:e|es|ed|ing)|push(?:es|ed|ing)?) (?:me|you) (?:forward )?"
    r"(?:to|for|through to|forward to|on to|into|in for)|want(?:s|ed)? (?:me|you) (?:for|in)|"
    r"(?:i was|i've been|i'm|i am|got|been) (?:invited|moved|advanced|progressed|pushed) "
    r"(?:to|for|through to|on to)|^\W*invited (?:to|for)|^\W*got through to|"
    r"(?:got|received) an? (?:invite|invitation) (?:to|for)|"
    r"(?P<passed>you(?:'ve|'re| are| have)? (?:passed|through to|made it to)))\s+"
    rf"(?:the |a |an |our )?(?P<to>final\w*|onsite|on-site|panel|{_ROUND_EN}|stage \d|"
    r"(?:second|2nd|third|3rd)\b)"
)
_FIRST_EN = re.compile(r"^(?:(?:first|intro|recruiter|phone|hr) )?(?:interview|screen)$")
_UNSURE = re.compile(
    r"(?<!\w)(если|может|вдруг|надеюсь|хорошо бы|вряд ли|не факт|жд[уёа]\w*|"
    r"ждём|ожида\w*|когда|спрос\w*|попрос\w*|просил\w*|думает|думаю|вроде|хз|или|"
    r"слышал\w*|говорят|чтобы|бы)(?!\w)|\?"
    r"|n't\b|\b(not|never|no|if|hope|hoping|might|may|maybe|will|won't|would|'d|'ll|waiting|"
    r"wait|asked|ask|whether|unlikely|fingers crossed|can|could|couldn't|decided|heard|"
    r"wonder\w*|until)\b",
    re.IGNORECASE,
)
"""The step not taken, only hoped for, asked about, waited for or heard of (a Russian
negation only where it is the verb's: `_DENIED_BEFORE`, `_DENIED_AFTER`)."""
_DENIED_BEFORE = re.compile(r"(?<!\w)(не|ни)\s+(\w+\s+)?$", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"^[^,.;!—–]*?(?<!\w)(нет|не)(?!\w)", re.IGNORECASE)
_TOLD = re.compile(
    r"(?<!\w)(написал|сказал|рассказал|рассказываю|сообщил|поделился|похвастался|отписал\w*|"
    r"отчитался|обновил|дал знать|отправил|напсал|обрадовал|разосл\w*|кинул|скинул|пишу|"
    r"сообщение|письмо|кандидату)(?!\w)|^\W*[А-ЯЁ]\w+[еуюЕУЮ]:|\b(text|message|email|note) to\b"
    r"|^\W*(?:i |we )?(told|texted|updated|shared with|wrote to|wrote|mentioned to|called|"
    r"messaged|emailed|sent|my note to)\b|\bsent to\b|"
    r"\b(i|we) (told|texted|wrote|emailed|messaged|sent)\b"
    r"|\b(we|we're|we'd|we've|our)\b|\b(я нанимаю|мы)\b",
    re.IGNORECASE,
)
"""The owner telling of it ("Маше написал, что позвали на финал", "Told Anna …") or the owner's
side doing the inviting ("we're moving you to the panel", "мы позвали")."""
_NOT_NAMES = "|".join(
    sorted(OPENERS | {"сразу", "уже", "ей", "им", "ему", "она", "он", "ну", "так", "да", "нет"})
)
"""Capitalised words that open a line and name nobody (`OPENERS`, and pronouns and particles)."""
_NOMINATIVE = (
    rf"(\[\[[^\]]*\]\]|\b(?!(?i:{_NOT_NAMES})\b)"
    r"[A-ZА-ЯЁ][\w'’-]+[^\W\dаяеуюАЯЕУЮ_])"
)
"""A contact named in the nominative, read as a man's name or a link: not an adverb, and not
"Маше", "Олегу", "Олега" (a woman's nominative, "Катя", is read in her verb's gender)."""
_HE_BEFORE = re.compile(
    r"(" + _NOMINATIVE + r"|(?i:\b(рекрутер|hr|эйчар|hm|тимлид|лид|он|сам|клиент)))\s*$"
)
"""A man or a role inviting ("Олег позвал на финал", "HR позвал на финал")."""
_CONTACT_TELLS = re.compile(
    _NOMINATIVE.replace("аяеуюАЯЕУЮ", "еуюЕУЮ")
    + r"\s+(написал|сказал|рассказал|сообщил|поделился|похвастался)(?!\w)"
)
"""A contact telling it in the masculine ("Дима написал: позвали на финал"): before a verb of
telling, a name is no one's object unless in the dative ("Маше написал")."""
_THROUGH = re.compile(
    r"\b(с (его|её|ее|их|\w+ой|\w+ы|\w+и) подачи|по (его |её |ее |их )?(рекомендаци|рефералк)\w*|"
    r"через (него|неё|нее|\[\[|(?!(HH|Zoom|LinkedIn|Teams|Telegram|Хабр|Djinni)\b)[A-ZА-ЯЁ])|"
    r"(thanks to|through) (him|her|them|[A-Z])|(его|её|ее) реферал)"
)
"""Someone the step came through ("с его подачи меня позвали на финал"): a referral."""


def advance(text: str) -> str | None:
    """The kind of value a line's news of a step forward is ("referral" for one that came
    through someone, "update" for the contact's own step, "vacancy" for a first invitation,
    "company_feedback" for a later round), or None when it tells of none, of one not taken,
    of one the owner tells or of the owner's own inviting."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return None  # most lines: no word of an invitation or a step at all
    text = text.replace("**", "").replace("__", "")  # "a **case study** round": emphasis aside
    if _UNSURE.search(text):
        return None
    told = _TOLD.search(text)
    if told and not (told.group(1) and _CONTACT_TELLS.search(text)):  # "Дима написал: …"
        return None
    kind = _kind(text)
    if kind and kind != "update" and _THROUGH.search(text):
        return "referral"
    return kind


def _kind(text: str) -> str | None:
    found = _RU.search(text)
    if found and (
        _DENIED_BEFORE.search(text[: found.start("verb")])
        or _DENIED_AFTER.search(text[found.end() :])
    ):
        return None  # "так и не пригласили на собес", "инвайт на финал не пришёл"
    if found:
        verb = found["verb"].casefold()
        own = verb in ("позвал", "пригласил") and not found["object"]
        if own and not _HE_BEFORE.search(text[: found.start()].rstrip(" (:,;—–-")):
            return None  # the owner's own invitation, in the voice the line is read in
        if found["whose"]:
            return "update"  # "её позвали на финал": the contact's own step
        first = re.fullmatch(_FIRST_RU, found["to"].casefold()) is not None
        return "vacancy" if first else "company_feedback"
    found = _EN.search(text.casefold())
    if found:
        first = not found["passed"] and _FIRST_EN.match(found["to"]) is not None
        return "vacancy" if first else "company_feedback"
    return None
