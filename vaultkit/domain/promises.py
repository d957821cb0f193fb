"""Promises to a contact: open tasks in the user's own notes that link them ("- [ ] send
[[Anna]] my CV"), or that stand in the contact's own note, with their own 📅 date where they
have one. A promise is kept when its task is
ticked where it stands, or when its line in Due contacts is ticked (vaultkit then records a dated
line carrying the promise's block id in the contact's note, which this module reads back)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from vaultkit.domain.interactions import Interaction
from vaultkit.domain.next_action import planned_step
from vaultkit.domain.stemming import stems
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.dates import dates_in, note_day, parse_written_date

_DUE = re.compile(
    r"[📅⏳]\ufe0f?\s*(\d{4}-\d{2}-\d{2})|[\[(]\s*(?:due|scheduled)::\s*(\d{4}-\d{2}-\d{2})"
)
"""A task's due date as the Tasks plugin writes it (`📅 2026-12-01`, `[due:: 2026-12-01]`), or
the day it is scheduled for (`⏳ 2027-01-11`) where it gives that alone."""
_NOT_PROMISES = ("template",)


@dataclass(frozen=True, slots=True)
class Promise:
    """An open task in a user's note that links a contact."""

    path: str
    """Vault path of the note that holds the task."""
    line: int
    """Its line there."""
    text: str
    """The task's words, as written."""
    due_on: date | None
    """Its own 📅 date, if it has one."""
    made_on: date | None
    """The day of the note it is in (a daily note's day, a meeting's date), if known."""
    contact: str
    """Vault path of the contact it is to."""
    planned: bool = False
    """True for the next step a contact's properties plan (`next_action`), not a task."""

    @property
    def words(self) -> str:
        """What was promised, as compared between copies: no due date, spaces folded."""
        return words_of(self.text)

    @property
    def block_id(self) -> str:
        """The id of its line in Due contacts (without the ^): the same for as long as the task
        says the same words to the same contact, whichever daily note it was carried into, and
        another for the same words promised again after it was kept (the day it was first
        made is part of it)."""
        made = self.made_on.isoformat() if self.made_on else ""
        key = f"promise\x1f{self.contact}\x1f{self.words}\x1f{made}"
        return f"vk-pr-{hashlib.sha1(key.encode()).hexdigest()[:10]}"


_THEIRS = re.compile(
    r"\b(?:he|she|they)(?:'s|'re| was| were| is| are)? (?:going to|gonna|will|would|promised"
    r"|supposed to|meant to|owes?)\b"
    r"|(?<![^\W\d_])(?:он|она|они)\s+(?:обещал\w*|должн\w*|собирал\w*|хотел\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def awaited_from_them(text: str) -> bool:
    """Whether a task waits on the other side ("feedback call w/ Stefan — he was going to send
    slots", "созвон с Олей — она обещала прислать слоты"): their debt, no promise of the
    owner's."""
    return bool(_THEIRS.search(text))


def due_of(text: str, made_on: date | None = None) -> date | None:
    """A task's own due date (`📅 2026-12-01`, `[due:: 2026-12-01]`), else the day its words
    give it by ("скинуть Нине резюме (до пт 4.12)", "send the CV by Dec 8"), sets with its
    hour ("созвон 7.12 12:00") or a birthday ("ДР 14.12!"), or the day after one it waits for
    ("написать после 9.12"), read near the day it was made on, where that is known."""
    written = _DUE.search(text)
    if written:
        return parse_written_date(written.group(1) or written.group(2))
    gift = _GIFT.search(text) is not None  # "купить подарок на ДР 14.12": due before the day
    set_at = [m for m in _AT.finditer(text) if not (gift and m["birthday"])][-1:]
    said = None if made_on is None else _BY.search(text) or next(iter(set_at), None)
    said = said or (_AFTER.search(text) if made_on is not None else None)
    if said is None or made_on is None:
        return None
    day_said = said["when"] or said.groupdict().get("birthday") or ""
    when = re.sub(r"^(\d)\.(?=\d)", r"0\1.", day_said)  # "до пт 4.12": a day, after "до"
    days = [day for day in dates_in(when, made_on) if abs((day - made_on).days) <= 60]
    if not days:
        return None
    return days[0] + timedelta(days=1) if said.re is _AFTER else days[0]


_AFTER = re.compile(r"(?<![^\W\d_])(?:после|after)\s+(?P<when>\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)\b")
"""A day a task waits for ("написать после 9.12"): the task is due the day after."""
_BY = re.compile(
    r"(?<![^\W\d_])(?:до|к|by|until|before)\s+(?:(?:пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat"
    r"|sun)[^\W\d_]*\.?,?\s+)?(?P<when>\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{1,2}\s+[^\W\d_]{3,}"
    r"|[A-Za-z]{3,}\s+\d{1,2}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
"""A deadline a task's words give ("до пт 4.12", "by Dec 8", "к 15 декабря")."""
_AT = re.compile(
    r"(?<![\d.])(?P<when>\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)\s+(?:в\s+|at\s+)?\d{1,2}:\d{2}"
    r"|(?<![^\W\d_])(?:др|д\.р\.|день рождения|birthday|bday)\W+(?P<birthday>\d{1,2}\.\d{1,2})\b",
    re.IGNORECASE,
)
"""A day a task's words set with its hour ("созвон 7.12 12:00") or a birthday's ("ДР
14.12!"): the task is that day's."""


def greets_on(text: str) -> tuple[int, int] | None:
    """The (month, day) of the birthday a task reminds of ("ДР 14.12!"), or None."""
    found = _AT.search(text)
    if found is None or not found["birthday"] or _GIFT.search(text):
        return None  # "купить подарок на ДР 14.12": a task of its own, before the day
    day, month = (int(part) for part in found["birthday"].split("."))
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


_GIFT = re.compile(r"подар|gift|present|купить|заказать|buy|order|cake|торт|цвет", re.I)


def words_of(text: str) -> str:
    """A task's words without its Tasks-plugin dates and marks, spaces folded, casefolded."""
    return " ".join(_MARKS.sub("", text).split()).casefold()


_MARKS = re.compile(
    r"[📅⏳🛫✅➕⏫🔼🔽🔺⏬]\ufe0f?\s*(?:\d{4}-\d{2}-\d{2})?|[\[(]\s*\w+::[^\])]*[\])]"
)


def promises_to(
    graph: VaultGraph,
    contact: str,
    interactions: Iterable[Interaction] = (),
    today: date | None = None,
) -> tuple[Promise, ...]:
    """The promises not kept yet among the open tasks linking the contact at `contact`, in the
    user's notes (no template, no Kanban board, no note vaultkit writes: those are not in the
    graph). A task carried from note to note is one promise, dated by its first copy and due
    by its latest own 📅. It is kept once a copy of it is ticked in a note of that day or
    later, or its line in Due contacts was ticked (a recorded line among `interactions` carries
    its block id); the same words promised again after that are a new promise."""
    open_tasks, done = _tasks_linking(graph, contact, today)
    recorded = [(i.on, i.text) for i in interactions if "^vk-pr-" in i.text]
    chains: dict[str, list[Promise]] = {}
    for promise in sorted(open_tasks, key=lambda p: (p.made_on or date.min, p.path, p.line)):
        chains.setdefault(promise.words, []).append(promise)
    found = []
    for words, copies in chains.items():
        while copies:
            first = copies[0]
            since = first.made_on or date.min
            ticked = [on or date.max for on, text in done if text == words]
            ticked += [on for on, text in recorded if "^" + first.block_id in text]
            kept_on = min((on for on in ticked if on >= since), default=None)
            if kept_on is None:
                due_on = next((p.due_on for p in reversed(copies) if p.due_on), None)
                latest = copies[-1].text
                found.append(replace(first, text=latest, due_on=due_on))
                break
            copies = [p for p in copies if p.made_on is not None and p.made_on > kept_on]
    return tuple(found)


def _tasks_linking(
    graph: VaultGraph, contact: str, today: date | None = None
) -> tuple[list[Promise], list[tuple[date | None, str]]]:
    """The open tasks linking `contact` or written in their own note ("- [ ] write Mia's
    reference"), and the words and days of the done ones. A task's words that name a day
    without its year ("ответ по офферу до 11.12") are read near the day of its note, else near
    `today` (an open task is read as of now), else its note's latest dated entry."""
    open_tasks: list[Promise] = []
    done: list[tuple[date | None, str]] = []
    sources = graph.linking_lines(contact)
    own = graph.notes.get(contact)
    if own is not None:
        sources[contact] = {task.line for task in own.tasks}
        step = planned_step(own)  # `next_action: send code sample` with its `next_action_date`
        if step is not None:
            open_tasks.append(Promise(contact, step[0], step[1], step[2], None, contact, True))
    for source, lines in sources.items():
        if graph.kinds.get(source) in _NOT_PROMISES:
            continue
        note = graph.notes[source]
        made_on = graph.daily_dates.get(source) or note_day(note.get("date"), note.title)
        near = made_on or today or max((e.on for e in note.entries), default=None)
        for task in note.tasks:
            if task.line not in lines:
                continue
            if task.done:
                done.append((task.done_on or made_on, words_of(task.text)))
                continue
            if awaited_from_them(task.text):
                continue
            open_tasks.append(
                Promise(source, task.line, task.text, due_of(task.text, near), made_on, contact)
            )
    return open_tasks, done


def with_copies(promises: tuple[Promise, ...], more: Iterable[Promise]) -> tuple[Promise, ...]:
    """`promises` and those of `more` that promise other words: a task copied into a weekly
    note, a meeting note and the contact's own note is one promise ("Send Priyanka my portfolio
    📅 2026-12-08" three times), listed once."""
    said = {promise.words for promise in promises}
    added = []
    for promise in more:
        if promise.words not in said:
            said.add(promise.words)
            added.append(promise)
    return (*promises, *added)


def carried_once(
    promises: tuple[Promise, ...], periodic: Callable[[str], bool]
) -> tuple[Promise, ...]:
    """`promises` (to one contact) without the copies a daily or weekly note carries in other
    words ("Ruben — congrats (still!!)" in 2026-W46 beside "congratulate Ruben on Stroom" in
    his note), or the next step the contact's properties plan (`next_action: send thank-you
    email` beside "- [ ] thank-you email to Daniel"): a promise of a `periodic` note, or a
    planned step, that shares a word of five letters or more (by its stem, the contact's name
    aside) with another promise is that promise, listed once; two promises of other notes are
    never taken for one."""
    words = {id(p): _content_stems(p) for p in promises}
    kept: list[Promise] = []

    def copy(promise: Promise) -> bool:
        return promise.planned or periodic(promise.path)

    for promise in sorted(promises, key=lambda p: (copy(p), p.made_on or date.min)):
        if copy(promise) and any(_share(words[id(promise)], words[id(k)]) for k in kept):
            continue
        kept.append(promise)
    return tuple(p for p in promises if p in kept)


def _share(these: set[str], those: set[str]) -> bool:
    """Whether two promises share a word: a stem, or one the start of the other ("congrat",
    "congratul")."""
    return any(a.startswith(b) or b.startswith(a) for a in these for b in those)


def _content_stems(promise: Promise) -> set[str]:
    name = set(stems(promise.contact.rsplit("/", 1)[-1].removesuffix(".md")))
    return {s for s in stems(words_of(promise.text)) if len(s) >= 5 and s not in name}
