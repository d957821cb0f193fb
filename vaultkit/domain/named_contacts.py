"""Interactions written with a contact's name and no link, as people log their days ("- 17:00
созвон с Milan: …", "кофе с Дашей", "Thu: coffee with Priya"): a dated line that names one
contact by full name, alias or a first name no other contact has, in any of its Russian cases,
and says the owner spoke or wrote with them. Read once per build from the whole vault (a note
that names a contact does not link it, so the daemon could not tell which contacts it touches),
never remembered between builds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import pairwise

from vaultkit.domain.away import away_of, name_words
from vaultkit.domain.company_folder import interview_companies, works_at
from vaultkit.domain.contacts import Contact
from vaultkit.domain.interactions import (
    CHANNELS,
    Interaction,
    InteractionSource,
    detect_channel,
    one_way_signal,
)
from vaultkit.domain.message_talks import AUTO_REPLY, message_interactions, written_move
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.named_tasks import names_index
from vaultkit.domain.said_in_passing import KeyedLine, keyed_lines
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.dates import note_day

_SPOKE = re.compile(
    r"(?<![^\W\d_])(?:позвонил\w*|звонил\w*|написал\w*|ответил\w*|переписыв\w*|встретил\w*"
    r"|виделись|поговорил\w*|обсудил\w*|talked|spoke|met|called|texted|messaged|replied|wrote"
    r"|chatted|caught up|emailed|pinged|msgd|msg'd|dm'?d|txt'?d|texted)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of speaking or writing with someone, where no channel is named."""
_NOT_YET = re.compile(
    r"\b(?:will|should|need to|have to|going to|plan\w*|tomorrow|todo|maybe|didn'?t|haven'?t"
    r"|no|not|never|couldn'?t|can'?t|wasn'?t|cancel\w*|postpon\w*|resched\w*|moved to|ghosted"
    r"|waiting|missed)\b"
    r"|(?<![^\W\d_])(?:надо|нужно|хочу|собираюсь|планирую|завтра|напомнить|может|не|нет|отмен\w*"
    r"|сорвал\w*|перен[её]с\w*|пропущенн\w*|жду)(?![^\W\d_])|\?",
    re.IGNORECASE,
)
"""Words of a plan, a wish, a negation or a talk that did not happen: no contact was had
("надо позвонить Милану", "созвон с Milan отменился", "missed call from Milan")."""
_TALK = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(stem.strip()) for _, stems in CHANNELS for stem in stems)
    + r")|"
    + _SPOKE.pattern,
    re.IGNORECASE,
)
"""Where a clause tells of the talk: a channel's word or a word of speaking."""
_TOPIC = re.compile(r"(?:about|про|об?|re|regarding)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CALM = frozenset(
    "вчера сегодня утром вечером днём днем потом ещё еще наконец и а но также "
    "then today yesterday also finally and but later".split()
)
"""Words that may open a clause before its talk without being who talked ("Вчера созвон с
Тимуром")."""
_LINK = re.compile(r"\[\[[^\]\n]*\]\]")
_QUOTED = re.compile(r'"[^"\n]*"|«[^»\n]*»|“[^”\n]*”')


def named_interactions(
    graph: VaultGraph,
    contacts: Iterable[Contact],
    today: date,
    lines: list[KeyedLine] | None = None,
) -> dict[str, tuple[Interaction, ...]]:
    """For each contact's path, the dated lines of other notes (up to `today`) that name them
    without a link and tell of speaking or writing with them, each as an interaction on its
    day (`lines`: keyed_lines, where read before)."""
    known = list(contacts)
    index = names_index(graph, known)
    pasted = message_interactions(graph, (c.path for c in known), index, today)
    if not index:
        return pasted
    for contact, talk in _met_at_interviews(graph, index, today):
        pasted[contact] = (*pasted.get(contact, ()), talk)
    found: dict[str, dict[tuple[object, str], Interaction]] = {}
    for on, text, source, keys in keyed_lines(graph) if lines is None else lines:
        if on > today or not keys or one_way_signal(text):
            continue  # "Marcus viewed my LinkedIn 👀": no word between them
        named = named_in(index, text, keys)
        if not named:
            continue
        channel = detect_channel(text)
        people = _spoken_with(text, named, source) | _speaking(text, named, source)
        if not people:
            continue
        source_kind: InteractionSource = "daily" if source in graph.daily_dates else "entry"
        for contact in people:
            said = Interaction(on, source_kind, source, channel, text.strip())
            found.setdefault(contact, {}).setdefault((on, source), said)
    read = {contact: tuple(by_day.values()) for contact, by_day in found.items()}
    return {c: (*read.get(c, ()), *pasted.get(c, ())) for c in {*read, *pasted}}


_CLAUSE = re.compile(r"[:;—–→(]|\s-\s|[.!?]\s")
_INITIAL_DOT = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ][a-zа-яё]+\s[A-ZА-ЯЁ]$")
"""A first name and an initial just before a dot: no clause ends there ("Лена М. позвонила";
not "из книги Б. Катя позвонила")."""
_GLOSS = re.compile(r"\s\((?!\s*(?:and|with|plus|и|с|со|\+)\s)[^()\n]{1,30}\)", re.IGNORECASE)
"""A few words in brackets after a name, saying who they are ("Анастасия (Озон) позвонила"):
no clause of its own."""


def _spoken_with(text: str, named: list[tuple[re.Match[str], str]], source: str) -> set[str]:
    """The contacts named, unlinked, unquoted and not as an owner ("Stefan's call"), in a
    clause that tells of speaking or writing and is no plan or negation ("созвон с Milan: …
    Jonas + CTO": Milan only; "Даше не дозвонилась": no one)."""
    links = [span.span() for span in _LINK.finditer(text)]
    links += [span.span() for span in _QUOTED.finditer(text)]  # their words: "Jonas pinged me"
    glossed = text
    for match, _ in named:  # "Анастасия (Озон) позвонила": who she is, in her clause
        gloss = _GLOSS.match(text, match.end())
        if gloss is not None:
            glossed = glossed[: gloss.start()] + " " * len(gloss.group(0)) + glossed[gloss.end() :]
            links.append(gloss.span())  # "с Димой (муж Маши)": Маша is no one spoken with
    cuts = [c for c in _CLAUSE.finditer(glossed) if not _INITIAL_DOT.search(glossed, 0, c.start())]
    bounds = [0, *(cut.end() for cut in cuts), len(text) + 1]
    spoken = [
        (start, end)
        for start, end in pairwise(bounds)
        if (detect_channel(text[start:end]) or _SPOKE.search(text[start:end]))
        and not _NOT_YET.search(_QUOTED.sub(" ", text[start:end]))  # '"ну что, оффер??"
    ]
    return {
        contact
        for match, contact in named
        if contact != source
        and not match.group(0).endswith(("'s", "’s"))
        and not any(a <= match.start() < b for a, b in links)
        and not _another_initial(text, match, contact)
        and not _her_verb_for_him(text, match, contact)
        and any(a <= match.start() < b and _with_them(text, a, b, match) for a, b in spoken)
    }


_INITIAL = re.compile(
    r"\s+(?:([^\W\d_])\.(?![^\W\d_])|(?![вскуоиаяVvIiAa](?![\w.]))([^\W\d_])(?=$|[\s,;:!?)]))"
)
"""A letter after a first name that is an initial ("Оля Ш.", "с олей ш"), not a word of one
letter ("с Анастасией в 11", "Talked to Kasia a bit")."""


_HER_VERB = re.compile(r"\s+[а-яё]+(?:ла|лась)(?![а-яё])")


def _her_verb_for_him(text: str, match: re.Match[str], contact: str) -> bool:
    """Whether a first name a man and a woman share is followed by a woman's verb while the
    contact is a man ("Саша позвонила" beside Александр Петров): someone else."""
    said = match.group(0)
    if " " in said or said[-1:].casefold() not in "ая" or not _HER_VERB.match(text, match.end()):
        return False  # only a name as the subject ("Саша позвонила"), not "Сергею написала"
    first = (_name_words(contact) or [""])[0].casefold()
    return bool(_CYRILLIC_NAME.fullmatch(first)) and first[-1] not in "аяь"


_CYRILLIC_NAME = re.compile(r"[а-яё]+")


def _name_words(contact: str) -> list[str]:
    """The words of a contact's name, from their path ("People/Anna Ким.md", or a ledger's
    section "People.md#Tom Brecken")."""
    _, mark, heading = contact.partition(".md#")
    return (heading if mark else contact.rsplit("/", 1)[-1].removesuffix(".md")).split()


def _another_initial(text: str, match: re.Match[str], contact: str) -> bool:
    """Whether a first name is followed by an initial not the contact's ("с олей ш" beside Оля
    Кузнецова): another person of that name."""
    initial = _INITIAL.match(text, match.end())
    if initial is None or " " in match.group(0):
        return False
    words = _name_words(contact)
    letter = (initial.group(1) or initial.group(2)).casefold()
    return len(words) < 2 or letter != words[1][:1].casefold()


def _speaking(text: str, named: list[tuple[re.Match[str], str]], source: str) -> set[str]:
    """The contact a line opens with as its speaker ("Анна Ким: финал переносим на 9-е", a
    message pasted from a chat): they wrote."""
    opening = len(text) - len(text.lstrip(" \t>"))
    return {
        contact
        for match, contact in named
        if contact != source
        and match.start() == opening
        and text[match.end() : match.end() + 2].lstrip().startswith(":")
    }


_SOMEONE_ELSE_AFTER = re.compile(
    r"\s+(?:[A-ZА-ЯЁ][a-zа-яё]+|\((?!(?:and|with|plus|и|с|со)\s)[a-zа-яё])"
)
"""A first name and another surname, or a gloss in brackets ("Анна (соседка)"): someone
else; a bracket that adds a person ("Tom (and Priya joined later)") is none."""


def _with_them(text: str, start: int, stop: int, match: re.Match[str]) -> bool:
    """Whether the talk told in text[start:stop] was with the person `match` names: not a
    talk of someone else's ("Lena met Milan", "Паша созвонился с Milan"), nor one about them
    ("talked to my sister about Milan"), nor another person of their first name ("с Анной
    Ивановой", "Анна (соседка)")."""
    clause = text[start:stop]
    at = match.start() - start
    if _TOPIC.search(clause[:at]):
        return False
    after = text[match.end() :]
    if " " not in match.group(0) and _SOMEONE_ELSE_AFTER.match(after):
        return False  # a first name and another surname, or a gloss: someone else
    talk = _TALK.search(clause)
    if talk is None:
        return False
    words = clause[: talk.start()].split()
    last = words[-1].strip(".,:;!\"'«»()") if words else ""
    someone = last[:1].isupper() and not last.isupper() and last.casefold() not in _CALM
    return not someone or talk.start() > at  # "Milan called", not "Lena met Milan"


_MET_WITH = frozenset({"people", "with", "met_with", "с_кем", "интервьюеры", "interviewers"})
"""An interview's keys that list whom it was with (`с кем`, `with`, `attendees`)."""


def _met_at_interviews(
    graph: VaultGraph, index: NameIndex, today: date
) -> Iterator[tuple[str, Interaction]]:
    """The contacts an interview's note names in plain text among the people it was with
    (`с кем: Роман Ершов, в начале Анна Ким`), each met there on its day."""
    for note in graph.of_kind("interview"):
        day = note_day(note.get("date"), note.title)
        if day is None or day > today or _ABSENT.search(str(note.get("status") or "")):
            continue  # a round called off met no one
        said = [
            value
            for prop in note.properties
            if prop.name in _MET_WITH
            for value in (prop.value if isinstance(prop.value, (list, tuple)) else [prop.value])
            if isinstance(value, str) and "[[" not in value
        ]
        items = [item for value in said for item in _ITEM_SPLIT.split(value)]
        companies = interview_companies(graph, note.path)
        company = next(iter(companies)) if len(companies) == 1 else None
        met = {
            contact
            for item in items
            if not _ABSENT.search(item)
            for found, contact in named_in(index, item)
            if " " in found.group(0).strip()
            or (contact in graph.notes and company in works_at(graph, contact))
        }  # "Роман Ершов" by his full name; "Anna (EM)" only if she works there
        for contact in met:
            yield contact, Interaction(day, "interview", note.path, "interview")


_ITEM_SPLIT = re.compile(r"(?:[,;]|\s\+\s)(?![^()]*\))")
"""Between the people a property lists, not inside a remark in brackets ("Mark Lee (was on the
invite, got pulled into an incident)")."""
_ABSENT = re.compile(
    r"(?<![^\W\d_])(?:cancel\w*|no-show|didn'?t (?:show|join)|absent|pulled|incident"
    r"|couldn'?t (?:make|join)|not there|не пришл\w*|не был\w*|отменил\w*|отмен\w*|заболел\w*"
    r"|не смог\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Someone listed who was not there ("Kat Nguyen (cancelled last minute)")."""


def with_named(contact: Contact, named: tuple[Interaction, ...]) -> Contact:
    """The contact with the interactions that name them on days their own record has none, and
    the messages pasted with a header saying who wrote them, oldest first; with an absence
    their messages or auto-replies tell of, where it is told last."""
    replies = tuple(i for i in named if i.channel == AUTO_REPLY)
    have = {i.on for i in contact.interactions}
    extra = [i for i in named if (i.on not in have or i.by) and i.channel != AUTO_REPLY]
    away = away_of(extra, replies, name_words(contact.name))
    if away is not None and (contact.away is None or contact.away.said.on <= away.said.on):
        contact = replace(contact, away=away)
    if not extra:
        return contact
    merged = tuple(sorted((*contact.interactions, *extra), key=lambda i: i.on))
    moved = written_move(merged)
    if moved is not None and (contact.role_change is None or contact.role_change.on < moved.on):
        return replace(contact, interactions=merged, role_change=moved)
    return replace(contact, interactions=merged)
