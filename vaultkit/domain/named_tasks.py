"""Promises written with a contact's name and no link, as people jot them in daily and weekly
notes ("- [ ] reply Priya 📅 2026-11-23", "- [ ] Паше — ужин за рефку"): an open task naming one
contact by full name, alias or a first name no other contact has, in any of its Russian cases.
Read once per build from the whole vault (a note that names a contact does not link it, so the
daemon could not tell which contacts it touches), never remembered between builds."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from vaultkit.domain.contacts import Contact
from vaultkit.domain.interactions import one_way_signal
from vaultkit.domain.kept_tasks import sent_since, stems, still_owed
from vaultkit.domain.name_forms import (
    NameIndex,
    cyrillic_spellings,
    dative_forms,
    is_form_of,
    name_index,
    named_in,
)
from vaultkit.domain.promise_words import sent_before_name, stale_task
from vaultkit.domain.promises import Promise, awaited_from_them, due_of, words_of
from vaultkit.domain.rounds_ahead import is_round_task
from vaultkit.domain.said_in_passing import KeyedLine, fleeting_log_day, keyed_lines
from vaultkit.domain.short_names import heading_name, heading_nicknames, short_forms
from vaultkit.domain.task_addressee import FOR, addressed
from vaultkit.links.graph import VaultGraph, is_board
from vaultkit.model import Note, Task
from vaultkit.parse.dates import note_day
from vaultkit.parse.day_plans import planned_days
from vaultkit.parse.names import archived
from vaultkit.parse.weekly_notes import day_of_line

_NOT_READ = ("template",)
Others = dict[tuple[str, int], frozenset[str]]
"""Tasks to someone else than a contact whose note holds or whose link they carry, by (path,
line): those they are to."""


def named_promises(
    graph: VaultGraph, contacts: Iterable[Contact], today: date | None = None
) -> tuple[dict[str, tuple[Promise, ...]], Others]:
    """For each contact's path, the open tasks that name them without linking any contact, not
    in their own note, and not kept (ticked in Due contacts: a recorded line with the block id
    among their interactions); and, by (path, line), whom each task is to that is in one
    contact's note or links one but is to another ("- [ ] я → портфолио для Piotr" in Ewa's
    note: Piotr's; "контакт [[Michał Zając|Michała]] Ире": Ира's)."""
    known = list(contacts)
    index = names_index(graph, known)
    others: Others = {}
    if not index:
        return {}, others
    recorded = {
        c.path: " ".join(i.text for i in c.interactions if "^vk-pr-" in i.text) for c in known
    }
    found: dict[str, dict[str, Promise]] = {}
    done = sent_since(known, index)  # "× CV Пете" after "• скинуть …" joins them below
    for path, note in graph.notes.items():
        if graph.kinds.get(path) in _NOT_READ or is_board(note) or not note.tasks:
            continue
        linked: dict[int, set[str]] = {}
        for link, target in graph.links_with_targets(path):
            if target is not None and graph.kinds.get(target) == "contact":
                linked.setdefault(link.line, set()).add(target)
        contact_lines = set(linked)
        made_on = _made_on(graph, path, note)
        plans = planned_days(note, made_on) if made_on else {}  # "**di 8**" over its tasks
        for task in note.tasks:
            if task.done and task.line not in contact_lines:
                on = task.done_on or made_on or day_of_line(path, note, task.line)
                for contact in _addressees(task.text, index)[0]:
                    done.setdefault(contact, []).append(
                        (on, path, task.line, stems(task.text, index))
                    )
            if task.open and task.line in contact_lines:  # a linked one is promises_to's, but
                to_another = _to_another(task, linked[task.line], index, path)  # "контакт
                others.update(to_another)  # [[Michał Zając|Michała]] Ире": Ира's, read below
                if not to_another:
                    continue
            if not task.open:
                continue
            if awaited_from_them(task.text) or is_round_task(task.text):
                continue  # "he was going to send slots": their debt; a round to go to
            if archived(path) and (due_of(task.text, made_on) or date.min) < (today or date.max):
                continue  # an archived search's open tasks are history, unless still ahead
            addressed, for_them = _addressees(task.text, index)
            if for_them and path not in addressed and graph.kinds.get(path) == "contact":
                others[(path, task.line)] = frozenset(addressed)  # "я → портфолио для Piotr"
            for contact in addressed:
                if contact == path:
                    continue  # a task in their own note is promises_to's too
                on = made_on or day_of_line(path, note, task.line)
                due = due_of(task.text, on or today) or plans.get(task.line)
                if stale_task(task.noted, task.text, due or on, on, today):
                    continue  # a to-do callout long past, a day planner's block of a past day
                promise = Promise(path, task.line, task.text, due, on, contact)
                if "^" + promise.block_id not in recorded.get(contact, ""):
                    found.setdefault(contact, {}).setdefault(words_of(task.text), promise)
    return still_owed(graph, known, found, done, index), others


def _to_another(task: Task, linked: set[str], index: NameIndex, path: str) -> Others:
    """The task's (path, line) with those it is to, where it links contacts but is to another
    it names, none of them ("контакт [[Michał Zając|Michała]] Ире": Ира's, of Michał; "thank
    Anna … for the intro to [[Piotr]]", in Anna's own note too: hers)."""
    addressed, for_them = _addressees(task.text, index)
    if for_them or not addressed or linked & set(addressed):
        return {}
    return {(path, task.line): frozenset(addressed)}


def _made_on(graph: VaultGraph, path: str, note: Note) -> date | None:
    """The day a note's tasks were written on: a daily note's, a note's own date, or a
    fleeting note's named by its time ("202612060945")."""
    return (
        graph.daily_dates.get(path)
        or note_day(note.get("date"), note.title)
        or fleeting_log_day(note)
    )


def _addressees(text: str, index: NameIndex) -> tuple[list[str], bool]:
    """The contacts a task is to (not "order the book Amelie mentioned": about them, not to
    them), and whether it is only "for" them; one it is only for is none where it is to
    someone ("ask Ewa to pass the portfolio for Piotr": Ewa's)."""
    to: list[str] = []
    only_for: list[str] = []
    silent: list[str] = []  # "если Нино не ответит — написать ещё раз": to her, unless to another
    after_one = -1  # where the last name the task is to ends
    for match, contact in sorted(named_in(index, text), key=lambda found: found[0].start()):
        if _KIN.match(text, match.end()):
            continue  # "Анне (сестре)", "Max (neighbour)": someone else of that name
        if (
            addressed(text, match.start(), match.end())
            or _dative(index, match, contact)
            or sent_before_name(text, match.start(), match.end())
            or (
                after_one >= 0
                and _AND.fullmatch(text, after_one, match.start()) is not None
                and not _POSSESSIVE.search(text, match.start(), match.end() + 2)  # "Sophie's …"
            )
        ):
            for_them = FOR.search(text[: match.start()]) is not None
            (only_for if for_them else to).append(contact)
            after_one = match.end()
        elif (
            _IF.search(text[: match.start()])
            and (quiet := _SILENT.match(text, match.end())) is not None
            and _WRITE_AGAIN.match(text, quiet.end())
        ):
            silent.append(contact)
    if to:
        return to, False
    return (only_for, True) if only_for else (silent, False)


_POSSESSIVE = re.compile(r"['’]s(?![^\W\d_])")
_AND = re.compile(r"\s*(?:\+|&|and|и)\s*", re.IGNORECASE)
"""Between two names a task is to both of ("tell Ravi + Sophie monzo deadline")."""
_KIN = re.compile(
    r"\s*\((?:сестр|брат|сосед|мам|пап|муж|жен|сын|доч|друг|подруг|тёт|тет|дяд|бабушк|дедушк"
    r"|sister|brother|neighbou?r|mum|mom|dad|husband|wife|son|daughter|friend|aunt|uncle)"
    r"|\s+(?:(?:from )?next door|from (?:upstairs|downstairs))",
    re.IGNORECASE,
)
"""A gloss after a name saying who of that name is meant: family, a neighbour, a friend."""


def _dative(index: NameIndex, match: re.Match[str], contact: str) -> bool:
    """Whether a Cyrillic name stands in the dative, no preposition before it: the one the
    task is to, however few its words ("рекомендатели Елене — до вт", "Тимуру ссылки")."""
    word = match.group(0).casefold()
    before, after = match.string[: match.start()], match.string[match.end() :]
    if _ABOUT.search(before) or _NOT_TO.search(before) or _THEIR_DOING.match(after):
        return False  # "о Петре и Елене", "НЕ писать Елене", "Елене не понравился мой английский"
    if word.endswith("ии") and before.strip(" •*-[]x"):
        return False  # "оффер Ксении", "от Марии": of her, as much as to her
    names = index.get(word[:3], [])
    return any(owner == contact and word in dative_forms(name) for name, owner in names)


_ABOUT = re.compile(
    r"(?<![^\W\d_])(?:о|об|про|при|в|во|на|по|к|ко|от|у|без|для|из-за|согласно|благодаря|вопреки"
    r"|навстречу|подобно)\s+(?:[А-ЯЁ][а-яё]+\s+и\s+)?$",
    re.IGNORECASE,
)
_NOT_TO = re.compile(r"(?<![^\W\d_])не\s+(?:\S+\s+)?$|^\W*не\b", re.IGNORECASE)
_THEIR_DOING = re.compile(
    r"\s*(?:не\s|понрав|нрав|хватил|показал|кажется|нужн|было\b|будет\b)", re.I
)
"""What follows a name that is not whom a task is to: their own verb ("Стефану не хватило
примеров", "Елене понравилось")."""
_WRITE_AGAIN = re.compile(
    r"[\s,—–:-]*(?:(?:то|then)\s+)?(?:написать|напишу|пишу|пингануть|пингнуть|напомнить|позвонить"
    r"|набрать|follow up|chase|ping|nudge|write|email|message|call)(?:\s+(?:ещё|еще|ей|ему|им"
    r"|her|him|them|again|once more)\b)*\s*(?:раз\b|[.!📅\n]|$)",
    re.IGNORECASE,
)
"""What a task made on silence does: write to them again ("— написать ещё раз", ", ping
again"), not to someone else ("ping Rachel"), and not give up ("больше ей не пишу")."""
_IF = re.compile(r"(?<![^\W\d_])(?:если|if|unless)\s+$", re.IGNORECASE)
_SILENT = re.compile(
    r"\s+(?:(?:так и |всё ещё |still )?(?:не ответит|не ответила|не ответил|не напишет|молчит"
    r"|doesn'?t (?:reply|answer|respond|get back)|hasn'?t (?:replied|answered|responded)"
    r"|stays? silent|is silent|has not replied|does not reply))",
    re.IGNORECASE,
)
"""A task made on someone's silence ("если Нино не ответит — написать ещё раз"): a word to
them, unless the task says whom to write instead ("If Dan hasn't replied, message Rachel")."""


def names_index(graph: VaultGraph, contacts: list[Contact]) -> NameIndex:
    """Every contact's full name, aliases and first name, in Latin letters also as Russian
    writes it ("Руи" for Rui Tavares, "Инес" for Inês), and the name their note's heading
    calls them and the short forms of a Russian first name ("Дима" for Дмитрий), where no
    other contact shares it. Made once for the same contacts and notes (a build asks four
    times)."""
    notes = tuple(graph.notes.get(c.path) for c in contacts)
    key = tuple((c.path, c.name, id(note)) for c, note in zip(contacts, notes, strict=True))
    if key not in _INDEXES:
        _INDEXES.clear()  # one build's at a time; its notes are held, so no id is reused
        _INDEXES[key] = (notes, _names_index(graph, contacts))
    return _INDEXES[key][1]


_INDEXES: dict[tuple[tuple[str, str, int], ...], tuple[tuple[Note | None, ...], NameIndex]] = {}


def _names_index(graph: VaultGraph, contacts: list[Contact]) -> NameIndex:
    first_names: dict[str, list[str]] = {}
    native: dict[str, set[str]] = {}  # by their first three letters, aliases too ("Саша")
    notes = {c.path: graph.notes.get(c.path) for c in contacts}
    headings = {path: heading_name(note) if note else None for path, note in notes.items()}
    for c in contacts:
        note = notes[c.path]
        for name in (_given(c)[0], *(note.aliases if note else ())):
            native.setdefault(name[:3].casefold(), set()).add(name.split(" ")[0])
    called = {
        c.path: _first_names(c, headings[c.path], native)
        | (set(heading_nicknames(note)) if (note := notes[c.path]) else set())
        for c in contacts
    }
    for contact in contacts:
        for spelling in called[contact.path]:
            first_names.setdefault(spelling, []).append(contact.path)
    initials: dict[str, list[str]] = {}
    for contact in contacts:
        surname = _given(contact)[1]
        for spelling in called[contact.path] if surname and surname[-1][:1].isupper() else ():
            for short in _short_surnames(surname[-1]):
                initials.setdefault(f"{spelling} {short}", []).append(contact.path)
    names: list[tuple[str, str]] = []
    for contact in contacts:
        note = notes[contact.path]
        spellings = {_plain(contact.name), *(note.aliases if note else ())}
        if headings[contact.path]:
            spellings.add(headings[contact.path] or "")  # "# Дима Захаров"
        given, rest = _given(contact)
        if rest:
            spellings.add(" ".join((given, *rest)))  # "Аня Лебедева" for "Лебедева Аня.md"
        for spelling in called[contact.path]:
            shorts = _short_surnames(rest[-1]) if rest and rest[-1][:1].isupper() else ()
            for short in shorts:  # "Лена М.", "Niamh O'C": the surname's first letters
                if initials.get(f"{spelling} {short}") == [contact.path]:  # tell two apart
                    spellings.add(f"{spelling} {short}")
            if first_names.get(spelling) == [contact.path]:
                spellings.add(spelling)
                if rest:
                    spellings.add(" ".join((spelling, *rest)))  # "Серёга Миронов"
        names.extend((name, contact.path) for name in spellings)
    return name_index(names)


def _given(contact: Contact) -> tuple[str, list[str]]:
    """A contact's given name and the other words of their name: the first word, or the second
    where the note files them surname first ("Сорокина Вика": Вика, as drafts greet her)."""
    words = _plain(contact.name).split(" ")
    if len(words) == 2 and contact.addressed_as == words[1]:
        return words[1], words[:1]
    return words[0], words[1:]


def _short_surnames(surname: str) -> tuple[str, ...]:
    """How a surname is cut short after a first name: its initial ("М."), and an Irish one's
    letters to the first after its apostrophe ("O'C" for O'Connor)."""
    cut = (surname[:3],) if len(surname) > 3 and surname[1:2] in ("'", "’") else ()
    return (f"{surname[0]}.", *cut)


def _first_names(contact: Contact, heading: str | None, native: dict[str, set[str]]) -> set[str]:
    """What a contact may be called by alone: their first name, its Cyrillic spellings, its
    short forms, and the first word of their note's heading name."""
    first = _given(contact)[0]
    called = {first, *_spelled(first, native), *short_forms(first)}
    if heading:
        called.add(heading.split()[0])
    return {name for name in called if len(name) >= 3}


def _spelled(first: str, native: dict[str, set[str]]) -> set[str]:
    """A Latin first name's Cyrillic spellings that are no form of another contact's own name
    ("Maria" is not "Мария" where Мария Иванова is one, "Kate" not "Кате" where Катя is), and
    none for a name ending in a silent e ("Kate", "Jane")."""
    if first.casefold().endswith("e"):
        return set()
    return {
        spelled
        for spelled in cyrillic_spellings(first)
        if not any(
            is_form_of(spelled, name)
            for name in native.get(spelled[:3].casefold(), ())
            if name != first
        )
    }


def _plain(name: str) -> str:
    """A contact's name without what its title adds in brackets ("Anna Kowalska (Hays)")."""
    return re.sub(r"\s*[(\[].*?[)\]]", "", name).strip()


def mentioned(
    graph: VaultGraph, contacts: Iterable[Contact], lines: list[KeyedLine] | None = None
) -> frozenset[str]:
    """The contacts with no interaction whom a dated line of another note names without a link
    ("- подписал, скан Виктории", "Thu: coffee with Priya"), or whose own note logs only a
    glance across a feed ("Saw her post"): someone the owner knows of."""
    strangers = [c for c in contacts if c.last_interaction is None]
    if not strangers:
        return frozenset()
    followed = {  # "Saw her post … Liked it": one the owner follows, not a new name
        c.path
        for c in strangers
        if (note := graph.notes.get(c.path)) and any(one_way_signal(e.text) for e in note.entries)
    }
    index = names_index(graph, strangers)
    found = {
        contact
        for _, text, source, keys in (keyed_lines(graph) if lines is None else lines)
        if keys
        for _, contact in named_in(index, text, keys)
        if contact != source
    }
    return frozenset(found | followed)
