"""Stop signals: a contact the user has decided not to write to, said in words where the words
stand alone: a property's whole value (`status: closed`, `note: do not contact`), a cadence of
"as needed", or a whole line or dated entry ("- 2026-11-20 done chasing", "Больше не писать.").
A line that opens with one as a sentence of its own stops too ("❌ **НЕ ОТВЕЧАТЬ.** Предлагал ...").
The same words inside another sentence are no stop ("не писать про зарплату")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vaultkit.domain.interactions import Interaction
from vaultkit.model import Note, PropertyValue, texts_of

_STOPS = frozenset(
    {
        "do not contact",
        "don't contact",
        "dont contact",
        "no contact",
        "no more contact",
        "done chasing",
        "do not disturb",
        "не писать",
        "больше не писать",
        "не беспокоить",
        "не связываться",
        "не контактировать",
        "не отвечать",
        "do not reply",
        "don't reply",
        "dont reply",
        "do not respond",
    }
)
_GHOSTED = frozenset(
    {"гост. всё", "гост. все", "гост, всё", "гост, все", "ghosted. done", "ghosted, done"}
)
"""The owner's last word on a recruiter who went silent ("гост. всё."): a stop where it closes
the note undated, outside any section of its own (under "## Ozon", or in a friend's note's
story of a process, it is that process's; dated, it may be lifted by their word since)."""
_DECLARED = frozenset(
    {
        "больше не пишу",
        "не пишу больше",
        "больше не буду писать",
        "не буду больше писать",
        "больше не пишем",
        "больше не напоминаю",
        "i'm done chasing",
        "im done chasing",
        "i am done chasing",
        "not chasing anymore",
        "not chasing again",
        "not chasing her again",
        "not chasing him again",
        "not chasing them again",
        "won't chase again",
        "больше не дергаю",
        "not chasing them anymore",
        "no more follow-ups",
        "no more follow ups",
        "not writing again",
        "won't write again",
        "больше не пингую",
        "не пингую больше",
        "not pinging again",
        "not pinging them again",
    }
)
"""The owner's own word that they stop writing ("Всё, больше не пишу. Двух follow-up
хватит."): a first sentence of its own stops, followed by its reason, unless what follows
plans a later word ("больше не пишу, подожду до января")."""
_STOPS |= _DECLARED
_VALUE_STOPS = _STOPS | {"stop", "stopped", "closed", "закрыто", "закрыт", "закрыта"}
_VALUE_STOPS |= {"ignore", "ignored", "игнор", "игнорирую", "spam", "спам"}
"""Words that stop only as a property's value (`status: closed`, `status: ignore`): alone on a
line they may say something else ("closed" of a position)."""
_CLOSED_PROCESS = frozenset(
    {"rejected", "declined", "withdrawn", "отказ", "отказали", "отклонен", "снялась", "снялся"}
)
"""A contact's own `stage` or `status` saying the process with them ended (`stage: rejected` on a
recruiter's note): the user filed the person as done. Only these keys: elsewhere the same words
may describe one interview among several."""
_PROCESS_KEYS = frozenset({"stage", "status"})
_AS_NEEDED = frozenset(
    {"as needed", "when needed", "if needed", "ad hoc", "по необходимости", "при необходимости"}
)
_LEADING = " \t>*+-0123456789.)[]x#!—–:_"
_TRAILING = " \t.!—–*_:"


@dataclass(frozen=True, slots=True)
class StopSignal:
    """Where a note says to stop writing to its contact."""

    line: int
    """Its line in the note."""
    said: str
    """What it says, as written."""


def _plain(text: str) -> str:
    if len(text) > 200:
        return ""  # a stop signal is a few words, never a long line
    if text.rstrip(" \t.!)").endswith("]]"):  # "… — [[2026-12-01]].": a note it points to
        text = _SEE_NOTE.sub("", text)
    folded = text.casefold().replace("ё", "е").lstrip(_LEADING).rstrip(_TRAILING)
    if folded and not (folded[0].isalnum() and folded[-1].isalnum()):
        folded = _EDGES.sub("", folded)  # an emoji or a mark around it: "❌ **НЕ ОТВЕЧАТЬ.**"
    return " ".join(_FILLER.sub("", folded).split())


_EDGES = re.compile(r"^[^\w]+|[^\w]+$")
_SEE_NOTE = re.compile(r"\s*(?:[—–-]|see|см\.?)?\s*\(?\[\[\d[^\[\]]*\]\]\)?[\s.!]*$", re.I)
"""A note a line points to after its words ("Всё, больше не пишу — [[2026-12-01]]."): no word."""
_FILLER = re.compile(r"^(?:всё|все|ладно|ок|ok|okay|well|so|итак|короче)\s*[,.!—–-]+\s*")
"""A word that leads a decision in ("Всё, больше не пишу")."""
_LATER = re.compile(
    r"напиш|позвон|подожд|через\s+(?:\d|пар|недел|месяц|год|ден|дн|полгода|квартал)|потом|после"
    r"|если|(?<![^\W\d_])пока(?:\s+[^\W\d_]+){0,2}\s+не(?![^\W\d_])|спрош|напомн|снова|ещё раз"
    r"|еще раз|write|call"
    r"|wait|later|unless|\bif\b|until|\btill\b|ping|again|январ|феврал|january"
    r"|february|spring|весн",
    re.IGNORECASE,
)
_DECLARED_CUE = re.compile(r"chas|пиш|писа|follow|write|напомин|дерга|пингу|pinging", re.I)
"""A quick look for the words of a declared stop before a line's last sentence is read."""
_LAST_SENTENCE = re.compile(r"(?<=[.!])\s+")
_FIRST_SENTENCE = re.compile(r"^(.*?[.!])(?=\s|\*|$)")


def _said_alone(line: str, closing: bool = False) -> bool:
    """True when a line is a stop signal and nothing else, or (a paragraph's, `closing`) closes
    with one the owner declares ("… so that's that really. Not chasing again."), or opens with
    one set apart as a warning ("❌ **НЕ ОТВЕЧАТЬ.** Предлагал ..."): in bold, in capitals, or
    after a warning mark. A plain first sentence may be followed by its own exception ("Не
    отвечать. Подождать неделю и написать снова", "Don't reply! Call instead"): no stop."""
    if _plain(line) in _STOPS:
        return True
    if len(line) < 8 or not any(mark in line for mark in ".!"):
        return False  # no sentence to open the line with
    if (
        closing
        and _DECLARED_CUE.search(line)
        and _plain(_LAST_SENTENCE.split(line.strip())[-1]) in _DECLARED
    ):
        return True  # a paragraph's "…so that's that really. Not chasing again."
    first = _FIRST_SENTENCE.match(line.strip())
    if first is None:
        return False
    clause, comma, why = first.group(1).partition(",")
    if comma and _plain(clause) in _DECLARED:  # "Больше не пишу, теперь через процесс."
        return not _LATER.search(why + line.strip()[first.end() :])
    if _plain(first.group(1)) not in _STOPS:
        return False
    if _plain(first.group(1)) in _DECLARED:
        return not _LATER.search(line[first.end() :])
    opening = first.group(1)
    letters = [c for c in opening if c.isalpha()]
    shouting = bool(letters) and all(c.isupper() for c in letters)
    return "**" in opening or "__" in opening or shouting or opening.lstrip()[:1] in _WARNINGS


_WARNINGS = frozenset("❌⛔🚫‼⚠❗🛑")


def stop_signal(note: Note) -> StopSignal | None:
    """The first place `note` says to stop, or None."""
    for prop in note.properties:
        for value in texts_of(prop.value):
            plain = _plain(value)
            if (
                plain in _VALUE_STOPS
                or (prop.name == "cadence" and plain in _AS_NEEDED)
                or (prop.name in _PROCESS_KEYS and plain in _CLOSED_PROCESS)
            ):
                return StopSignal(prop.line, f"{prop.key}: {value}")
    for entry in note.entries:  # a dated entry stops as a whole ("- 2026-11-20 done chasing")
        if _plain(entry.text) in _STOPS or _said_alone(entry.text):
            return StopSignal(entry.line, entry.text)
    dated = {entry.line for entry in (*note.entries, *note.yearless)}
    for section in note.sections:
        for offset, line in enumerate(section.content.split("\n"), start=1):
            closing = section.line + offset not in dated  # not "- 12-01 asked re Ovo. Not …"
            ghosted = closing and not section.heading and _plain(line) in _GHOSTED
            if line.strip() and (_said_alone(line, closing) or ghosted):
                return StopSignal(section.line + offset, line.strip())
    return None


def lifted(stop: StopSignal, note: Note, interactions: Iterable[Interaction], today: date) -> bool:
    """Whether a stop written as a dated entry ("- 2026-10-25 Всё, больше не пишу.") gave way
    to a word from them since ("- 2026-11-28 Мария сама написала, позвала на финал"); a stop
    with no day of its own stands."""
    said = next((entry.on for entry in note.log_as_of(today) if entry.line == stop.line), None)
    return said is not None and any(
        i.on > said and i.turn.by in ("them", "both") for i in interactions
    )


def as_needed(value: PropertyValue) -> bool:
    """True for a cadence of "as needed": no check-ins at all (a stop, not a cadence)."""
    return isinstance(value, str) and _plain(value) in _AS_NEEDED
