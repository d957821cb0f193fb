"""Polarity of feedback: what a line says of the candidate, praise (strength), criticism
(improvement), or nothing either way (neutral), read from evaluative words and phrases.

A line is cut into clauses at contrasts ("strong X, but weak Y", "хорошо, а вот ...") and
sentence ends; each clause is scored on its own. Phrases decide before words ("не хватает",
"could be stronger", "самое то"). A negation flips the polar word up to three words after it
("не уверен", "not clear") and a problem noun up to three words before it ("ошибок нет",
"нареканий по коммуникации нет"); a negated verb with nothing polar near it is criticism ("не
смог", "didn't ask") unless it is a verb of telling ("подробностей не дали"). A Russian word
made with "не" reads as the opposite of the word it negates ("неоптимальное", "неплохо"), an
English one with "un" too ("unclear"). Advice to the candidate ("стоит подтянуть", "should")
weighs more than one praise word. Hedges ("кажется", "seemed") change nothing: they soften, they
do not reverse. A litotes ("не скажу, что слабый", "I wouldn't say weak") denies what follows it;
a foil the point is set against ("..., а не по книжкам", "a lead, not a title") says nothing; a
word made mild with -оват ("грязноват") still criticises; a clause with no cue that a contrast
opens after praise ("всё норм, но английский подкачал") is the criticism it announces; a
negated verb of process ("не обсуждалась", "not required", "decided not to proceed") says
nothing of the candidate. A clause with no cue says nothing; a line is criticism when any clause
is, else praise when any clause is, else neutral: never a silent default to criticism. A line
that is only a grade ("C+", "удовл.", "meh", "★★☆☆☆", "Grade: C+") is that grade's side.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from vaultkit.domain.polarity_words import clause_words, cues, scored
from vaultkit.domain.side_labels import labelled_side

Polarity = Literal["strength", "improvement", "neutral"]
_CONTRAST = re.compile(
    r"\s*[,;]?\s*\b(?:but|however|although|though|whereas|that said|но|однако|хотя(?!\s+бы)|зато"
    r"|тем не менее|при этом)\b|\s*,\s*yet\b"
    r"|\s*,?\s*\bа\s+вот\b|\s*,\s*а\s+(?!(?:не|потом|затем|также|ещё|еще)\b)|(?<=[.!?;])\s+"
    r"|\s*,?\s*(?=\b(?:except|apart from|other than|кроме)\b)"
    r"|\s*,\s*хотя\s+бы\b"  # "понятная, хотя бы README добавить"; not "фидбек хотя бы норм"
    r"|\s+(?:[—–]|--?)\s+(?=(?:(?:they|we|he|she)(?:'d|\s+would)\s+(?:love|like|want|prefer)"
    r"|(?:they|we|he|she)\s+(?:just|only|simply|still|wanted|needed|were looking)"
    r"|just|only|but|просто|но|однако)\b)",  # "liked you — they just needed …", "— they'd
    # love to see more numbers"; not "— we need that here"
    re.IGNORECASE,
)
_NOT_ONLY = re.compile(r"\b(?:not only|не только)\b", re.IGNORECASE)
"""'Not only X but also Y': one thought, no contrast."""
_EXCEPT = re.compile(r"^(?:except|apart from|other than|кроме)\b", re.IGNORECASE)
"""A clause opened by 'except' names what was not praised ("everything except the design")."""
_LITOTES = re.compile(
    r"\b(?:не скажу|не могу сказать|нельзя сказать|не сказала? бы|i wouldn't say|i would not say"
    r"|i can't say|i cannot say)\s*,?\s*(?:что(?:бы)?|that)?\s*",
    re.IGNORECASE,
)
"""'I can't say the design was weak': a denial of what follows, not of the saying."""
_ARRANGED = re.compile(
    r"confirm|reschedul|booked|calendar|invite|deadline|slot|перенес|перенос|назнач"
    r"|дедлайн|слот|календар|приглашени",
    re.IGNORECASE,
)
"""What arranging an interview is about: a "brilliant" or "отлично" in it greets the news and
says nothing of the candidate ("Brilliant, the panel is confirmed for the 14th")."""
_STARS = re.compile(r"[★☆]{3,}")
"""A score in stars ("★★★★☆"), read as one on a scale."""
_DENIAL_END = re.compile(r"\s*[,;—–]\s*")
_RATHER = re.compile(
    r"\s*,?\s*\b(?:а не|rather than|instead of)\b(?!\s+(?:senior|сеньор|синьор|лид|lead|staff|l\d))"
    r"[^,.;!?]*"
    r"|,\s*not\s+(?!(?:only|just|yet|quite|always|enough|very|too|so|as|for|at|in|on|with|much|that)\b)"
    r"(?:\S++\s*){1,4}(?=[.!?]*\s*$)",
    re.IGNORECASE,
)
"""What a clause sets its point against ("metrics he knows from practice, not from books", "a
real lead, not a title"): the point is the clause, the foil says nothing of the candidate."""
_THEIR_NEED = re.compile(
    r"\b(?:fits?(?:\s+\w+ly)?\s+(?:with|into)|match(?:es)?|aligns?\s+with|(?:is\s+)?(?:exactly"
    r"|just|precisely))\s+what\s+(?:(?:the|our|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:team|company|role|business|group|project|client|customer|org\w*|they|we)\s+"
    r"(?:really\s+|currently\s+)?(?:needs?|needed|wants?|is looking for|are looking for)\b"
    r"|(?<![^\W\d_])(?:ровно|именно|как раз|точно)\s+то,?\s+что\s+(?:сейчас\s+)?"
    r"(?:нужно|нужен|нужна|нужны|надо|требуется)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:команде|компании|нам|им|проекту|заказчику|клиенту|отделу)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The team's need a candidate meets ("fits nicely with what the Rides team needs", "ровно то,
что нужно команде"): said of them, no advice to them; not where the need is the subject ("what
the team needs is more depth"), nor denied ("not exactly what the team needs", "вряд ли это
то, что нужно")."""
_NEED_AS_SUBJECT = re.compile(r"\s*(?:(?:is|are|was|were)\b|[—–:-])", re.IGNORECASE)
_DENIED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bfar from|\bhardly|\bnever|\bno longer|(?<![^\W\d_])(?:не|вряд ли|мимо|нет))"
    r"\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def _their_need(text: str) -> str:
    """`text` with a need of the team it meets written as praise ("what they need")."""
    folded = text.casefold()
    if not any(word in folded for word in ("need", "want", "looking", "нуж", "надо", "треб")):
        return text
    return _THEIR_NEED.sub(
        lambda found: (
            found.group(0)
            if _NEED_AS_SUBJECT.match(text, found.end())
            or _DENIED_BEFORE.search(text, 0, found.start())
            else "what they need"
        ),
        text,
    )


_MARKS = (
    "but",
    "however",
    "though",
    "whereas",
    "that said",
    "yet",
    "но",
    "однако",
    "хотя",
    "зато",
    "тем не менее",
    "при этом",
    ", а",
    "а вот",
    "except",
    "apart from",
    "other than",
    "кроме",
    ". ",
    " — ",
    " – ",
    " - ",
    " -- ",
    "! ",
    "? ",
    ";",
)
"""What a contrast or a sentence end has in it, looked for before the regex runs (most lines
have none, and the split costs more than the look)."""


def clauses(text: str) -> list[str]:
    """`text` cut at its contrasts and sentence ends, each clause stripped (none empty); a
    "not only ..., but ..." is one clause."""
    return [part for part, _ in _cut(text)]


def _cut(text: str) -> list[tuple[str, bool]]:
    """The clauses of `text`, each with whether a contrast word ("but", "но", "а вот") opens it."""
    folded = text.casefold()
    if not any(mark in folded for mark in _MARKS):
        stripped = text.strip(_EDGES)
        return [(stripped, False)] if stripped else []
    splitter = _SENTENCE if _NOT_ONLY.search(text) else _CONTRAST
    found: list[tuple[str, bool]] = []
    start, opened = 0, False
    for mark in splitter.finditer(text):
        if mark.end() == mark.start():
            continue
        part = text[start : mark.start()].strip(_EDGES)
        if part:
            found.append((part, opened))
        start, opened = mark.end(), any(char.isalpha() for char in mark.group(0))
    part = text[start:].strip(_EDGES)
    if part:
        found.append((part, opened))
    return found


_EDGES = " ,;.—–-"


_MARK = re.compile(r"^\s*(?:([+−])\s+|([➕➖✅❌]))")
_MARKED: dict[str, Polarity] = {
    "+": "strength",
    "➕": "strength",
    "✅": "strength",
    "−": "improvement",
    "➖": "improvement",
    "❌": "improvement",
}
"""A pro or a con mark opening a line ("+ ", "➖"): what a first clause with no cue says. A plain
"- " is no mark: it is the everyday list marker (feedback.split_items turns a pros-and-cons
list's "-" into "−")."""


def pro_or_con(text: str) -> Polarity | None:
    """The side a pro or con mark opening `text` puts it on, or None where there is no mark."""
    mark = _MARK.match(text)
    return _MARKED[mark.group(1) or mark.group(2)] if mark else None


_ELSEWHERE = re.compile(
    r"закрыл|закрыт|заморо|внутренн|бюджет|headcount|freeze|frozen|filled|internal|budget"
    r"|другого кандидата|другой кандидат|another candidate|other candidate",
    re.IGNORECASE,
)
"""A reason that lies outside the candidate ("но позицию закрыли внутренним кандидатом"): what
follows praise and a contrast there is no criticism."""


def readings(text: str) -> list[tuple[str, Polarity]]:
    """Each clause of `text` with what it says. A clause with no cue that a contrast opens after
    praise ("по технике всё норм, но английский подкачал") is the criticism the contrast
    announces; a first clause with no cue after a pro or con mark says what the mark says."""
    found: list[tuple[str, Polarity]] = []
    praised = False
    marked = pro_or_con(text) or "neutral"
    for part, opened in _cut(text):
        answer = clause_polarity(part)
        if answer == "neutral" and not found:  # "+ сам нашёл гонку": a pro in a pros list
            answer = marked
        elif (
            answer == "neutral"
            and opened
            and praised
            and len(part.split()) > 1
            and not _ELSEWHERE.search(part)
        ):
            answer = "improvement"
        praised = praised or answer == "strength"
        found.append((part, answer))
    return found


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


@lru_cache(maxsize=65536)
def clause_polarity(text: str) -> Polarity:
    """What one clause says: strength, improvement, or neutral where it has no cue. A negation
    reaches no further than a comma; praise and criticism in equal measure are criticism (the
    clause holds something to work on). A litotes ("не скажу, что слабый") negates what
    follows it; a foil ("..., а не по книжкам") is left out."""
    text, _, denied = _LITOTES.sub("\0", text).partition("\0")
    denied, _, after = _DENIAL_END.sub("\0", denied, count=1).partition("\0")
    score, any_cue = scored(*clause_words(_RATHER.sub("", _their_need(f"{text} {after}"))), cues())
    if denied:  # "не скажу, что слабый": what follows, up to a comma, is denied as a whole
        against, denied_cue = scored(*clause_words(_RATHER.sub("", denied)), cues())
        score, any_cue = score - against, any_cue or denied_cue
    for found in _RATING.finditer(text):
        got, scale = float(found.group(1).replace(",", ".")), float(found.group(2))
        if 0 < scale <= 10 and got <= scale:
            share = got / scale
            score += 2 if share >= 0.7 else -2
            any_cue = True
    for stars in _STARS.finditer(text):  # "★★★★☆"
        score += 2 if stars.group(0).count("★") / len(stars.group(0)) >= 0.7 else -2
        any_cue = True
    if _EXCEPT.match(text.strip()):  # "except the design part": what the praise left out
        return "improvement"
    if score > 0:
        return "neutral" if score < 2 and _ARRANGED.search(text) else "strength"
    if score < 0 or any_cue:
        return "improvement"
    return "neutral"


def polarity(text: str) -> Polarity:
    """What a line of feedback says: improvement if any clause criticises, else strength if any
    praises, else neutral; a line filed under a side's heading ("Concerns: ...") or opened by a
    pro or con mark ("+ ..., хотя никто не спрашивал") is that side: the writer said so. In the
    training sets, 161 of 164 marked lines are labelled with their mark's side."""
    side = labelled_side(text) or pro_or_con(text) or grade(text)
    if side is not None:
        return side
    found = {answer for _, answer in readings(text)}
    for answer in ("improvement", "strength"):
        if answer in found:
            return answer
    return "neutral"


_RATING = re.compile(
    r"(?<![\d.])(\d{1,2}(?:[.,]\d)?)\s*(?:балл\w*\s*|points?\s*)?"
    r"(?:/|из|out of)\s*(\d{1,2})(?![\d.])"
)
"""A score on a scale ("4/4", "2 балла из 5", "3 out of 5"): praise from 70 % up, criticism
below ("3/5" is the weak point of a scorecard)."""


_LETTERS: dict[str, Polarity] = {
    **dict.fromkeys(("A", "A+", "A-", "B+"), "strength"),
    **dict.fromkeys(("C", "C+", "C-", "D", "D+", "D-", "F"), "improvement"),
}
"""Letter grades, written as capitals ("(c)" or "plan a" is none)."""
_GRADES: dict[str, Polarity] = {
    **dict.fromkeys(
        (
            "отл",
            "5+",
            "отлично",
            "пятёрка",
            "пятерка",
            "на пятёрку",
            "на пятерку",
            "зачёт",
            "зачет",
            "топ",
            "top",
        ),
        "strength",
    ),
    **dict.fromkeys(
        (
            *"неуд удовл тройка троечка двойка незачёт незачет провал норм-".split(),
            *"mid meh so-so ok-ish okay-ish borderline rough bombed".split(),
            "на троечку",
            "на грани",
            "ну такое",
            "bombed it",
        ),
        "improvement",
    ),
}
"""A line that is a grade and nothing else, or a grade after its label ("Grade: C+",
"behavioral: so-so", "system design: провал"): a school mark or a letter ("A-", "C+",
"пятёрка", "удовл.") or a verdict in a word of slang ("meh", "mid", "ну такое"). Alone on a
line it is the writer's score. Not "Fair": below "Good" on a scorecard, but as often the
owner's "Honestly? Fair." to what they were told."""
_GRADE_EDGES = " .!?…\"'«»“”*_"
_LIST_MARK = re.compile(r"^\s*(?:[-*+•>]\s+)?")
_LABEL = re.compile(r"^[^:—–]{1,30}(?::|\s[—–])\s*")
_NOT_THEIRS = re.compile(
    r"perk|benefit|salary|office|glassdoor|weather|mood|process|interviewer|company|product|"
    r"офис|зп|зарплат|вилк|погод|настроени|процесс|интервьюер|компани|продукт|бенефит",
    re.IGNORECASE,
)
"""A label naming what is graded that is not the candidate ("benefits: meh", "Glassdoor:
★★☆☆☆"): the grade says nothing of them."""
_EMOJI_END = re.compile(r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+$")


def grade(text: str) -> Polarity | None:
    """The side a line that is only a grade ("C+", "удовл.", "meh", "★★☆"), or a grade after a
    label ("Grade: C+"), is on, or None."""
    bare = _LIST_MARK.sub("", text, count=1).strip(_GRADE_EDGES)
    if len(bare) > 40:
        return None
    label = _LABEL.match(bare)
    if label and _NOT_THEIRS.search(label.group(0)):
        return None
    bare = bare[label.end() :].strip(_GRADE_EDGES) if label else bare
    if len(bare) > 12:
        return None
    if _STARS.fullmatch(bare):
        return "strength" if bare.count("★") / len(bare) >= 0.7 else "improvement"
    bare = _EMOJI_END.sub("", bare).strip(_GRADE_EDGES)
    return _LETTERS.get(bare) or _GRADES.get(bare.casefold())
