"""Whether a promise told in prose was kept since (domain/prose_promises.py): a line of that day
or later that tells of sending something it names to the contact ("скинула Ане обзор",
"познакомила [[Аня Зуева|Аню]] с Димой"), not their sending to the owner ("Марат мне
переслал", "[[Марат]] скинул фотки"), or a ticked task to them that says the same."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.said_in_passing import KeyedLine
from vaultkit.links.graph import VaultGraph

SOMEONE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:он|она|они|he|she|they|[A-ZА-ЯЁ][a-zа-яё]+)(?:\s+тоже|\s+also)?$"
)
"""A subject just before the verb: someone else's act ("Ксения прислала ссылку", "Милица
обещала", "he promised")."""
_SENT = re.compile(
    r"(?<![^\W\d_])(?:отправил\w*|скинул\w*|прислал\w*|переслал\w*|передал\w*|выслал\w*|sent"
    r"|shared|emailed|forwarded|gave|returned|called \S+ back|перезвонил\w*|познакомил\w*"
    r"|introduced|connected|посмотрел\w*|глянул\w*|reviewed)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A verb of the owner's sending or giving something ("sent CV v4", "скинула Ане обзор"), or
of doing what was asked ("посмотрел, созвонились на час" of "обещал в выходные")."""
_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    "обещал обещала пообещал пообещала скинуть прислать отправить send promised told that this "
    "with from будет чтобы когда после него неё него него через спросили спросил спросила asked"
    " about выходные выходных weekend сегодня завтра today tomorrow tonight посмотреть посмотрю"
    " глянуть гляну review".split()
)


def content_of(text: str) -> set[str]:
    """The words that say what was promised, by their first five letters."""
    return {
        word.casefold()[:5]
        for word in _WORD.findall(text)
        if word.casefold() not in _COMMON and not word[:1].isupper()
    }


def kept_since(
    graph: VaultGraph,
    index: NameIndex,
    lines: list[KeyedLine],
    contact: str,
    sentence: str,
    on: date,
    path: str = "",
) -> bool:
    """Whether a promise made on `on` was kept since: a line of that day or later that tells of
    sending something it names (anything, within a few days), to the contact (named there, or in
    their own note), or a ticked task to them that says the same."""
    wanted = content_of(sentence)
    told_in = "[[" + path.rsplit("/", 1)[-1].removesuffix(".md") if path else "\0"
    for day, text, path, _ in lines:
        if told_in in text:
            continue  # a line about the talk the promise was made in: that talk, not its keeping
        if path == contact and 0 < (day - on).days <= _SOON and _RECEIVED.search(text):
            return True  # "Dec 4 — Ciara: thanks, got it": what was promised came
        sent = _SENT.search(text) if day >= on and sentence not in text else None
        before = _LINK_NAME.sub(r"\1", text[: sent.start()]).rstrip() if sent else ""
        if sent is None or SOMEONE_BEFORE.search(before) or _TO_ME.search(before[-12:]):
            continue  # "Ксения прислала ссылку", "[[Марат]] скинул", "Марат мне переслал": theirs
        if _NOT_YET.search(before):
            continue  # "ещё не скинула Ане ссылку": not yet
        named = [m for m, c in named_in(index, text) if c == contact]
        theirs = path == contact or bool(named)
        to_them = any(  # "отправила Инес CV", "познакомила [[Аня Зуева|Аню]]"
            m.start() >= sent.end() and not text[sent.end() : m.start()].strip(" [") for m in named
        )
        soon = 0 < (day - on).days <= _SOON and sent.group(0).casefold() != "shared"
        soon = soon and not _REVIEWED.match(sent.group(0))  # "посмотрела его доклад": not the CV
        soon = soon and (to_them or (path == contact and _IT.match(text, sent.end()) is not None))
        said = re.split(r"[.!?]", text[sent.start() :])[0]  # "Скинула Ане обзор. Она: «с меня …»"
        if theirs and (soon or not wanted or wanted & content_of(text)) and not _TO_ME.search(said):
            return True
    for note in graph.notes.values():
        for task in note.tasks:
            if (
                task.done
                and not _ASKED.search(task.text)
                and len(wanted & content_of(task.text)) >= min(2, len(wanted))
                and any(c == contact for _, c in named_in(index, task.text))
            ):
                return True
    return False


_REVIEWED = re.compile(r"посмотрел|глянул|reviewed", re.IGNORECASE)
"""Verbs of looking at something: they keep only a promise to look at what they name."""
_RECEIVED = re.compile(
    r"\b(?:got it|received it|got your (?:cv|resume|email|message))\b"
    r"|(?<![^\W\d_])(?:получил[аи]?,? спасибо|спасибо,? получил[аи]?)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Their word that what the owner promised came ("thanks, got it", "спасибо, получила")."""
_SOON = 3
"""Days after a promise within which sending the contact anything keeps it."""
_IT = re.compile(r"\s+(?:it|them|those|его|её|ее|их|это|всё|все)(?![^\W\d_])", re.IGNORECASE)
"""What was sent, said by a pronoun ("Fri 23/10 — sent it.", "finally sent them")."""


def kept_in_their_log(graph: VaultGraph, contact: str, promised: str, on: date | None) -> bool:
    """Whether the contact's own note logs, on `on` or later, the owner sending what a task
    promised them ("Tue 20/10 — finally sent them (late, oops)" under "send Jamie my SQL prep
    notes"): the thing named again, or a pronoun for it."""
    note = graph.notes.get(contact)
    if note is None or on is None:
        return False
    wanted = content_of(promised)
    if not wanted or not _TO_SEND.search(promised):
        return False
    for entry in (*note.entries, *note.yearless):
        sent = _SENT.search(entry.text) if entry.on >= on else None
        if sent is None:
            continue
        before = _LINK_NAME.sub(r"\1", entry.text[: sent.start()]).rstrip()
        if SOMEONE_BEFORE.search(before) or _TO_ME.search(entry.text[sent.end() :][:12]):
            continue  # "He sent his CV", "sent me the deck": theirs
        if _NOT_YET.search(before):
            continue  # "still haven't sent it 🙈", "ещё не отправил их"
        if _IT.match(entry.text, sent.end()) or wanted & content_of(entry.text[sent.end() :]):
            return True  # what it sent, not the rest of the line ("контр-оффер; скинула ему …")
    return False


_TO_SEND = re.compile(
    r"(?<![^\W\d_])(?:send|share|forward|email|intro\w*|скин\w*|отправ\w*|присла\w*|пришл\w*"
    r"|пересл\w*|перешл\w*|познаком\w*)",
    re.IGNORECASE,
)
"""A task to send something: what a line of sending can keep (not "tell him what I decided")."""


_NOT_YET = re.compile(
    r"(?<![^\W\d_])(?:not|never|n't|haven'?t|hasn'?t|didn'?t|не|ещё не|еще не|пока не)"
    r"\s*(?:\w+\s*)?$",
    re.IGNORECASE,
)
"""Words just before "sent" that deny it ("still haven't sent it", "ещё не отправил их")."""
_TO_ME = re.compile(r"(?<![^\W\d_])(?:me|us|мне|меня|нас|нам)(?![^\W\d_])", re.IGNORECASE)
_LINK_NAME = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")
_ASKED = re.compile(r"(?<![^\W\d_])(?:попрос\w*|ask\w*|remind\w*|напомн\w*)", re.IGNORECASE)
