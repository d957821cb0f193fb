"""Contacts: tier, cadence, status, special dates and every interaction found in the vault."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from vaultkit.config import DueSettings
from vaultkit.domain.interactions import Interaction, detect_channel
from vaultkit.domain.interviews import NEGATIONS
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note, key_form
from vaultkit.parse.cadence import parse_cadence
from vaultkit.parse.dates import as_date, month_number, note_day

Tier = Literal["key", "supporting"]
Status = Literal["active", "archived", "paused"]

_KEY_TIERS = {
    "key",
    "ключевой",
    "ключевая",
    "primary",
    "core",
    "a",
    "top",
    "tier 1",
    "1",
    "vip",
    "high",
    "важный",
    "важная",
    "основной",
    "основная",
}
_SUPPORTING_TIERS = {
    "supporting",
    "поддерживающий",
    "поддерживающая",
    "вспомогательный",
    "вспомогательная",
    "второстепенный",
    "второстепенная",
    "secondary",
    "b",
    "tier 2",
    "2",
    "other",
    "low",
}
_INACTIVE = {
    "archived": "archived",
    "archive": "archived",
    "архив": "archived",
    "в архиве": "archived",
    "paused": "paused",
    "pause": "paused",
    "пауза": "paused",
    "на паузе": "paused",
    "inactive": "paused",
    "неактивен": "paused",
    "неактивна": "paused",
    "неактивный": "paused",
    "on hold": "paused",
    "dormant": "paused",
    "do not contact": "archived",
    "не писать": "archived",
    "не беспокоить": "archived",
    "архивный": "archived",
}
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LANGUAGE_WORDS: dict[Literal["en", "ru"], str] = {
    "ru": "ru rus russian русский рус ру",
    "en": "en eng english английский англ",
}
_LANGUAGES = {
    word: language for language, words in _LANGUAGE_WORDS.items() for word in words.split()
}
"""How a contact's `language` property may name the language to write to them in."""


@dataclass(frozen=True, slots=True)
class SpecialDate:
    """A yearly or one-off date worth a message: a birthday, an anniversary, a new role."""

    key: str
    """The property it comes from (birthday, work_anniversary, new_role, ...)."""
    month: int
    """Month of the date."""
    day: int
    """Day of the month."""
    year: int | None
    """Year written, if any (a birthday may have none)."""
    line: int
    """Line of the property."""


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
    cadence_from_property: bool
    """True when the note's own cadence property set cadence_days."""
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


_DAY_MONTH_NAME = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[^\W\d_]{3,}\.?)(?:,?\s+(?P<year>\d{4}))?"
)
_MONTH_NAME_DAY = re.compile(
    r"(?P<month>[^\W\d_]{3,}\.?)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
)


def _special_date(key: str, value: object, line: int) -> SpecialDate | None:
    if isinstance(value, str):
        text = value.strip()
        month_day = re.fullmatch(r"-{0,2}(\d{1,2})-(\d{1,2})", text)  # 03-14, --03-14
        if month_day:
            month, day = int(month_day[1]), int(month_day[2])
            return SpecialDate(key, month, day, None, line) if _valid(month, day) else None
        day_month = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.?", text)  # 14.03
        if day_month:
            day, month = int(day_month[1]), int(day_month[2])
            return SpecialDate(key, month, day, None, line) if _valid(month, day) else None
        named = _DAY_MONTH_NAME.fullmatch(text) or _MONTH_NAME_DAY.fullmatch(text)
        if named:  # 14 March, 14 марта 1990, March 14, Mar 14th, 1990
            return _named_month(key, named, line)
    on = as_date(value)
    return SpecialDate(key, on.month, on.day, on.year, line) if on else None


def _named_month(key: str, named: re.Match[str], line: int) -> SpecialDate | None:
    try:
        month = month_number(named["month"])
    except ValueError:
        return None
    day = int(named["day"])
    year = int(named["year"]) if named["year"] else None
    if not _valid(month, day) or (year is not None and not _real(year, month, day)):
        return None
    return SpecialDate(key, month, day, year, line)


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _valid(month: int, day: int) -> bool:
    return _real(2024, month, day)  # a leap year, so 02-29 is valid


def build_contacts(
    graph: VaultGraph, settings: DueSettings, today: date
) -> tuple[tuple[Contact, ...], tuple[Diagnostic, ...]]:
    """Every contact note as a Contact, with the problems found in their properties."""
    contacts = []
    diagnostics: list[Diagnostic] = []
    for note in graph.of_kind("contact"):
        contact, found = contact_of(graph, note, settings, today)
        contacts.append(contact)
        diagnostics.extend(found)
    return tuple(contacts), tuple(diagnostics)


def contact_of(
    graph: VaultGraph, note: Note, settings: DueSettings, today: date
) -> tuple[Contact, tuple[Diagnostic, ...]]:
    """One contact note as a Contact, with the problems found reading it.

    It depends only on the note and the notes it links to or is linked from.
    """
    diagnostics: list[Diagnostic] = []
    tier = _tier(note, diagnostics)
    cadence = None
    raw_cadence = note.get("cadence")
    if raw_cadence is not None:
        cadence = parse_cadence(raw_cadence)
        if cadence is None:
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
    default = settings.key_cadence_days if tier == "key" else settings.supporting_cadence_days
    status_text = _text(note.get("status")).casefold().strip("[]# ")
    status: Status = _INACTIVE.get(status_text, "active")  # type: ignore[assignment]
    specials = []
    for prop in note.properties:
        if key_form(prop.key) in settings.special_dates:
            found = _special_date(prop.key, prop.value, prop.line)
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
    written_language = _written_language(note)
    contact = Contact(
        path=note.path,
        name=note.title,
        tier=tier,
        cadence_days=cadence or default,
        cadence_from_property=cadence is not None,
        status=status,
        snooze_until=as_date(note.get("snooze_until")),
        specialization=_text(note.get("specialization")) or None,
        recruiter_type=_text(note.get("recruiter_type")) or None,
        companies=_linked(graph, note.path, "company"),
        interactions=_interactions(graph, note, today, diagnostics),
        special_dates=tuple(specials),
        language=written_language or ("ru" if _CYRILLIC.search(note.title) else "en"),
        language_written=written_language is not None,
        addressed_as=_text(note.get("first_name") or note.get("имя")) or addressed_as(note.title),
    )
    return contact, tuple(diagnostics)


_PATRONYMIC = re.compile(r"(?:ич|вна|ична|инична)$", re.IGNORECASE)


def addressed_as(name: str) -> str:
    """The given name in a contact's name, as a greeting uses it: the first word ("Anna
    Petrova" -> Anna), or, in a Russian full name with a patronymic, the name and patronymic
    a business letter uses, in either order ("Белова Ирина Сергеевна" and "Ирина Сергеевна
    Белова" -> Ирина Сергеевна)."""
    words = name.split()
    if len(words) == 3:  # the middle word first: a given name never ends as a patronymic,
        # a surname may (Шостакович)
        if _PATRONYMIC.search(words[1]):
            return f"{words[0]} {words[1]}"
        if _PATRONYMIC.search(words[2]):
            return f"{words[1]} {words[2]}"
    return words[0] if words else ""


def _written_language(note: Note) -> Literal["en", "ru"] | None:
    """The language the contact's `language` (or `draft_language`) property names, if it names
    one: `ru`, `русский`, `English` ...; a list counts when it names one language only (a
    property listing the languages a person speaks says nothing of which to write in)."""
    for key in ("draft_language", "language"):
        named = {_LANGUAGES.get(str(value).strip().casefold()) for value in note.values(key)}
        if len(named) == 1 and None not in named:
            return named.pop()
    return None


def _linked(graph: VaultGraph, path: str, kind: str) -> tuple[str, ...]:
    """Notes of `kind` that `path` links to from its properties, in link order."""
    found = []
    for _, target, data in graph.graph.out_edges(path, data=True):
        if data["where"] not in ("body", "embed") and graph.kinds.get(target) == kind:
            found.append(target)
    return tuple(dict.fromkeys(found))


def note_date(graph: VaultGraph, path: str) -> date | None:
    """The day a note stands for: a daily note's name, else its `date` property, else the date
    its name starts with."""
    note = graph.notes[path]
    return graph.daily_dates.get(path) or note_day(note.get("date"), note.title)


def _interactions(
    graph: VaultGraph, note: Note, today: date, diagnostics: list[Diagnostic]
) -> tuple[Interaction, ...]:
    found: list[Interaction] = []
    last_contact = as_date(note.get("last_contact"))
    if last_contact is not None and last_contact > today:  # a slip of the keyboard, most likely
        line = note.line_of("last_contact")
        diagnostics.append(
            Diagnostic(
                note.path,
                line,
                "warning",
                f"last_contact {last_contact.isoformat()} is after today "
                f"({today.isoformat()}); not counted",
                f"last_contact {last_contact.isoformat()} позже сегодняшнего дня "
                f"({today.isoformat()}); не учтён",
            )
        )
    elif last_contact is not None:
        channel = detect_channel(_text(note.get("channel")))
        found.append(Interaction(last_contact, "property", note.path, channel))
    for entry in note.entries:
        found.append(
            Interaction(entry.on, "entry", note.path, detect_channel(entry.text), entry.text)
        )
    linking_lines: dict[str, set[int]] = {}
    for source, _, data in graph.graph.in_edges(note.path, data=True):
        if source in graph.notes and source != note.path:
            linking_lines.setdefault(source, set()).add(data["line"])
    for source, lines in linking_lines.items():
        other = graph.notes[source]
        kind = graph.kinds.get(source)
        found.extend(
            Interaction(entry.on, "entry", source, detect_channel(entry.text), entry.text)
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
            found.append(Interaction(on, "task", source, detect_channel(task.text), task.text))
        if kind == "daily":
            on = graph.daily_dates.get(source)
            context = next((link.context for link in other.links if link.line in lines), "")
            if on is not None:
                found.append(Interaction(on, "daily", source, detect_channel(context), context))
        elif kind in ("meeting", "interview"):
            on = note_day(other.get("date"), other.title)
            if on is not None:
                channel = (
                    "interview"
                    if kind == "interview"
                    else detect_channel(_text(other.get("channel")) or other.title) or "meeting"
                )
                found.append(Interaction(on, kind, source, channel, other.title))
    found = [interaction for interaction in found if interaction.on <= today]
    found.sort(key=_chronological)
    return tuple(found)


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
