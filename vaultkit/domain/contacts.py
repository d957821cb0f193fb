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
from vaultkit.domain.away import Away, away_of, name_words
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
)
from vaultkit.domain.next_action import held_until, step_day_problems
from vaultkit.domain.note_outcome import text_of
from vaultkit.domain.owner_voice import their_gender, voice_of_note
from vaultkit.domain.promises import Promise, promises_to
from vaultkit.domain.reach import Way, preferred_channel, ways_of
from vaultkit.domain.sections import NEGATIONS
from vaultkit.domain.special_dates import SpecialDate, is_birthday, special_date
from vaultkit.domain.stop_signals import StopSignal, as_needed, lifted, stop_signal
from vaultkit.domain.talks import chronological, talks_with, undated_log
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.cadence import parse_cadence
from vaultkit.parse.dates import as_date
from vaultkit.parse.names import archived, person_name

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
    away: Away | None = None
    """The latest absence of theirs the vault tells of ("в отпуске до 14.12"), and the day
    they are back (domain/away.py)."""
    ways: tuple[Way, ...] = ()
    """How to reach them (email, Telegram, LinkedIn, phone), the way they prefer first."""
    prefers: str | None = None
    """The channel their note says they prefer (`channel: Telegram`)."""
    tags: tuple[str, ...] = ()
    """Their note's tags, casefolded (a yearly date of [due.events] may be for a tag)."""
    previous_companies: tuple[str, ...] = ()
    """Vault paths of companies they left (`previous_company`): history, not where they are."""
    named_companies: tuple[str, ...] = ()
    """Those of `companies` only named in plain text (`company: Acme`): less sure than a link."""
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


def _tier(note: Note, diagnostics: list[Diagnostic]) -> Tier:
    raw = text_of(note.get("tier")).casefold().strip("[]")
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
    status_text = text_of(note.get("status")).casefold().strip("[]# ")
    status: Status = _INACTIVE.get(status_text, "active")  # type: ignore[assignment]
    specials, written_language = _special_dates(note, settings, diagnostics), language_written(note)
    interactions, glances = talks_with(graph, note, today, diagnostics)
    if theirs := owner_gender and their_gender(owner_gender, voice_of_note(note)):
        interactions = tuple(  # in a man's note of a woman, "прислала слоты" is hers
            replace(i, their_gender=theirs) if i.source in ("entry", "daily") else i
            for i in interactions
        )
    diagnostics.extend(step_day_problems(note))
    if archived(note.path) and not status_text and not _lately(interactions, note.path, today):
        status = "archived"  # Archive/Job hunt 2021/Steve Carver.md: history, no one to write to
    stop = stop_signal(note)
    if stop is not None and not lifted(stop, note, interactions, today):
        status = "archived"
    else:
        stop = None
    current, left, named = companies_of(graph, note.path)
    contact = Contact(
        path=note.path,
        name=person_name(note.title, note.aliases),
        tier=tier,
        cadence_days=cadence or default,
        status=status,
        snooze_until=as_date(note.get("snooze_until")) or held_until(note, today),
        specialization=text_of(note.get("specialization")) or None,
        recruiter_type=text_of(note.get("recruiter_type")) or None,
        companies=current,
        interactions=interactions,
        special_dates=tuple(specials),
        language=language_of(note),
        language_written=written_language is not None,
        addressed_as=greeting_name(text_of(note.get("first_name") or note.get("имя")))
        or addressed_as(person_name(note.title, note.aliases)),
        stopped_by=stop,
        promises=promises_to(graph, note.path, interactions, today),
        awaited=awaited_from(interactions, today),
        away=away_of((*interactions, *glances), (), name_words(note.title)),
        ways=ways_of(note),
        prefers=preferred_channel(note),
        tags=tuple(tag.casefold() for tag in note.tags),
        previous_companies=left,
        named_companies=named,
        role_change=_move_of(graph, note, (*interactions, *glances), today),
        ratings=ratings_of(note, diagnostics),
        undated_log=undated_log(note),
    )
    return contact, tuple(diagnostics)


_LATELY = 180
"""Days within which a talk makes an archived contact one to write to again."""


def _lately(interactions: tuple[Interaction, ...], own: str, today: date) -> bool:
    """Whether a talk of both, or of the owner's, told outside the contact's archived note (its
    own log's yearless days say nothing of now) is of the last months."""
    return any(
        0 <= (today - i.on).days <= _LATELY and i.turn.by in ("me", "both")
        for i in interactions
        if i.source != "property" and i.path != own
    )


def _move_of(
    graph: VaultGraph, note: Note, heard: tuple[Interaction, ...], today: date
) -> RoleChange | None:
    """The contact's latest move: the later of one a dated entry tells (talks and glances
    alike: "LinkedIn says she's started at Octopus") and one their note's prose tells."""
    logged = role_change(tuple(sorted(heard, key=chronological)), note.path, graph.kinds)
    told = told_move(note, today)
    if logged is None or told is None:
        return logged or told
    return told if told.on > logged.on else logged


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
    specials: list[SpecialDate] = []
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
                _keep(specials, found)
    if not any(is_birthday(special) for special in specials):
        specials.extend(birthday_lines(note))
    return specials


def _keep(specials: list[SpecialDate], found: SpecialDate) -> None:
    """`found` added to `specials` unless a date of its kind on its day is there (`др: 10.12`
    and `ДР:: 1991-12-10` in one note: one birthday), the one with its year kept."""
    for at, kept in enumerate(specials):
        if (kept.month, kept.day, is_birthday(kept)) == (
            found.month,
            found.day,
            is_birthday(found),
        ):
            if kept.year is None and found.year is not None:
                specials[at] = found
            return
    specials.append(found)


_BIRTHDAY_LINE = re.compile(
    r"^>?[ ]?(?:[-*+][ \t]+)?(?:\*\*)?(?:bday|b-day|birthday|др|д\.р\.|день рождения)(?:\*\*)?"
    r"[ \t:—–-]+(?P<day>[^\n(🎂]{3,20}?)[ \t]*(?:🎂|\(|$)",
    re.IGNORECASE | re.MULTILINE,
)
"""A line of a contact's note that gives their birthday ("- bday Dec 10 🎂", "ДР: 14.03")."""


def birthday_lines(note: Note) -> list[SpecialDate]:
    """The birthday a line of the contact's own note gives, where no property does."""
    for section in note.sections:
        for found in _BIRTHDAY_LINE.finditer(section.content):
            line = section.line + 1 + section.content.count("\n", 0, found.start())
            day = special_date("birthday", found["day"].strip(" .,"), line)
            if day is not None:
                return [day]
    return []
