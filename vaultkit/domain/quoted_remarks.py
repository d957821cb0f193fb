"""The words someone said to the owner, quoted in a note: a quote that speaks to the owner
("Kadri: \"your background fits nicely\""), or one that opens on a skill of theirs ("Ольга в
конце: \"по софтам всё отлично, передаю в команду\"", "\"on the SQL part, solid\"");
never a question, a task, a plan or the owner's own words."""

from __future__ import annotations

import re

from vaultkit.domain.feedback_leads import SENTENCE_END

_ON_A_SKILL = re.compile(
    r"^\W*(?:по|on)\s+(?!(?:их|его|её|ее|нашим|нашему|моему|срок\w*|времени|процесс\w*|итог\w*"
    r"|план\w*|график\w*|телефону|почте|видео|zoom|рекомендаци\w*|слов\w*|результат\w*|поводу"
    r"|совет\w*|просьб\w*|факту|сути|ошибке|идее|возможности|правилам|умолчанию|их|their|our|his"
    r"|her|the (?:phone|call|way)|time|behalf|average|monday|tuesday|wednesday|thursday|friday)"
    r"(?![^\W\d_]))[^\W\d_]",
    re.IGNORECASE,
)
"""A quote that opens on a skill ("по софтам всё отлично", "on system design, solid"), not on
the process ("по срокам — до пятницы", "on Friday we decide")."""
_SPEAKER = re.compile(
    r"(?:(?-i:[A-ZА-ЯЁ])[^\W\d_]*|hr|рекрутер\w*|интервьюер\w*|тимлид\w*|лид\w*|cto|hm"
    r"|interviewer|recruiter|lead|manager|panel|team|команд\w*)\b[^:\"«“]*[:—–-]\s*$",
    re.IGNORECASE,
)
"""The lead of a quote on a skill: who said it, then a colon or a dash ("Ольга в конце: ",
"Nikhil — "); a quote alone on its line, or after a topic, is no one's word on the owner."""
_NOT_A_SPEAKER = re.compile(
    r"(?<![^\W\d_])(?:friend|друг\w*|подруг\w*|mock|мок\w*|себя|вывод\w*|ответил\w*|replied"
    r"|reply|topic|тема|round|раунд|этап\w*|posting|ad|вакансия)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Leads whose quote is no company's word on the owner: a friend's, a mock's, the owner's own
conclusion or reply, a round's topic, a posting's."""


def addressed_quotes(text: str) -> list[str]:
    """The words someone said to the owner, quoted in `text` ("Kadri: \"your background fits
    nicely\"", "- \"Your English is great, no concerns there\" — ура"): a quote of three words
    or more that speaks to the owner ("you", "ты", "вы"), or opens on a skill after who said it
    ("Ольга: \"по софтам всё отлично\""), and is no question ("What would you
    tell the PM first?", "спросил: \"как вы приоритизируете…\""), task, plan, promise, thanks
    or word on the process ("I'll come back to you by Friday", "ok, you're hired"), nor the
    owner's own ("Я сказала: \"…\"") or a job advert's ("Из описания: \"…\"")."""
    found: list[str] = []
    for match in _QUOTED.finditer(text):
        lead = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if _NOT_THEIRS.search(lead) or _TASK.match(match["said"]):
            continue
        if _AN_ITEM.fullmatch(lead) and _AN_AD.search(_led_by(text, match.start())):
            continue  # "From the JD: ¶ - \"You have a strong bias for action …\""
        spoken = bool(_SPEAKER.search(lead)) and not _NOT_A_SPEAKER.search(lead)
        found.extend(
            said
            for sentence in SENTENCE_END.split(match["said"])
            if len((said := sentence.strip()).split()) >= 3
            and (_TO_YOU.search(said) or (spoken and _ON_A_SKILL.match(said)))
            and not said.endswith("?")
            and not _NOT_A_REMARK.search(said)
        )
    return list(dict.fromkeys(found))


_AN_AD = re.compile(
    r"(?<![^\W\d_])(?:описани\w*|ваканси\w*|job description|jd|posting|the ad|объявлени\w*"
    r"|mission|values|about us|миссия|ценност\w*|сайт\w*|website|glassdoor)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A lead-in of a job advert's or the company's own words ("From the JD:")."""
_AN_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+")


def _led_by(text: str, at: int) -> str:
    """The line that leads in the list the line at `at` stands in, if one ends with a colon."""
    lines = text[: text.rfind("\n", 0, at) + 1].split("\n")[:-1]
    for line in reversed(lines):
        if line.strip() and not _AN_ITEM.match(line):
            return line if line.rstrip().endswith(":") else ""
    return ""


_TASK = re.compile(
    r"\W*(?:как|что|почему|зачем|какой|какая|каким|сколько|где|когда|how|what|why|which|when"
    r"|напишите|напиши|посчитайте|реализуйте|спроектируйте|опишите|write|implement|design"
    r"|build|calculate|explain)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A quote that opens as a question or a task ("как вы меряете успех…", "напишите запрос")."""
_NOT_THEIRS = re.compile(
    r"(?<![^\W\d_])(?:я|i|мы|we|мой|моя|my|спросил\w*|asked|вопрос\w*|question\w*|задач\w*"
    r"|task|лайвкодинг|live ?coding|описани\w*|ваканси\w*|job description|jd|posting|the ad"
    r"|объявлени\w*|mission|values|slogan|tagline|motto|glassdoor|reviews?|about us|миссия"
    r"|ценност\w*|слоган|девиз|отзыв\w*|о компании|сайт\w*|website)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words before a quote on its line that make it no remark on the owner: the owner's own
words, a question or a task they were set, a job advert, the company's words on itself."""


_QUOTED = re.compile(r"[\"“«](?P<said>[^\"”»\n]{8,})[\"”»]")
_TO_YOU = re.compile(
    r"(?<![^\W\d_])(?:ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твоих|вы|вас|вам|вами|ваш\w*"
    r"|you|your|yours|you're|you've)(?![^\W\d_])",
    re.IGNORECASE,
)
_NOT_A_REMARK = re.compile(
    r"(?<![^\W\d_])(?:i'll|we'll|i will|we will|will (?:get|come|be) back|get back|come back"
    r"|reach out|next steps?|thank\w*|thanks|спасибо|благодар\w*|вернусь|вернёмся|вернемся"
    r"|напишу|напишем|свяжемся|tell me|walk me|how would you|what would you|why did you"
    r"|how do you|what do you|расскажи\w*|как бы ты|почему ты|почему вы|как бы вы"
    r"|if you|would you like|можете|could you|can you|please|пожалуйста|придёт|придет|будет"
    r"|you'll|you will|offer|оффер\w*|hired|hire|наняли|have a role|есть роль|ваканси\w*"
    r"|overqualified|переквалифицирован\w*|contract|vacation|holidays?|stock|options|equity"
    r"|salary|bonus|passport|can expect|a decision (?:by|next|on|in|within)|decision by"
    r"|start date|starts|manager would|bring|отпуск\w*|контракт\w*|договор\w*|зарплат\w*"
    r"|опцион\w*|будете|решение (?:до|будет))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that make a quote no remark on the owner: a plan, a promise, thanks, a question or a
request put another way."""
