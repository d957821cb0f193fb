"""Promises to a contact: open tasks in the user's own notes that link them ("- [ ] send
[[Anna]] my CV"), or that stand in the contact's own note, with their own 📅 date where they
have one. A promise is kept when its task is
ticked where it stands, or when its line in Due contacts is ticked (vaultkit then records a dated
line carrying the promise's block id in the contact's note, which this module reads back)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from vaultkit.domain.interactions import Interaction
from vaultkit.domain.next_action import planned_steps
from vaultkit.domain.promise_words import awaited_from_them as awaited_from_them
from vaultkit.domain.promise_words import due_of as due_of
from vaultkit.domain.promise_words import greets_on as greets_on
from vaultkit.domain.promise_words import stale_task
from vaultkit.domain.promise_words import words_of as words_of
from vaultkit.domain.rounds_ahead import is_round_task
from vaultkit.domain.stemming import stems
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.dates import note_day
from vaultkit.parse.names import archived
from vaultkit.parse.weekly_notes import day_of_line

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
        if self.planned and self.due_on is not None:
            made = self.due_on.isoformat()  # a step planned for another day is another step
        key = f"promise\x1f{self.contact}\x1f{self.words}\x1f{made}"
        return f"vk-pr-{hashlib.sha1(key.encode()).hexdigest()[:10]}"


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
        for line, words, day in planned_steps(own, today):  # `next_action: send code sample`
            open_tasks.append(Promise(contact, line, words, day, None, contact, True))
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
            if task.cancelled:
                continue
            if awaited_from_them(task.text) or is_round_task(task.text):
                continue  # their debt, or a round to go to ("техсобес Kaspi с Ержаном 📅 …")
            on = made_on or day_of_line(source, note, task.line)
            due = due_of(task.text, on or near, weekdays=on is not None)  # not near today
            if stale_task(task.noted, task.text, due or on, on, today):
                continue  # "> [!todo] … до 31.08" in August; "- [ ] 16:00 - 17:00 CV" of 1 Oct
            if archived(source) and (due is None or today is None or due < today):
                continue  # an archived note's open tasks are history, unless still ahead
            open_tasks.append(Promise(source, task.line, task.text, due, on, contact))
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


def promised_once(
    promises: tuple[Promise, ...],
    named: tuple[Promise, ...],
    others: Mapping[tuple[str, int], frozenset[str]],
    copies: Callable[[str], bool],
) -> tuple[Promise, ...]:
    """The promises to a contact: those of their own reading without the tasks in their note
    that are to someone else (`others`), with those that name them unlinked (`named`), each
    once (carried_once, `copies` saying which notes' tasks are copies: a daily or weekly
    note's, another contact's note's)."""
    own = tuple(p for p in promises if p.contact in others.get((p.path, p.line), {p.contact}))
    if not named and len(own) < 2:
        return own
    return carried_once(with_copies(own, named), copies)


def carried_once(
    promises: tuple[Promise, ...], periodic: Callable[[str], bool]
) -> tuple[Promise, ...]:
    """`promises` (to one contact) without the copies a daily or weekly note carries in other
    words ("Ruben — congrats (still!!)" in 2026-W46 beside "congratulate Ruben on Stroom" in
    his note), or the next step the contact's properties plan (`next_action: send thank-you
    email` beside "- [ ] thank-you email to Daniel"): a promise of a `periodic` note, or a
    planned step, that shares a word of five letters or more (a planned step two such words) by
    its stem, the contact's name aside, with another promise is that promise, listed once; two
    promises of other notes are never taken for one. (`periodic` may say so of other notes
    whose tasks are copies: another contact's note, "я → портфолио для Piotr" in Ewa's.)"""
    words = {id(p): _content_stems(p) for p in promises}
    kept: list[Promise] = []

    def copy(promise: Promise) -> bool:
        return promise.planned or periodic(promise.path)

    order = sorted(promises, key=lambda p: (copy(p), p.path != p.contact, p.made_on or date.min))
    for promise in order:
        least = 2 if promise.planned else 1  # "call him about the band" is no "ask about X"
        if copy(promise) and any(_shared(words[id(promise)], words[id(k)]) >= least for k in kept):
            continue
        if _copy_of_their_own(promise, kept, words):
            continue
        if copy(promise) and not words[id(promise)] and any(_within(promise, k) for k in kept):
            continue  # "Тёме CV!!!" in a week's plan, "скинуть Тёме CV" in the company's note
        kept.append(promise)
    return tuple(p for p in promises if p in kept and not _copied_by_day(p, kept, words))


def _copy_of_their_own(promise: Promise, kept: list[Promise], words: dict[int, set[str]]) -> bool:
    """Whether a task in a note of many people's (an inbox, a hub) is one of the contact's own
    note in other words: two words of five letters or more shared ("send Ben role summary +
    what to stress for Monzo ref" in the inbox, "send him role summary + what to stress" in
    his note); not where the two are for different days (a portfolio due this week, and its
    update for next year's role)."""
    if promise.path == promise.contact:
        return False
    return any(
        k.path == k.contact
        and promise.due_on in (None, k.due_on)  # a day of its own: another task
        and _shared(words[id(promise)], words[id(k)]) >= 2
        and (  # not "ask Ben which team the Monzo referral …" beside "send Ben my CV for Monzo"
            _opening(promise) == _opening(k) or _shared(_small_words(promise), _small_words(k)) >= 2
        )
        for k in kept
    )


def _copied_by_day(promise: Promise, kept: list[Promise], words: dict[int, set[str]]) -> bool:
    """Whether another note holds the same task for the same day in as many words or more: a
    hub's "Ping Tom again 📅 2026-12-07" beside "Ping Tom again, mention offer deadline Dec 11
    📅 2026-12-07" in his note (the fuller one stays; an equal one, the first)."""
    mine = words[id(promise)] or _all_words(promise)  # "Oisín CV 📅 2026-11-29": every word
    if promise.due_on is None or not mine:
        return False
    for other in kept:
        theirs = words[id(other)] if words[id(promise)] else _all_words(other)
        if other is promise or other.path == promise.path or other.due_on != promise.due_on:
            continue
        if _opening(other) != _opening(promise):
            continue  # "Дать Диме рекомендацию" is no "Попросить Диму … рекомендацию"
        if mine < theirs or (mine == theirs and kept.index(other) < kept.index(promise)):
            return True
    return False


def _within(short: Promise, other: Promise) -> bool:
    """Whether a task of short words shares one, the contact's name aside, with another task
    to them for the same day, or one of them for none ("Тёме CV (да блин)" and "скинуть Тёме
    CV"; not "Тёме CV 📅 12-09" and "спросить Тёму, переслал ли он моё CV 📅 12-02")."""
    if None not in (short.due_on, other.due_on) and short.due_on != other.due_on:
        return False
    name = name_starts(short)
    these, those = _all_words(short), _all_words(other)
    return any(
        len(word) >= 2 and word[:3] not in name and word not in _SMALL for word in these & those
    )


_SMALL = frozenset(
    "to the and of on in at for with re by a an my his her их его ее её с и в на по для про к о"
    " из от за до у ещё еще ей ему им".split()
)
"""Words two tasks may share and still be about different things."""


def _all_words(promise: Promise) -> set[str]:
    """Every word of a task, casefolded, where it has none of five letters to compare by."""
    return {word.casefold() for word in re.findall(r"[^\W\d_]+", words_of(promise.text))}


def _opening(promise: Promise) -> str:
    """A task's first word, casefolded, the contact's name aside: what it does ("ask", "send",
    "дать"; "скан" of "Асель — скан диплома")."""
    name = name_starts(promise)
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", words_of(promise.text))]
    return next((word for word in words if word[:3] not in name), "")


def name_starts(promise: Promise) -> set[str]:
    """The first three letters of each word of the name of the contact `promise` is to."""
    return {w.casefold()[:3] for w in re.findall(r"[^\W\d_]+", promise.contact.rsplit("/", 1)[-1])}


def _shared(these: set[str], those: set[str]) -> int:
    """How many words two promises share: a stem, or one the start of the other ("congrat",
    "congratul")."""
    return sum(any(a.startswith(b) or b.startswith(a) for b in those) for a in these)


def _content_stems(promise: Promise) -> set[str]:
    name = set(stems(promise.contact.rsplit("/", 1)[-1].removesuffix(".md")))
    said = words_of(_WHEN.sub(" ", promise.text))
    return {s for s in stems(said) if len(s) >= 5 and s not in name}


def _small_words(promise: Promise) -> set[str]:
    """A task's stems of five letters or more of the words it writes small (no company's name:
    "ask Ben which team the Monzo referral lands in" is no "send Ben my CV for Monzo")."""
    said = " ".join(re.findall(r"(?<![^\W\d_])[^\W\d_A-ZА-ЯЁ][^\W\d_]*", promise.text))
    name = set(stems(promise.contact.rsplit("/", 1)[-1].removesuffix(".md")))
    return {s for s in stems(said) if len(s) >= 5} - name


_WHEN = re.compile(
    r"(?<![^\W\d_])(?:сегодня|завтра|срочно|today|tomorrow|tonight|asap|urgent)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of when, not of what: "CV Маше (сегодня!!)" is "отправить Маше CV" of that day."""
