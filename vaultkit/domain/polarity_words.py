"""The words of feedback polarity: the stemmed cues of polarity.toml (praise, criticism, problem
nouns, doubts, negations, verbs of telling, advice, and phrases) and the score of one clause's
words, negations applied. domain/polarity.py cuts lines into clauses and reads each with this.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from vaultkit.domain.stemming import stem, stems

_SOMEWHAT = re.compile(r"[а-яё]{3}(?:ов|ев)ат(?:[аоы]|ый|ая|ое|ые)?$")
"""A Russian adjective made mild with -оват ("слабоват", "длинновато"): said of the candidate, a
softened criticism."""

_WINDOW = 3
_NONE_WINDOW = 8
"""How far back "нет" finds what is not there ("замечаний к выполнению практического задания у
комиссии не имеется")."""

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
    finding: frozenset[str]
    """Verbs of finding: a problem found ("нашёл 6 багов", "caught the race") is praise."""
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
        finding=stemmed("finding"),
        phrases={
            first: tuple(sorted(found, key=lambda item: -len(item[0])))
            for first, found in index.items()
        },
    )


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


def clause_words(text: str) -> tuple[list[str], frozenset[int]]:
    """The stems of `text`'s words, and the places where punctuation stands before one (a
    negation reaches no further)."""
    words: list[str] = []
    breaks: set[int] = set()
    for token in _TOKEN.findall(text.casefold().replace("’", "'")):  # "weren’t" as "weren't"
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


def _found(words: list[str], at: int, table: Cues) -> bool:
    """True where a verb of finding stands up to three words before the problem noun at `at`,
    with no negation from the word before that verb on ("we found no issues" is no finding)."""
    for start in range(max(0, at - _WINDOW), at):
        if words[start] in table.finding:
            return not any(
                word in table.negation or word.endswith("n't")
                for word in words[max(0, start - 1) : at]
            )
    return False


def scored(words: list[str], breaks: frozenset[int], table: Cues) -> tuple[int, bool]:
    """The score of a clause's words and whether it holds any polar cue; `breaks` are where
    punctuation stands before a word."""
    found = _cues_of(words, table)
    for cue in found:
        if cue.kind == "problem" and _found(words, cue.at, table):
            cue.value = 1  # "нашёл 6 багов на их стейдже": finding them is the skill

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
            last = cue.at + 1 >= len(words)
            following = "" if last or not reaches(cue.at, cue.at + 1) else words[cue.at + 1]
            if following not in table.telling and (following or last):
                cue.value = -1  # "не смог", "didn't ask", "Your design was not." (not "не, ну")
    return sum(cue.value for cue in found), any(cue.value for cue in found)
