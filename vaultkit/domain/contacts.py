"""Contacts: tier, cadence, status, special dates (read in special_dates.py) and every interaction
found in the vault."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from vaultkit.config import DueSettings
from vaultkit.domain.addressing import addressed_as, greeting_name, language_of, language_written
from vaultkit.domain.awaited import Awaited, awaited_from
from vaultkit.domain.career import (
    NO_RATINGS,
    Ratings,
    RoleChange,
    companies_of,
    ratings_of,
    role_change,
    told_move,
)
from vaultkit.domain.contact_words import INACTIVE as _INACTIVE
from vaultkit.domain.contact_words import KEY_TIERS as _KEY_TIERS
from vaultkit.domain.contact_words import SUPPORTING_TIERS as _SUPPORTING_TIERS
from vaultkit.domain.interactions import (
    Interaction,
    called_off,
    detect_channel,
    one_way_signal,
)
from vaultkit.domain.last_contact import last_contact_of
from vaultkit.domain.next_action import held_until, step_day_problems
from vaultkit.domain.owner_voice import their_gender, voice_of_note
from vaultkit.domain.promises import Promise, promises_to
from vaultkit.domain.reach import Way, preferred_channel, ways_of
from vaultkit.domain.sections import NEGATIONS
from vaultkit.domain.special_dates import SpecialDate, special_date
from vaultkit.domain.stop_signals import StopSignal, as_needed, lifted, stop_signal
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.cadence import parse_cadence
from vaultkit.parse.dates import as_date, note_day, planned_ahead
from vaultkit.parse.names import person_name

Tier = Literal["key", "supporting"]
Status = Literal["active", "archived", "paused"]


@dataclass(frozen=True, slots=True)
class Contact:
    """A person to keep in touch with, as the vault describes them."""

    path: str
    """Vault path of the contact note."""
    name: str
    """The note's title."""
    tier: Tier
    """key or supporting (no tier means supporting)."""
    cadence_days: int
    """Days between check-ins: the cadence property, else the tier's default."""
    status: Status
    """active, archived or paused."""
    snooze_until: date | None
    """Hidden from the due list until this day (inclusive of the day before)."""
    specialization: str | None
    """technical, executive, HR ... as written."""
    recruiter_type: str | None
    """agency, in-house, independent ... as written (the `recruiter_type` property)."""
    companies: tuple[str, ...]
    """Vault paths of companies the contact's properties link to."""
    interactions: tuple[Interaction, ...]
    """Every dated interaction up to today, oldest first."""
    special_dates: tuple[SpecialDate, ...]
    """Dates from the properties named in the config."""
    language: Literal["en", "ru"]
    """Language to write to them in: as their `language` property says, else by their name
    (Cyrillic: ru)."""
    language_written: bool = False
    """True when their `language` property chose it (it then wins over the config's
    draft_language)."""
    addressed_as: str = ""
    """How a draft greets them: their `first_name` property, else the given name found in
    their note's name ('' when there is none)."""
    stopped_by: StopSignal | None = None
    """Where the note says to stop writing to them (their status is then archived)."""
    promises: tuple[Promise, ...] = ()
    """Open tasks in the user's notes that link them and are not kept yet."""
    awaited: Awaited | None = None
    """What they said they would do by a time now passed, with no word from them since."""
    ways: tuple[Way, ...] = ()
    """How to reach them (email, Telegram, LinkedIn, phone), the way they prefer first."""
    prefers: str | None = None
    """The channel their note says they prefer (`channel: Telegram`)."""
    tags: tuple[str, ...] = ()
    """Their note's tags, casefolded (a yearly date of [due.events] may be for a tag)."""
    previous_companies: tuple[str, ...] = ()
    """Vault paths of companies they left (`previous_company`): history, not where they are."""
    role_change: RoleChange | None = None
    """The latest entry saying they moved to another company."""
    ratings: Ratings = NO_RATINGS
    """How you rate them (`trust`, `satisfaction`, `salary_range`), when the note says."""
    undated_log: bool = False
    """Their note holds timeline lines dated without a year that it gives none to (warned
    about): contact vaultkit cannot date, so never "no interaction yet"."""

    @property
    def last_interaction(self) -> Interaction | None:
        """The latest interaction, or None for someone never contacted."""
        return self.interactions[-1] if self.interactions else None


def _text(value: object) -> str:
    if isinstance(value, tuple):
        value = value[0] if value else ""
    return str(value).strip() if value is not None else ""


def _tier(note: Note, diagnostics: list[Diagnostic]) -> Tier:
    raw = _text(note.get("tier")).casefold().strip("[]")
    if not raw or raw in _SUPPORTING_TIERS:
        return "supporting"
    if raw in _KEY_TIERS:
        return "key"
    # a phrase with one tier's words in it ("key contact", "supporting (agency)"); letters and
    # digits alone ("a", "2") and negated phrases ("not key") are not guessed from
    words = set(re.findall(r"[^\W\d_]{3,}", raw))
    key, supporting = words & _KEY_TIERS, words & _SUPPORTING_TIERS
    if not words & NEGATIONS and bool(key) != bool(supporting):
        return "key" if key else "supporting"
    line = note.line_of("tier")
    diagnostics.append(
        Diagnostic(
            note.path,
            line,
            "warning",
            f"tier {raw!r} is neither key nor supporting; read as supporting",
            f"tier {raw!r} не key и не supporting; считается supporting",
        )
    )
    return "supporting"


def contact_of(
    graph: VaultGraph, note: Note, settings: DueSettings, today: date, owner_gender: str = ""
) -> tuple[Contact, tuple[Diagnostic, ...]]:
    """One contact note as a Contact, with the problems found reading it.

    It depends only on the note, the notes it links to or is linked from, and the gender the
    owner writes of themselves in (`owner_voice.owner_gender`).
    """
    diagnostics: list[Diagnostic] = []
    tier = _tier(note, diagnostics)
    cadence = _cadence(note, diagnostics)
    default = settings.key_cadence_days if tier == "key" else settings.supporting_cadence_days
    status_text = _text(note.get("status")).casefold().strip("[]# ")
    status: Status = _INACTIVE.get(status_text, "active")  # type: ignore[assignment]
    specials = _special_dates(note, settings, diagnostics)
    written_language = language_written(note)
    interactions = _interactions(graph, note, today, diagnostics)
    if theirs := owner_gender and their_gender(owner_gender, voice_of_note(note)):
        interactions = tuple(  # in a man's note of a woman, "прислала слоты" is hers
            replace(i, their_gender=theirs) if i.source in ("entry", "daily") else i
            for i in interactions
        )
    diagnostics.extend(step_day_problems(note))
    stop = stop_signal(note)
    if stop is not None and not lifted(stop, note, interactions, today):
        status = "archived"
    else:
        stop = None
    current, left = companies_of(graph, note.path)
    contact = Contact(
        path=note.path,
        name=person_name(note.title, note.aliases),
        tier=tier,
        cadence_days=cadence or default,
        status=status,
        snooze_until=as_date(note.get("snooze_until")) or held_until(note, today),
        specialization=_text(note.get("specialization")) or None,
        recruiter_type=_text(note.get("recruiter_type")) or None,
        companies=current,
        interactions=interactions,
        special_dates=tuple(specials),
        language=language_of(note),
        language_written=written_language is not None,
        addressed_as=greeting_name(_text(note.get("first_name") or note.get("имя")))
        or addressed_as(person_name(note.title, note.aliases)),
        stopped_by=stop,
        promises=promises_to(graph, note.path, interactions, today),
        awaited=awaited_from(interactions, today),
        ways=ways_of(note),
        prefers=preferred_channel(note),
        tags=tuple(tag.casefold() for tag in note.tags),
        previous_companies=left,
        role_change=_latest_move(
            role_change(interactions, note.path, graph.kinds),
            told_move(note, today),
        ),
        ratings=ratings_of(note, diagnostics),
        undated_log=undated_log(note),
    )
    return contact, tuple(diagnostics)


def _latest_move(logged: RoleChange | None, told: RoleChange | None) -> RoleChange | None:
    """The later of a move a dated entry tells and one the note's prose tells."""
    if logged is None or told is None:
        return logged or told
    return told if told.on > logged.on else logged


def note_date(graph: VaultGraph, path: str) -> date | None:
    """The day a note stands for: a daily note's name, else its `date` property, else the date
    its name starts with."""
    note = graph.notes[path]
    return graph.daily_dates.get(path) or note_day(note.get("date"), note.title)


def _interactions(
    graph: VaultGraph, note: Note, today: date, diagnostics: list[Diagnostic]
) -> tuple[Interaction, ...]:
    found: list[Interaction] = []
    found.extend(last_contact_of(note, today, diagnostics))
    if undated_log(note):
        diagnostics.append(_undated_warning(note.path, note.undated_lines))
    for entry in note.log_as_of(today):
        found.append(
            Interaction(
                entry.on, "entry", note.path, detect_channel(entry.text), entry.text, entry.line
            )
        )
    for source, lines in graph.linking_lines(note.path).items():
        found.extend(_from_linking_note(graph, note, source, lines, diagnostics))
    found = [
        i
        for i in found
        if i.on <= today
        and not one_way_signal(i.text)
        and not (i.source in ("daily", "entry") and called_off(i.text))
    ]
    found.sort(key=_chronological)
    return tuple(found)


def undated_log(note: Note) -> bool:
    """Whether a contact's note keeps a log vaultkit cannot date: two lines or more dated
    without a year, and no year in the note to take (one alone may be a birthday, "- 14.02")."""
    return len(note.undated_lines) >= 2


def _undated_warning(path: str, lines: tuple[int, ...]) -> Diagnostic:
    """The warning for a contact's timeline lines no year can be given to."""
    return Diagnostic(
        path,
        lines[0],
        "warning",
        f"{len(lines)} timeline lines dated without a year, and the note gives none to take it "
        "from: each is read as the latest such day up to today; write the year in one line "
        "(- Oct 23, 2026 — call) or add a `last_contact` property to be sure",
        f"строк с датой без года: {len(lines)}, а год в заметке больше нигде не указан: каждая "
        "прочитана как последний такой день до сегодняшнего; допишите год хотя бы в одной "
        "строке (- 23.10.2026 ...) или добавьте свойство `last_contact`, чтобы не гадать",
    )


def _cadence(note: Note, diagnostics: list[Diagnostic]) -> int | None:
    """The note's own cadence in days (None when it gives none, or one vaultkit cannot read,
    which is warned about)."""
    cadence = None
    raw_cadence = note.get("cadence")
    if raw_cadence is not None:
        cadence = parse_cadence(raw_cadence)
        if cadence is None and not as_needed(raw_cadence):
            line = note.line_of("cadence")
            diagnostics.append(
                Diagnostic(
                    note.path,
                    line,
                    "warning",
                    f"cadence {raw_cadence!r} is not a cadence vaultkit reads (try 30, 2w, "
                    f"6 weeks, monthly, quarterly, раз в 2 недели); the tier's default is used",
                    f"cadence {raw_cadence!r} vaultkit не понимает (пишите 30, 2w, раз в 2 "
                    "недели, ежемесячно, monthly); взят интервал по умолчанию для tier",
                )
            )
    return cadence


def _special_dates(
    note: Note, settings: DueSettings, diagnostics: list[Diagnostic]
) -> list[SpecialDate]:
    """The special dates the note's properties give (a value that is not a date is warned
    about)."""
    specials = []
    for prop in note.properties:
        if prop.name in settings.special_dates:
            found = special_date(prop.key, prop.value, prop.line)
            written = repr(prop.value) if isinstance(prop.value, float) else ""
            if found is None and re.fullmatch(r"\d{1,2}\.\d\d", written):
                found = special_date(prop.key, written, prop.line)  # `др: 12.12`, a number
            if found is None and prop.value not in (None, ""):
                number = isinstance(prop.value, (int, float)) and not isinstance(prop.value, bool)
                hint = hint_ru = ""
                if number:  # `birthday: 03.12` is the number 3.12 to YAML
                    hint = ' (a number to YAML: write "03.12" in quotes, 12-03 or 1991-12-03)'
                    hint_ru = (
                        ' (для YAML это число: напишите "03.12" в кавычках, 12-03 или 1991-12-03)'
                    )
                diagnostics.append(
                    Diagnostic(
                        note.path,
                        prop.line,
                        "warning",
                        f"{prop.key} {prop.value!r} is not a date{hint}",
                        f"{prop.key} {prop.value!r} не дата{hint_ru}",
                    )
                )
            elif found is not None:
                specials.append(found)
    return specials


def _from_linking_note(
    graph: VaultGraph,
    note: Note,
    source: str,
    lines: set[int],
    diagnostics: list[Diagnostic],
) -> list[Interaction]:
    """The interactions with `note` that note `source` records on the `lines` that link it: dated
    entries, done tasks, a daily note's mention, a meeting or an interview."""
    found: list[Interaction] = []
    other = graph.notes[source]
    kind = graph.kinds.get(source)
    found.extend(
        Interaction(entry.on, "entry", source, detect_channel(entry.text), entry.text, entry.line)
        for entry in other.entries
        if entry.line in lines
    )
    for task in other.tasks:
        if not task.done or task.line not in lines:
            continue
        on = task.done_on or note_date(graph, source)
        if on is None:
            diagnostics.append(
                Diagnostic(
                    source,
                    task.line,
                    "warning",
                    f"done task linking {note.title} has no done date (✅ 2026-11-20 or "
                    "[completion:: 2026-11-20]); not counted as contact",
                    f"у выполненной задачи со ссылкой на {note.title} нет даты выполнения "
                    "(✅ 2026-11-20 или [completion:: 2026-11-20]); контактом не считается",
                )
            )
            continue
        found.append(
            Interaction(on, "task", source, detect_channel(task.text), task.text, task.line)
        )
    if kind == "daily":
        on = graph.daily_dates.get(source)
        plans = {task.line for task in other.tasks if not task.done}
        said = [
            link
            for link in other.links
            if link.line in lines and link.line not in plans and not planned_ahead(link.context, on)
        ]  # "- пн 07.12 — follow-up [[Jonas Weber]]" in a week's plan is no contact yet
        if on is not None and said:  # a mention only in an open task is a plan, not a contact
            context, at = said[0].context, said[0].line
            found.append(Interaction(on, "daily", source, detect_channel(context), context, at))
    elif kind in ("meeting", "interview"):
        on = note_day(other.get("date"), other.title)
        if on is not None:
            channel = (
                "interview"
                if kind == "interview"
                else detect_channel(_text(other.get("channel")) or other.title) or "meeting"
            )
            found.append(Interaction(on, kind, source, channel, other.title))
    return found


_SOURCE_ORDER = {"property": 0, "entry": 1, "task": 2, "daily": 3, "meeting": 4, "interview": 5}
"""Among interactions of one day, the later in this order counts as the last: a meeting or an
interview says more than a line about it, and the `last_contact` property least of all."""


def _chronological(interaction: Interaction) -> tuple[object, ...]:
    """A total order: the same interactions always give the same last one, whatever order the
    notes were read in."""
    return (
        interaction.on,
        _SOURCE_ORDER[interaction.source],
        interaction.path,
        interaction.channel or "",
        interaction.text,
    )
