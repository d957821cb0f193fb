"""Names as people write them in passing, unlinked: a contact's or a company's name in any of
its Russian cases ("Паше", "Скайфоре", "Полку"), capitalised (or in capitals) where it is a name,
looked up in a line by its first three letters before any pattern is tried."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")
_CAPITALISED = re.compile(r"(?<![^\W\d_])[^\W\d_a-zа-яё][^\W\d_]{2}")
"""A word's first three letters, where it opens with a capital ("Скайфоре", "VOLTWERK")."""

NameIndex = dict[str, list[tuple[str, str]]]
"""(name, what it names) by the first three letters of the name, casefolded."""


def name_index(names: Iterable[tuple[str, str]]) -> NameIndex:
    """An index of `names` (name, what it names) of three letters or more."""
    index: NameIndex = {}
    for name, owner in names:
        name = name.strip()
        opening = _WORD.match(name)
        if len(name) >= 3 and opening is not None:
            key = opening.group(0)[:3].casefold()
            index.setdefault(key, []).append((name, owner))
            declined_key = _DECLINED_STEMS.get(opening.group(0).casefold(), (key,))[0][:3]
            if declined_key != key:  # "Льву" of "Лев"
                index.setdefault(declined_key, []).append((name, owner))
            first = opening.group(0).casefold()
            if len(first) == 3 and first[-1] in "ая" and _CYRILLIC.search(first):
                for ending in "аяиыеую":  # "Олей", "Ане", "Юлю": the third letter declines
                    if first[:2] + ending != key:
                        index.setdefault(first[:2] + ending, []).append((name, owner))
    return index


def capitalised_keys(text: str) -> tuple[str, ...]:
    """The first three letters, casefolded, of each capitalised word of `text` (of every word,
    in a line written all in small letters: dictated): the keys of a NameIndex it may hold (a
    tuple: a build keeps them for every dated line)."""
    if dictated(text):
        return tuple({word[:3].casefold() for word in _WORD.findall(text)})
    return tuple({word[:3].casefold() for word in _CAPITALISED.findall(text)})


_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def dictated(text: str) -> bool:
    """Whether a line in Russian is written in small letters but perhaps its first word, as a
    phone's dictation writes it ("созвонились с олей почти час"): names in it are small too."""
    if not _CYRILLIC.search(text) or "[[" in text:
        return False  # a line with links was typed, not dictated
    words = _CYRILLIC_WORD.findall(text)
    latin = len(_LATIN_WORD.findall(text))
    if len(words) < 3 or latin * 2 > len(words):
        return False  # mostly other words than Russian ones: no dictation to read
    return not any(word[:1].isupper() for word in words[1:])


_WORD_NAMES = frozenset(
    "лев вера надежда любовь слава роман рома мила марина роза лилия виктория мира мир лада "
    "злата майя мая ива макс марк заря лина".split()
)
"""Names that are words too ("роман", "вера", "макс"): in small letters, never a name."""


def named_in(
    index: NameIndex, text: str, keys: tuple[str, ...] | None = None
) -> list[tuple[re.Match[str], str]]:
    """Where `text` names one of the index's names, as a name (capitalised), with what it
    names (`keys`: its capitalised_keys, where they were found before)."""
    keys = tuple(key for key in (capitalised_keys(text) if keys is None else keys) if key in index)
    if not keys:
        return []
    folded = text.casefold()
    candidates = {entry for key in keys for entry in index[key] if _stem(entry[0]) in folded}
    small = not text.isupper()
    return [
        (match, owner)
        for name, owner in sorted(candidates)  # in one order, whatever the hash seed
        for match in _pattern(name).finditer(text)
        if (
            match.group(0)[:1].isupper()
            or (small and name.split()[0].casefold() not in _WORD_NAMES and dictated(text))
        )
        and not _a_word(match, text)
    ]


def _a_word(match: re.Match[str], text: str) -> bool:
    """Whether a name's form is a word too, written as a word: in small letters, or opening a
    sentence ("Люди из Авито написали", "Слава богу", "Тема созвона", "ели пиццу")."""
    if match.group(0).casefold() not in _WORD_FORMS:
        return False
    before = text[: match.start()].rstrip(" \t*_>-•")
    return match.group(0)[:1].islower() or not before or before[-1] in ".!?:;—–"


_WORD_FORMS = frozenset(
    """люди людей людям тема темы теме тему темой слава славы славе славу славой света свету
    свете светом жена жены жене жену женой ели ела вера веры вере веру верой роман романа
    роману романом романе мир мира миру миром мила милая макс поля поле полю полей милана
    милане милану валю кости костей гены генов соня сони соню дана дано""".split()
)
"""Forms of names that are words as well ("люди" of Люда, "тема" of Тёма, "жене" of Женя,
"ели" of Eli)."""


@lru_cache(maxsize=4096)
def _stem(name: str) -> str:
    """What every case form of `name` holds, casefolded (a quick look before the pattern):
    a Cyrillic name without its last letter ("Паш" for "Паше"), a Latin name whole; of a name
    whose vowel drops, what it shares with its cases ("Пав" for "Павел", "Павлу")."""
    folded = name.casefold()
    if " " in folded and _CYRILLIC.search(folded):
        return _stem(name.split(" ")[0])  # "Серёгой Мироновым": each word declines
    if folded in _DECLINED_STEMS:
        return _DECLINED_STEMS[folded][1]
    return folded[:-1] if _CYRILLIC.search(name[-1:]) else folded


@lru_cache(maxsize=4096)
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){declined(name)}(?![\w-])", re.IGNORECASE)


_INITIAL = re.compile(r"(?P<first>\S+) (?P<letter>[A-ZА-ЯЁ])\.")


def declined(name: str) -> str:
    """A pattern for `name` and, written in Cyrillic, its case forms ("Паше", "Сергею",
    "Ирину", "Скайфоре", "Полки"); an English name may take "'s"; a first name with the
    surname's initial ("Лена М.") declines its first name ("Лене М.")."""
    initial = _INITIAL.fullmatch(name)
    if initial is not None:
        return declined(initial["first"]) + r"\s+" + re.escape(initial["letter"]) + r"\."
    if not _CYRILLIC.search(name[-1:]):
        return re.escape(name) + r"(?:'s|’s)?"
    if " " in name.strip():  # "Анной Ивановой", "Серёгой Мироновым": every word declines
        return r"\s+".join(declined(word) for word in name.split())
    if name.casefold() in _DECLINED_STEMS:  # "Павел", "Павла", "Павлу"
        stem = re.escape(_DECLINED_STEMS[name.casefold()][0])
        return rf"(?:{re.escape(name)}|{stem}(?:а|у|е|ом))"
    last = name[-1].casefold()
    if last in "ая":
        return re.escape(name[:-1]) + r"(?:а|я|и|ы|е|у|ю|ой|ей)"
    if last == "й":
        return re.escape(name[:-1]) + r"(?:й|я|ю|ем|е)"
    return re.escape(name) + r"(?:а|у|е|ом|ем|ым|ы|и|ов)?"


_DIGRAPHS = (
    ("sch", "ш"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "ё"),
    ("ts", "ц"),
    ("th", "т"),
    ("ph", "ф"),
    ("ck", "к"),
    ("ão", "ау"),
)
_DIGRAPH_OPENINGS = frozenset(d[:2] for d, _ in _DIGRAPHS)
_LETTERS = {
    "a": "а",
    "b": "б",
    "c": "к",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "q": "к",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "v": "в",
    "w": "в",
    "x": "кс",
    "y": "и",
    "z": "з",
    "á": "а",
    "à": "а",
    "â": "а",
    "ã": "а",
    "é": "е",
    "è": "е",
    "ê": "е",
    "ë": "е",
    "í": "и",
    "î": "и",
    "ï": "и",
    "ó": "о",
    "ô": "о",
    "õ": "о",
    "ú": "у",
    "ü": "у",
    "ç": "с",
    "ñ": "нь",
}
"""Latin letters as Russian writes them in names."""
_ENDINGS = {"ia": "ия", "ah": "а", "ie": "и", "y": "и"}
"""A name's last letters as Russian writes them ("Maria", "Sarah", "Julie", "Andy")."""


@lru_cache(maxsize=16384)
def cyrillic_spellings(name: str) -> frozenset[str]:
    """How a Latin first name is written in Cyrillic by people who write Russian ("Rui" as
    "Руи", "Inês" as "Инес", "Joana" as "Жоана" or "Джоана"); none for a name already
    Cyrillic or holding letters the table does not know."""
    folded = name.casefold()
    if not folded.isalpha() or _CYRILLIC.search(folded):
        return frozenset()
    spelled = [""]
    at = 0
    while at < len(folded):
        found = (
            next(((d, c) for d, c in _DIGRAPHS if folded.startswith(d, at)), None)
            if folded[at : at + 2] in _DIGRAPH_OPENINGS
            else None
        )
        ending = _ENDINGS.get(folded[at:])
        if ending is not None:  # "Maria": "Мария", "Sarah": "Сара"
            step, options = len(folded) - at, [ending]
        elif at == 0 and folded.startswith("je"):  # Serbian "Jelena": "Елена"
            step, options = 2, ["е", "йе"]
        elif at == 0 and folded[0] == "e":  # "Erik": "Эрик"; "Elena": "Елена"
            step, options = 1, ["э", "е"]
        elif found is not None:
            step, options = len(found[0]), [found[1]]
        elif folded[at] == "j":
            step, options = 1, ["ж", "дж"]
        elif folded[at] in _LETTERS:
            step, options = 1, [_LETTERS[folded[at]]]
        else:
            return frozenset()
        spelled = [done + option for done in spelled for option in options]
        at += step
    if folded.endswith("sia") and len(folded) <= 5:  # Polish "Kasia", "Zosia": "Кася", "Зося"
        spelled += [word[:-3] + "ся" for word in spelled if word.endswith("сия")]
    return frozenset(word[:1].upper() + word[1:] for word in spelled)


_DECLINED_STEMS = {
    "павел": ("павл", "пав"),
    "лев": ("льв", "л"),
    "пётр": ("петр", "п"),
    "петр": ("петр", "петр"),
}
"""Names whose vowel drops as they decline ("Павел", "Павла", "Павлу"): the stem of their
cases, and what it shares with the name."""
_VOWEL_DROPPED = {
    "павел": "павлу",
    "лев": "льву",
    "пётр": "петру",
    "петр": "петру",
    "любовь": "любови",
}
"""Names whose vowel drops, or whose soft sign turns, as they decline: their dative."""


def dative_forms(name: str) -> set[str]:
    """The forms of a Cyrillic name in the dative, casefolded: to whom ("Елене", "Ане",
    "Стефану", "Сергею", "Игорю", "Марии"); none for a Latin name."""
    folded = name.casefold()
    if not folded or not _CYRILLIC.search(folded[-1]):
        return set()
    if folded in _VOWEL_DROPPED:
        return {_VOWEL_DROPPED[folded]}  # "Павлу", "Льву", "Петру"
    if folded.endswith("ия"):
        return {folded[:-1] + "и"}
    if folded[-1] in "ая":
        return {folded[:-1] + "е"}
    if folded[-1] in "йь":
        return {folded[:-1] + "ю"}
    return {folded + "у"}


def is_form_of(word: str, name: str) -> bool:
    """Whether `word` is `name` in one of its case forms ("Кате" of "Катя")."""
    return _pattern(name).fullmatch(word) is not None
