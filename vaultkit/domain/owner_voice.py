"""Whose voice a Russian diary is written in. The reading of who gave what takes a subject-less
masculine past verb for the owner's ("скинул ей резюме") and a feminine one for the contact's
("скинула вакансию"), as most of the labelled lines were written. A woman's notes run the
other way ("спросила про вилку. Скинул табличку"), so where the owner writes of herself in
feminine verbs, a line is read with its past verbs' genders swapped: it then says to the
reading what it says to her. Only a contact known to be a man is read so (`contact_voice`):
between two women a verb's gender tells no one apart, and a contact whose note does not say is
read as written.

The voice is told from the owner's own notes, as the parse keeps them (parse/self_words.py):
the past verbs her daily notes' list items open with ("- получила отказ") and those after "я"
in her daily and interview notes ("я сдала тестовое"). Who started an exchange is read by the
same gender (`owner_gender`, `their_gender`): a subject-less verb is the owner's act unless its
gender is the contact's and not the owner's ("прислала слоты" in a man's note of Алина).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal

from vaultkit.domain.clause_verbs import verb_gender
from vaultkit.domain.dative_lead import spoken_by
from vaultkit.domain.line_lead import LEAD
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Note
from vaultkit.parse.names import monthly_name
from vaultkit.parse.weekly_notes import week_of_note

Voice = Literal["f", ""]
"""'f' for lines to read with their verbs' genders swapped (a woman's notes about a man); ''
to read them as written."""

_DIARY = frozenset({"daily"})
"""The kind of note whose list items are the owner's own doings ("- сдала тестовое"), as a
month's journal's are ("Журнал 2026-11"); in an
interview or a meeting note, or a note of the owner's own of no kind (a list of the questions
interviewers asked, "- спросил про Kafka"), they are as often the other side's, so only "я ..."
counts there."""
_OWN_KINDS = frozenset({"interview", "daily", "other"})
_AT_LEAST = 3
"""Feminine verbs needed, and how many times the masculine ones they must outnumber."""


def voice_of(words: Iterable[str]) -> Voice:
    """The voice of the past verbs the owner writes of themselves in (`Note.self_words`: "я
    сдала", or a verb alone): 'f' for a woman's (`gender_of`)."""
    return "f" if gender_of(words) == "f" else ""


def gender_of(words: Iterable[str]) -> Literal["f", "m", ""]:
    """The gender the owner writes of themselves in, where one outnumbers the other
    `_AT_LEAST` to one and counts at least that many verbs; a verb of arrival ("пришёл
    отказ", "пришла обратная связь") is no one's act."""
    counted = Counter(
        verb_gender(verb)
        for word in words
        if not (verb := word.removeprefix("я ")).startswith(("приш", "приход"))
    )
    feminine, masculine = counted["f"], counted["m"]
    if feminine >= _AT_LEAST and feminine >= _AT_LEAST * masculine:
        return "f"
    return "m" if masculine >= _AT_LEAST and masculine >= _AT_LEAST * feminine else ""


def owner_voice(graph: VaultGraph) -> Voice:
    """The voice of the owner's own notes in `graph`."""
    return "f" if owner_gender(graph) == "f" else ""


def owner_gender(graph: VaultGraph) -> Literal["f", "m", ""]:
    """The gender the owner writes of themselves in, in their own notes in `graph`."""
    return gender_of(
        word
        for path, note in graph.notes.items()
        if (kind := graph.kinds.get(path)) in _OWN_KINDS
        for word in note.self_words
        if kind in _DIARY
        or word.startswith("я ")
        or monthly_name(note.title)
        or week_of_note(note.title)  # "Недели/2026-W49": a week's diary
    )


def their_gender(owner: str, contact: str) -> Literal["f", "m", ""]:
    """The gender of a past verb that is the contact's act, not the owner's: the contact's,
    where both are known and differ."""
    return contact if owner and contact and owner != contact else ""  # type: ignore[return-value]


_HER = re.compile(r"(?<![^\W\d_])(she|her|hers|она|ей|её|ее|неё|нее|ней)(?![^\W\d_])")
_HIM = re.compile(r"(?<![^\W\d_])(he|him|his|он|ему|его|него|нему|ним)(?![^\W\d_])")
_HER_NAME = re.compile(r"(ова|ева|ёва|ина|ына|ская|цкая|ая)$")
_HIS_NAME = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий|ой)$")


def voice_of_note(note: Note) -> Literal["f", "m", ""]:
    """A contact's gender as their note tells it (`contact_voice` of its name and text)."""
    return contact_voice(
        note.title, [*(s.content for s in note.sections), *(e.text for e in note.entries)]
    )


def contact_voice(title: str, texts: Iterable[str]) -> Literal["f", "m", ""]:
    """A contact's gender as their note tells it: a Russian surname's ending ("Петрова"), else
    the pronouns it uses of them ("she sent", "он скинул": a note's "он" may be someone else's,
    "Нанимающий менеджер — Павел, он из Revolut", where the surname says); '' where it does
    not say."""
    words = title.casefold().split()
    surname = words[-1] if len(words) > 1 else ""
    if _HER_NAME.search(surname):
        return "f"
    if _HIS_NAME.search(surname):
        return "m"
    her = him = 0
    for text in texts:
        folded = text.casefold()
        her += len(_HER.findall(folded))
        him += len(_HIM.findall(folded))
    if her != him and max(her, him) >= 2 and min(her, him) * 3 <= max(her, him):
        return "f" if her > him else "m"
    return ""


_VERB_END = re.compile(r"[а-яё]+(?:лась|лся|ла|л)(?![а-яё])", re.IGNORECASE)


def in_his_words(text: str) -> str:
    """`text` with the gender of each Russian past verb swapped ("спросила" <-> "спросил",
    "вернулась" <-> "вернулся", "перешёл" -> "перешла", "свёл" -> "свела"); "пришёл" (an offer
    or a no arrives) and the other irregular ones ("смог") are left as written."""

    def swapped(match: re.Match[str]) -> str:
        word = match.group(0)
        gender = verb_gender(word)
        low = word.casefold()
        if gender == "f":
            return word[:-3] + "ся" if low.endswith("лась") else word[:-1]
        if gender == "m" and low.endswith("ёл") and low.startswith(("приш", "произош")):
            return word  # "пришёл отказ": the offer or the no arrived, no one acted
        if gender == "m" and low.endswith("шёл"):
            return word[:-2] + "ла"  # перешёл, ушёл, нашёл
        if gender == "m" and low.endswith("ёл"):
            return word[:-2] + "ела"  # свёл, привёл, завёл
        if gender == "m":
            return word[:-2] + "ась" if low.endswith("лся") else word + "а"
        return word

    return _VERB_END.sub(swapped, _unlabelled(text))


_LABEL = re.compile(r"([А-ЯЁ][а-яё]+): ")


def _unlabelled(text: str) -> str:
    """`text` with the space after a speaker's label of a known given name ("Игорь: скинула
    вакансию") made a no-break one: read in her words, the verbs after it are swapped, so their
    gender no longer tells whether the one named spoke (`dative_lead.spoken_by`), and the
    reading leaves such a label to the rest of its cues."""
    start = LEAD.match(text)
    label = _LABEL.match(text, start.end() if start else 0)
    if label is None or not spoken_by(label[1], ""):
        return text
    return f"{text[: label.end() - 1]}\u00a0{text[label.end() :]}"
