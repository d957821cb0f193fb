"""A feedback line that opens with the name of its side: "Areas of strength: ...", "Concerns:
...", "Зоны роста: ...", "Плюсы: ...". Scorecards and interview kits file each remark under such a
heading, so what follows it is praise or criticism by the writer's own word, whatever its
wording ("Areas of strength: asked for my opinion before committing to a design"). A heading
followed by nothing to report flips ("Concerns: none from my side", "Слабые стороны: не
выявлены"), and a line naming both sides ("Pros: ... Cons: ...") is left to the rules.
"""

from __future__ import annotations

import re
from typing import Literal

Side = Literal["strength", "improvement"]

_PRO = (
    r"areas? of strength|key strengths?|strengths?|strong points?|pros|плюсы|сильные стороны|"
    r"сильная сторона|что понравилось|what went well|highlights|strong|сильно|плюс|good|gut"
)
_CON = (
    r"areas? (?:for|of) (?:development|improvement|growth)|areas? to (?:improve|develop|work on)|"
    r"(?:development|growth|improvement) areas?|weaknesses|weak (?:points?|spots?)|cons|concerns?|"
    r"red flags?|минусы|зоны? роста|слабые стороны|слабая сторона|что улучшить|"
    r"что можно улучшить|что не понравилось|что подтянуть|weak|слабо|минус|schlecht|bad|плохо"
)
_LABEL = re.compile(
    rf"^\s*(?:[-*•]\s+)?(?:\*\*)?(?:(?P<pro>{_PRO})|(?P<con>{_CON}))(?:\*\*)?\s*[:：]\s*(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_BOTH = re.compile(rf"(?:^|[\s.;])(?:{_PRO}|{_CON})\s*[:：]", re.IGNORECASE)
_NOTHING = re.compile(
    r"^(?:none|nothing|no(?:ne)? (?:concerns?|issues|red flags?)|not (?:any|found|identified)|"
    r"нет\b|ничего|не (?:выявлен|обнаружен|найден|замечен)\w*|отсутству\w*)",
    re.IGNORECASE,
)
_NOT_APPLICABLE = re.compile(
    r"^(?:n/?a|tbd|\?)?\s*$|^(?:n/?a|tbd|not (?:assessed|covered|evaluated)|не оценива\w*)\b",
    re.IGNORECASE,
)


def labelled_side(text: str) -> Side | None:
    """The side the heading opening `text` files it under, or None where there is none (or
    the heading leaves it open: "N/A", or a second heading follows)."""
    found = _LABEL.match(text)
    if found is None:
        return None
    rest = found.group("rest").strip(" \t()—–-«»\"'")
    if _NOT_APPLICABLE.match(rest) or _BOTH.search(rest):
        return None
    side: Side = "strength" if found.group("pro") else "improvement"
    if _NOTHING.match(rest):
        return "improvement" if side == "strength" else "strength"
    return side
