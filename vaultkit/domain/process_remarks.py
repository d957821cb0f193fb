"""Feedback in a process's own log (a tracker note's company section), where whose process it
is goes without saying: what a daily log's entry would tell, else someone's word quoted after
their name ("Emma: \"great communication\"") or reported ("Ираклий сказал что технически всё
хорошо"), never a word on the company or on other candidates."""

from __future__ import annotations

import re

from vaultkit.domain.feedback_in_passing import QUOTE, remarks

_QUOTED_WORD = re.compile(
    r"(?:^|[.;—–]\s*|\s)(?-i:[A-ZА-ЯЁ])[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s*:\s*"
    r"[\"«“](?P<said>[^\"»”\n]{3,})[\"»”]"
)
"""Someone's word quoted after their name and a colon ("Emma: \"great communication\"", "Денис
после: «сильный system design»", "Алина передала: \"код чистый, но медленно\"")."""
_SAID_OF_ME = re.compile(
    r"(?:^|[.;]\s*|\s)(?:(?-i:[A-ZА-ЯЁ])[^\W\d_]+|интервьюер\w*|рекрутер\w*|hm|техлид\w*"
    r"|тимлид\w*|команд\w+|панел\w*|the panel|the team|interviewer)(?:\s+[^\W\d_]+){0,2}?"
    r"\s+(?:сказал[аи]?|написал[аи]?|передал[аи]?|объяснил[аи]?|отметил[аи]?|говорит"
    r"|said|wrote|mentioned|noted)(?:\s*,?\s*(?:что|that)|\s*:|(?=\s+(?:фидбек|feedback)\b))"
    r"\s+(?P<said>[^.!?\n]{3,})",
    re.IGNORECASE,
)
"""Someone's word on the owner in a process's own log, where whose process it is goes
without saying ("Ираклий сказал что технически всё хорошо, но…", "Sarah потом написала что
интервьюер отметил хороший английский", "Лаура сказала фидбек от команды позитивный")."""


def process_remarks(entry: str) -> list[str]:
    """What an entry of a process's own log (a tracker note's company section) tells of the
    owner: as a daily log's entry does (remarks), else someone's quoted or reported word."""
    said = remarks(entry)
    if said:
        return said
    quoted = _quoted_words(entry)
    said = quoted or [m["said"].strip() for m in _SAID_OF_ME.finditer(entry)]
    return [words for words in said if not _OF_THEM.search(words)]


def _quoted_words(entry: str) -> list[str]:
    """Each word quoted after a name and a colon, and the quotes that follow it in the entry
    ("Emma: \"great communication\", но мои ожидания \"a bit above the band\""), unless
    the words between give the quote to the owner ("I replied \"…\"")."""
    found: list[str] = []
    for match in _QUOTED_WORD.finditer(entry):
        found.append(match["said"].strip())
        end = match.end()
        for later in QUOTE.finditer(entry, end):
            if _QUOTED_WORD.match(entry, later.start()) or _MINE.search(entry[end : later.start()]):
                break
            found.append(later["said"].strip())
            end = later.end()
    return list(dict.fromkeys(found))


_MINE = re.compile(
    r"(?<![^\W\d_])(?:i|я|мы|we|ответил\w*|ответ|replied|answered|reply"
    r"|от меня|ей|ему|им|her|him|[A-ZА-ЯЁ][^\W\d_]+\s*:)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words between two quotes that make the second the owner's or another speaker's."""


_OF_THEM = re.compile(
    r"\b(?:our|their|we|they) (?:team|stack|process|management|office|culture)\b|management"
    r"|glassdoor|another candidate|other candidates?|the candidate (?:they|we)|\bpay\b|salar"
    r"|(?<![^\W\d_])(?:у нас|у них|менеджмент\w*|процесс\w*|отзыв\w*"
    r"|кандидат\w*,? (?:которого|которую)|(?:друг|втор|треть)\w+ кандидат\w*|платят|зарплат\w*"
    r"|офис\w*"
    r"|стек\w*|легаси|монолит\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""What a word on the company or on others says ("у нас сильная команда, но слабые процессы",
"в Wolt платят мало", "кандидат, которого взяли, очень сильный"): no feedback on the owner."""
