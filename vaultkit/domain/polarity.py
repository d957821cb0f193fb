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
is, else praise when any clause is, else neutral: never a silent default to criticism.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from vaultkit.domain.stemming import stem, stems

Polarity = Literal["strength", "improvement", "neutral"]
_CONTRAST = re.compile(
    r"\s*[,;]?\s*\b(?:but|however|although|though|whereas|that said|но|однако|хотя|зато"
    r"|тем не менее|при этом)\b|\s*,\s*yet\b"
    r"|\s*,?\s*\bа\s+вот\b|\s*,\s*а\s+(?!(?:не|потом|затем|также|ещё|еще)\b)|(?<=[.!?;])\s+"
    r"|\s*,?\s*(?=\b(?:except|apart from|other than|кроме)\b)",
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
_DENIAL_END = re.compile(r"\s*[,;—–]\s*")
_RATHER = re.compile(
    r"\s*,?\s*\b(?:а не|rather than|instead of)\b[^,.;!?]*"
    r"|,\s*not\s+(?!(?:only|just|yet|quite|always|enough|very|too|so|as|for|at|in|on|with|much|that)\b)"
    r"(?:\S+\s*){1,4}(?=[.!?]*\s*$)",
    re.IGNORECASE,
)
"""What a clause sets its point against ("metrics he knows from practice, not from books", "a
real lead, not a title"): the point is the clause, the foil says nothing of the candidate."""
_SOMEWHAT = re.compile(r"[а-яё]{3}(?:ов|ев)ат(?:[аоы]|ый|ая|ое|ые)?$")
"""A Russian adjective made mild with -оват ("слабоват", "длинновато"): said of the candidate, a
softened criticism."""
_WINDOW = 3
_NONE_WINDOW = 5
"""How far back "нет" finds what is not there ("замечаний к коммуникативным навыкам не имеется")."""
_VERB_NEGATIONS = frozenset({"not", "never", "n't", "не", "didn't", "doesn't", "wasn't"})


@dataclass(frozen=True, slots=True)
class Cues:
    """Stemmed evaluative words and phrases (polarity.toml)."""

    praise: frozenset[str]
    criticism: frozenset[str]
    problems: frozenset[str]
    doubts: frozenset[str]
    negation: frozenset[str]
    telling: frozenset[str]
    advice: frozenset[str]
    phrases: dict[str, tuple[tuple[tuple[str, ...], int], ...]]
    """First stem -> (phrase stems, value), longest first: +2 praise, -2 criticism, 0 neither."""


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The packaged cues."""
    text = resources.files("vaultkit").joinpath("polarity.toml").read_text(encoding="utf-8")
    table = tomllib.loads(text)

    def stemmed(name: str) -> frozenset[str]:
        return frozenset(stem(word.casefold()) for word in table[name])

    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name, value in (("praise_phrases", 2), ("criticism_phrases", -2), ("neutral_phrases", 0)):
        for phrase in table[name]:
            words = tuple(stems(phrase))
            if words:
                index.setdefault(words[0], []).append((words, value))
    praise = stemmed("praise")
    return Cues(
        praise=praise,
        criticism=stemmed("criticism") - praise,
        problems=stemmed("problems"),
        doubts=stemmed("doubts"),
        negation=stemmed("negation"),
        telling=stemmed("telling"),
        advice=stemmed("advice") - praise,
        phrases={
            first: tuple(sorted(found, key=lambda item: -len(item[0])))
            for first, found in index.items()
        },
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


def readings(text: str) -> list[tuple[str, Polarity]]:
    """Each clause of `text` with what it says. A clause with no cue that a contrast opens after
    praise ("по технике всё норм, но английский подкачал") is the criticism the contrast
    announces."""
    found: list[tuple[str, Polarity]] = []
    praised = False
    for part, opened in _cut(text):
        answer = clause_polarity(part)
        if answer == "neutral" and opened and praised and len(part.split()) > 1:
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
    score, any_cue = _score(*_words(_RATHER.sub("", f"{text} {after}")), cues())
    if denied:  # "не скажу, что слабый": what follows, up to a comma, is denied as a whole
        against, denied_cue = _score(*_words(_RATHER.sub("", denied)), cues())
        score, any_cue = score - against, any_cue or denied_cue
    for found in _RATING.finditer(text):
        got, scale = float(found.group(1).replace(",", ".")), float(found.group(2))
        if 0 < scale <= 10 and got <= scale:
            share = got / scale
            score += 2 if share >= 0.7 else -2 if share <= 0.5 else 0
            any_cue = True
    if _EXCEPT.match(text.strip()):  # "except the design part": what the praise left out
        return "improvement"
    if score > 0:
        return "strength"
    if score < 0 or any_cue:
        return "improvement"
    return "neutral"


def polarity(text: str) -> Polarity:
    """What a line of feedback says: improvement if any clause criticises, else strength if any
    praises, else neutral."""
    found = {answer for _, answer in readings(text)}
    for answer in ("improvement", "strength"):
        if answer in found:
            return answer
    return "neutral"


@dataclass(slots=True)
class _Cue:
    at: int
    value: int
    kind: str


def _cues_of(words: list[str], table: Cues) -> list[_Cue]:
    """Each cue of a clause in order, negations included (value 0), phrases read first."""
    found: list[_Cue] = []
    position = 0
    while position < len(words):
        word = words[position]
        phrase = next(
            (
                (len(stems_), value)
                for stems_, value in table.phrases.get(word, ())
                if tuple(words[position : position + len(stems_)]) == stems_
            ),
            None,
        )
        if phrase is not None:
            if phrase[1]:
                found.append(_Cue(position, phrase[1], "phrase"))
            position += phrase[0]
            continue
        kind, value = _kind_of(word, table)
        if kind:
            found.append(_Cue(position, value, kind))
        position += 1
    return found


def _kind_of(word: str, table: Cues) -> tuple[str, int]:
    if word in table.negation or word.endswith("n't"):
        return "negation", 0
    if word in table.praise:
        return "word", 1
    if word in table.criticism:
        return "word", -1
    if word in table.problems:
        return "problem", -1
    if word in table.doubts:
        return "doubt", 0
    if word in table.advice:
        return "advice", -2
    if _SOMEWHAT.search(word):  # "слабоват", "высоковаты", "тяжеловато": a mild criticism
        return "word", -1
    for prefix in ("не", "un"):
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            rest = word[len(prefix) :]
            if rest in table.praise:
                return "word", -1
            if rest in table.criticism and prefix == "не":
                return "word", 1
    return "", 0


_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[,:;()—–]")
_RATING = re.compile(
    r"(?<![\d.])(\d{1,2}(?:[.,]\d)?)\s*(?:балл\w*\s*|points?\s*)?"
    r"(?:/|из|out of)\s*(\d{1,2})(?![\d.])"
)
"""A score on a scale ("4/4", "2 балла из 5", "3 out of 5"): praise from 70 % up, criticism up to
half."""


def _words(text: str) -> tuple[list[str], frozenset[int]]:
    """The stems of `text`'s words, and the places where punctuation stands before one (a
    negation reaches no further)."""
    words: list[str] = []
    breaks: set[int] = set()
    for token in _TOKEN.findall(text.casefold()):
        if token[0].isalnum() or ord(token[0]) > 0x2500:
            words.append(stem(token))
        else:
            breaks.add(len(words))
    return words, frozenset(breaks)


_NONE_AFTER = frozenset({"нет", "none", "no", "ноль", "zero", "отсутств"})
_WAS = (
    "был",
    "возник",
    "наш",
    "замеч",
    "бывает",
    "припомн",
    "понадоб",
    "оказал",
    "поступ",
    "имеет",
)


def _says_none(words: list[str], at: int) -> bool:
    """True where the negation at `at` says that something was not there ("ошибок нет",
    "вопросов не возникло"), not that something was not done ("к вопросам не подготовился")."""
    if words[at] in _NONE_AFTER or words[at].startswith("отсутств"):
        return True
    following = words[at + 1] if at + 1 < len(words) else ""
    return following.startswith(_WAS)


def _score(words: list[str], breaks: frozenset[int], table: Cues) -> tuple[int, bool]:
    """The score of a clause's words and whether it holds any polar cue; `breaks` are where
    punctuation stands before a word."""
    found = _cues_of(words, table)

    def reaches(start: int, end: int) -> bool:
        return not any(start < place <= end for place in breaks)

    flipped: set[int] = set()
    for index, cue in enumerate(found):
        if cue.kind != "negation":
            continue
        before = (
            next(
                (
                    other
                    for other in reversed(found[:index])
                    if other.at >= cue.at - _NONE_WINDOW
                    and reaches(other.at, cue.at)
                    and other.kind in ("problem", "doubt")
                    and id(other) not in flipped
                ),
                None,
            )
            if _says_none(words, cue.at)
            else None
        )
        if before is not None:  # "ошибок нет", "нареканий по коммуникации нет"
            before.value = 1
            flipped.add(id(before))
            continue
        after = next(
            (
                other
                for other in found[index + 1 :]
                if other.at <= cue.at + _WINDOW
                and reaches(cue.at, other.at)
                and other.kind != "negation"
                and id(other) not in flipped
            ),
            None,
        )
        if after is not None and after.kind == "phrase" and words[after.at] in table.negation:
            flipped.add(id(after))  # negative concord: "ничего не знал" is "не знал"
        elif after is not None:
            after.value = {"word": -after.value, "phrase": -after.value, "advice": 0}.get(
                after.kind, 1
            )
            flipped.add(id(after))
        elif after is None and (words[cue.at] in _VERB_NEGATIONS or words[cue.at].endswith("n't")):
            following = (
                words[cue.at + 1] if reaches(cue.at, cue.at + 1) and cue.at + 1 < len(words) else ""
            )
            if following not in table.telling:
                cue.value = -1  # "не смог", "didn't ask", "Your design was not."
    return sum(cue.value for cue in found), any(cue.value for cue in found)
