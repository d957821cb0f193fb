"""How to address a contact: the language to write to them in (their `language` property, else
the letters of their name) and the name a greeting uses (a Russian name with its patronymic)."""

from __future__ import annotations

import re
from typing import Literal

from vaultkit.domain.short_names import GIVEN_NAMES
from vaultkit.model import Note

CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


_LANGUAGE_WORDS: dict[Literal["en", "ru"], str] = {
    "ru": "ru rus russian русский рус ру",
    "en": "en eng english английский англ",
}


_LANGUAGES = {
    word: language for language, words in _LANGUAGE_WORDS.items() for word in words.split()
}
"""How a contact's `language` property may name the language to write to them in."""


_PATRONYMIC = re.compile(r"(?:ич|вна|ична|инична)$", re.IGNORECASE)


def addressed_as(name: str) -> str:
    """The given name in a contact's name, as a greeting uses it: the first word ("Anna
    Petrova" -> Anna), or, in a Russian full name with a patronymic, the name and patronymic
    a business letter uses, in either order ("Белова Ирина Сергеевна" and "Ирина Сергеевна
    Белова" -> Ирина Сергеевна)."""
    words = [word.strip(_NOT_OF_A_NAME) for word in name.split()]
    words = [word for word in words if word]
    if len(words) == 3:  # the middle word first: a given name never ends as a patronymic,
        # a surname may (Шостакович)
        if _PATRONYMIC.search(words[1]):
            return f"{words[0]} {words[1]}"
        if _PATRONYMIC.search(words[2]):
            return f"{words[1]} {words[2]}"
    if len(words) == 2 and _surname_first(*words):
        words = words[::-1]  # "Сорокина Вика.md", as Russian speakers file people: "Вика"
    return words[0] if words and is_a_name(words[0]) else ""


def _surname_first(first: str, second: str) -> bool:
    """Whether a Cyrillic two-word name puts the surname first ("Гусев Дмитрий", "Ким Анна",
    "Беридзе Нино"): the second word is a known given name and the first is not (not "Алина
    Ким", "Лев Гуревич")."""
    if not (CYRILLIC.search(first) and CYRILLIC.search(second)):
        return False
    return second.casefold() in GIVEN_NAMES and first.casefold() not in GIVEN_NAMES


_NOT_OF_A_NAME = ".,;:!?()[]{}\"'«»“”„<>*_#@/\\|%"
"""Marks around a word that are not part of a name ("Anna," and "(Stripe)")."""
_NOT_NAMES = frozenset(
    "hr recruiter recruiters recruiting team talent hiring the mr mrs ms dr prof sir madam "
    "рекрутер рекрутерка эйчар hr-менеджер команда отдел господин госпожа уважаемый "
    "уважаемая".split()
)


def greeting_name(written: str) -> str:
    """A name as written in a `first_name` property, without the marks around it that are not
    part of it ("Anna," and "«Ольга»" greet as Anna and Ольга)."""
    words = (word.strip(_NOT_OF_A_NAME) for word in written.split())
    return " ".join(word for word in words if word)


def is_a_name(word: str) -> bool:
    """True when a greeting may use `word`: letters (a hyphen or an apostrophe inside), a capital
    first, not a role or a title ("HR", "Recruiter", "Dr"), not an abbreviation in capitals."""
    if not word or not word[0].isupper() or word.casefold() in _NOT_NAMES:
        return False
    if len(word) <= 4 and word.isupper():
        return False
    return all(char.isalpha() or char in "-'’" for char in word)


def language_of(note: Note) -> Literal["en", "ru"]:
    """The language to write to a contact in: the one their note names (`language_written`),
    else Russian where their name is written in Cyrillic, in the note's name or its first
    heading ("# Антон Сидоренко" in "Anton Sidorenko.md"), or the note says you speak it with
    them ("говорим по-русски", "we speak Russian"), else English."""
    written = language_written(note)
    if written is not None:
        return written
    if CYRILLIC.search(note.title):
        return "ru"
    first = next((s.heading for s in note.sections if s.level == 1 and s.heading), "")
    said = " ".join(section.content for section in note.sections[:3])
    english = "нглийск" in said or "nglish" in said or "нглийск" in first or "nglish" in first
    if english and (_IN_ENGLISH.search(first) or _IN_ENGLISH.search(said)):
        return "en"  # "# Анна Смит (пишем только по-английски)"
    if first and _named_in_cyrillic(first, note.title):
        return "ru"
    if "усск" not in said and "ussian" not in said:
        return "en"
    spoken = _SPEAK_RUSSIAN.search(said)
    if spoken and not _DENIED.search(said[max(0, spoken.start() - 25) : spoken.start()]):
        return "ru"  # "говорим по-русски", not "мы не говорим по-русски" nor "whether I speak"
    return "en"


def _named_in_cyrillic(heading: str, title: str) -> bool:
    """Whether a note's first heading is its Latin title's name written in Cyrillic ("#
    Антон Сидоренко" in "Anton Sidorenko.md"): two or three capitalised words whose initials
    are the title's, as one would spell them."""
    found = _CYRILLIC_NAME.match(_MARKUP.sub("", heading))
    if found is None:
        return False
    initials = [word[0] for word in found.group(0).split()]
    latin = [word[0].casefold() for word in title.split() if word[:1].isalpha()]
    return len(latin) >= 2 and all(
        latin_letter in _SPELLED.get(letter, "")
        for letter, latin_letter in zip(initials, latin, strict=False)
    )


_IN_ENGLISH = re.compile(
    r"по-английски|на английском|in english|english only|только english", re.IGNORECASE
)
_MARKUP = re.compile(r"^[^\wА-Яа-яЁё]+|\*\*|__")
_SPELLED = dict(
    zip(
        "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ",
        [
            "a",
            "b",
            "vw",
            "gh",
            "dj",
            "eyj",
            "eyj",
            "zj",
            "z",
            "iy",
            "yj",
            "kc",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "sc",
            "t",
            "u",
            "f",
            "hk",
            "ct",
            "c",
            "s",
            "s",
            "e",
            "yj",
            "yj",
        ],
        strict=True,
    )
)
"""How a Cyrillic initial may be spelled in Latin letters."""
_DENIED = re.compile(r"(?<![^\W\d_])(?:не|not|n't|whether|if|только|only)\W", re.IGNORECASE)


_CYRILLIC_NAME = re.compile(
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}"
    r"(?=\s*(?:\(|[—–-]\s|[^A-Za-zА-Яа-яЁё]*$))"
)
"""A heading that is a person's name in Cyrillic ("Антон Сидоренко", "Ольга Петрова 🧭",
"Ольга Петрова (ментор)")."""
_SPEAK_RUSSIAN = re.compile(
    r"(?:говорим|общаемся|пишем|переписываемся)\s+(?:с\s+\w+\s+)?(?:по-русски|на русском)"
    r"|\b(?:speak|speaks|speaking|talk|write)\s+(?:in\s+)?russian\b",
    re.IGNORECASE,
)


def language_written(note: Note) -> Literal["en", "ru"] | None:
    """The language the contact's `language` (or `draft_language`) property names, if it names
    one: `ru`, `русский`, `English` ...; a list counts when it names one language only (a
    property listing the languages a person speaks says nothing of which to write in)."""
    for key in ("draft_language", "language"):
        named = {_LANGUAGES.get(str(value).strip().casefold()) for value in note.values(key)}
        if len(named) == 1 and None not in named:
            return named.pop()
    return None
