"""What one interaction says about the relationship: value given or received, who took the
initiative, and whether the other side answered.

Read from tags first (`#given`, `#received`, `#given/referral`, `#by-me`, `#by-them`,
`#no-reply`, and their Russian twins), else from words, English and Russian. Each kind of
value is one pattern set; the direction (given or received) belongs to the kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Initiative = Literal["me", "them"]

GIVEN_KINDS: dict[str, tuple[str, ...]] = {
    "candidate_referral": (
        r"\b(referred|recommended|suggested|introduced|sent)\b[^.;]*\b(candidates?|friends?|"
        r"(former )?colleagues?|engineers?|developers?)\b",
        r"(рекомендовал|порекомендовал|посоветовал|предложил|скинул|отправил)\w*\s[^.;]*"
        r"(кандидат|знаком|коллег|друг|разработчик)",
    ),
    "market_info": (
        r"\bmarket\b",
        r"\bsalary (data|survey|ranges?|insights?)\b",
        r"\bрын(ок|ке|ка|ку|ком)\b",
        r"зарплатн\w* (вилк|данн|обзор)",
    ),
    "company_feedback": (
        r"\bfeedback (on|about) (the |their |a )?(company|process|client|team|employer)",
        r"\breview of (the )?(company|process|client)",
        r"отзыв\w* о (компани|процесс|клиент|команд|работодател)",
        r"впечатлени\w* о (компани|процесс|клиент)",
    ),
    "update": (
        r"\b(sent|shared|gave)\b[^.;]*\bupdates?\b",
        r"\bupdated? (her|him|them)\b",
        r"\b(sent|shared) (my )?(cv|resume|news)\b",
        r"(отправил|прислал|рассказал|поделил)\w*[^.;]*(обновлени|новост|апдейт|резюме)",
    ),
}
"""Value you gave, by kind: updates, market information, feedback on companies, candidates.
Patterns are matched against the casefolded text."""

RECEIVED_KINDS: dict[str, tuple[str, ...]] = {
    "vacancy": (
        r"\bvacanc(y|ies)\b",
        r"\b(job )?openings?\b",
        r"\b(sent|offered|shared|pitched|proposed)\b[^.;]*\b(role|position|job)\b",
        r"ваканси",
        r"(прислал|предложил|скинул|рассказал)\w*[^.;]*(позици|роль|работ)",
    ),
    "referral": (
        r"\breferr(ed|al)\b[^.;]*\bme\b",
        r"\b(recommended|referred|put) me\b",
        r"\breferral\b",
        r"рекомендовал\w* меня",
        r"(дал|дала|написал|написала)\w* (мне )?рекомендаци",
        r"реферал",
    ),
    "introduction": (
        r"\bintroduc(ed|tion)\b[^.;]*\bme\b",
        r"\bintro(duced)? (me )?to\b",
        r"\bconnected me\b",
        r"познакомил\w* (меня )?с",
        r"св[её]л\w* (меня )?с",
    ),
    "advice": (
        r"\badvi(ce|sed)\b",
        r"\btips?\b",
        r"\bcoached\b",
        r"\bсовет",
        r"подсказал",
        r"посоветовал\w* (мне|как)",
    ),
}
"""Value you received, by kind: vacancies, referrals, introductions, advice."""

STEMS: dict[str, tuple[str, ...]] = {
    "candidate_referral": (
        "referred",
        "recommended",
        "suggested",
        "introduced",
        "sent",
        "рекомендовал",
        "посоветовал",
        "предложил",
        "скинул",
        "отправил",
    ),
    "market_info": ("market", "salary", "рын", "зарплатн"),
    "company_feedback": ("feedback", "review", "отзыв", "впечатлени"),
    "update": ("sent", "shared", "gave", "update", "отправил", "прислал", "рассказал", "поделил"),
    "vacancy": (
        "vacanc",
        "opening",
        "sent",
        "offered",
        "shared",
        "pitched",
        "proposed",
        "ваканси",
        "прислал",
        "предложил",
        "скинул",
        "рассказал",
    ),
    "referral": ("referr", "recommended", "put me", "рекомендовал", "рекомендаци", "реферал"),
    "introduction": ("introduc", "intro", "connected me", "познакомил", "свел", "свёл"),
    "advice": ("advi", "tip", "coached", "совет", "подсказал"),
    "by_me": (
        "i ",
        "reached out to",
        "pinged",
        "messaged",
        "emailed",
        "wrote to",
        "я ",
        "написал",
        "позвонил",
        "по моей",
    ),
    "by_them": ("she ", "he ", "they ", " me", "мне", "сам", "инициатив"),
    "no_reply": (
        "no ",
        "didn",
        "did not",
        "ghosted",
        "silence",
        "не ",
        "без ответа",
        "тишина",
        "пропал",
    ),
    "replied": ("replied", "answered", "responded", "got back", "ответил"),
}
"""Per pattern set, words of which the text must hold one before the patterns are tried: a
substring test costs far less than a regular expression (a property test checks that this
shortcut never changes an answer)."""


class Signal:
    """A pattern set tried only on texts that hold one of its stems."""

    def __init__(self, stems: tuple[str, ...], patterns: tuple[str, ...]) -> None:
        self.stems = stems
        self.pattern = re.compile("|".join(patterns))
        """The set as one expression: what `search` answers (tests hold it to that)."""
        self._parts = tuple(Pattern(pattern) for pattern in patterns)

    def search(self, folded: str) -> bool:
        """True when the casefolded text matches."""
        for stem in self.stems:  # a plain loop: any() over a generator costs twice as much
            if stem in folded:
                for part in self._parts:  # noqa: SIM110 (a loop: any() costs 8% more here)
                    if part.search(folded):
                        return True
                return False
        return False


_AT_BOUNDARY = re.compile(r"\b")


class Pattern:
    """One pattern, searched fast: a leading `\\b` keeps Python's regex engine from skipping
    ahead to where the pattern's first letters are, so the rest is searched and `\\b` then
    checked where it matched (3x faster on interaction texts)."""

    def __init__(self, pattern: str) -> None:
        self._bounded = pattern.startswith(r"\b") and not _alternation_at_top(pattern)
        self._regex = re.compile(pattern[2:] if self._bounded else pattern)

    def search(self, folded: str) -> bool:
        """True when the pattern matches somewhere in `folded`."""
        if not self._bounded:
            return self._regex.search(folded) is not None
        found = self._regex.search(folded)
        while found is not None:
            if _AT_BOUNDARY.match(folded, found.start()):
                return True
            found = self._regex.search(folded, found.start() + 1)
        return False


def _alternation_at_top(pattern: str) -> bool:
    """True when `pattern` holds a `|` outside any group (`\\bx|y`: its `\\b` binds x alone)."""
    depth = 0
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


_TAG = re.compile(r"(?<![\w#])#([\w/-]+)", re.UNICODE)
_GIVEN_TAGS = {"given", "gave", "дал", "отдал", "помог"}
_RECEIVED_TAGS = {"received", "got", "получил"}
_BY_ME_TAGS = {"by-me", "i-initiated", "initiated-by-me", "я-написал", "инициатива-моя"}
_BY_THEM_TAGS = {"by-them", "they-initiated", "initiated-by-them", "мне-написали", "инициатива-их"}
_NO_REPLY_TAGS = {"no-reply", "no-answer", "без-ответа", "нет-ответа"}

BY_ME = Signal(
    STEMS["by_me"],
    (
        r"\bi (wrote|reached out|called|messaged|pinged|emailed|texted|contacted|sent)\b",
        r"\b(reached out to|pinged|messaged|emailed|wrote to) (her|him|them)\b",
        r"\bя( \w+)? (написал|позвонил|связался|предложил|отправил)",  # "я ей написал"
        r"\b(написал|написала|позвонил|позвонила) (ей|ему|им)\b",
        r"\bпо моей инициативе",
    ),
)
BY_THEM = Signal(
    STEMS["by_them"],
    (
        r"\b(she|he|they) (wrote|reached out|called|messaged|pinged|emailed|texted|contacted)\b",
        r"\b(reached out to|pinged|messaged|emailed|wrote to|called) me\b",
        r"\b(написал|написала|написали|позвонил|позвонила|позвонили) мне\b",
        r"\bсам(а)? (написал|позвонил|вышл|предложил)",
        r"\bпо (её|ее|его|их) инициативе",
    ),
)
NO_REPLY = Signal(
    STEMS["no_reply"],
    (
        r"\b(no (reply|answer|response)|did(n't| not) (reply|answer|respond)|ghosted|silence)\b",
        r"\bне (ответил|ответила|ответили)\b",
        r"\bбез ответа\b",
        r"\bтишина\b",
        r"\bпропал",
    ),
)
REPLIED = Signal(
    STEMS["replied"],
    (r"\b(replied|answered|responded|got back to me)\b", r"\b(ответил|ответила|ответили)\b"),
)
GIVEN = {kind: Signal(STEMS[kind], patterns) for kind, patterns in GIVEN_KINDS.items()}
RECEIVED = {kind: Signal(STEMS[kind], patterns) for kind, patterns in RECEIVED_KINDS.items()}


@dataclass(frozen=True, slots=True)
class Exchange:
    """What one interaction's words say."""

    given: tuple[str, ...] = ()
    """Kinds of value you gave (GIVEN_KINDS keys, or "other" for a bare #given tag)."""
    received: tuple[str, ...] = ()
    """Kinds of value you received (RECEIVED_KINDS keys, or "other")."""
    initiative: Initiative | None = None
    """Who reached out first, when the words say so."""
    answered: bool | None = None
    """True: they replied; False: no reply; None: the words do not say."""


@lru_cache(maxsize=1 << 16)  # the daemon reads the same entries on every save
def read_exchange(text: str) -> Exchange:
    """The value, initiative and answer one interaction's text speaks of."""
    tags = {tag.casefold() for tag in _TAG.findall(text)} if "#" in text else set()
    folded = text.casefold()
    given_words = [kind for kind, signal in GIVEN.items() if signal.search(folded)]
    received_words = [kind for kind, signal in RECEIVED.items() if signal.search(folded)]
    if "candidate_referral" in given_words and "referral" in received_words:
        received_words.remove("referral")  # "referred a candidate to her" is not a referral of me
    given = _tagged(tags, _GIVEN_TAGS, GIVEN_KINDS, given_words)
    received = _tagged(tags, _RECEIVED_TAGS, RECEIVED_KINDS, received_words)
    if not given and not received:  # a direction tag, when present, says which way it went
        given, received = given_words, received_words
    initiative: Initiative | None = None
    if tags & _BY_ME_TAGS or (not tags & _BY_THEM_TAGS and BY_ME.search(folded)):
        initiative = "me"
    elif tags & _BY_THEM_TAGS or BY_THEM.search(folded):
        initiative = "them"
    answered: bool | None = None
    if tags & _NO_REPLY_TAGS or NO_REPLY.search(folded):
        answered = False
    elif REPLIED.search(folded) or initiative == "them":
        answered = True
    return Exchange(tuple(given), tuple(received), initiative, answered)


_TAG_KINDS = {
    "referral": "candidate_referral",
    "candidate": "candidate_referral",
    "market": "market_info",
    "feedback": "company_feedback",
    "intro": "introduction",
    "job": "vacancy",
    "role": "vacancy",
}
"""Short names allowed after the slash of a tag (`#given/market`)."""


def _tagged(
    tags: set[str], plain: set[str], kinds: dict[str, tuple[str, ...]], from_words: list[str]
) -> list[str]:
    """Kinds named by direction tags: `#given/market` is "market_info"; a bare `#given` takes
    the kinds the words name, else "other"."""
    found = []
    for tag in sorted(tags):
        head, _, kind = tag.partition("/")
        if head not in plain:
            continue
        if not kind:
            found.extend(from_words or ["other"])
            continue
        kind = kind if kind in kinds else _TAG_KINDS.get(kind, "")
        found.append(kind if kind in kinds else "other")
    return list(dict.fromkeys(found))
