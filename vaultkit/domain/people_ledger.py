"""People kept in one note, a section a person ("## Tom Brecken", a line of fields "Co: Shopwise
| Met: Oct 15 | Bday: Dec 9", then a dated log): each section is a contact of its own, at the
path "People.md#Tom Brecken" (a link to its heading reaches it), read as a contact note is; a
section whose person has a note of their own ("[[Priya Raman]]" on its first line) gives that
contact its dated lines. Read once a build from the notes as they are: nothing remembered."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from vaultkit.config import DueSettings
from vaultkit.domain.addressing import addressed_as
from vaultkit.domain.contacts import Contact, contact_of
from vaultkit.domain.interactions import Interaction, detect_channel
from vaultkit.domain.name_forms import NameIndex, name_index, named_in
from vaultkit.domain.promise_words import awaited_from_them, due_of
from vaultkit.domain.promises import Promise
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Note, Section, part_end
from vaultkit.parse.note_parser import loads

_PERSON = re.compile(r"[A-ZА-ЯЁ][^\W\d_'’.-]*[\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){1,3}")
"""A heading that is a person's name: two to four capitalised words ("Tom Brecken"; a word
alone, "Electrician", "Archive", may be anything)."""
_PEOPLE_NOTE = re.compile(
    r"(?<![^\W\d_])(?:people|persons?|contacts?|network\w*|crm|folks|люди|контакт\w*"
    r"|нетворк\w*|знакомые)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A note that keeps people by its name, folder or tags ("People.md", `tags: [people]`)."""
_PERSONAL_KEYS = frozenset({"company", "birthday", "met"})
_ROLE_WORDS = frozenset(
    """engineer engineering data platform senior junior lead manager team product design
    developer backend frontend staff principal director head analyst scientist platform ops
    infra security mobile qa sre devops recruiter recruiting talent hiring role roles
    инженер разработчик команда отдел платформа аналитик руководитель""".split()
)
"""Words of a team or a role ("## Data Platform", "## Senior Data Engineer"): no one's name."""
_FIELD = re.compile(r"(?:^|\|)\s*(?P<key>[^\W\d_][\w ]{0,20}?)\s*:\s*(?P<value>[^|]*)")
_KEYS = {
    "co": "company",
    "company": "company",
    "компания": "company",
    "где": "company",
    "bday": "birthday",
    "birthday": "birthday",
    "др": "birthday",
    "met": "met",
    "role": "title",
    "title": "title",
    "должность": "title",
    "email": "email",
    "phone": "phone",
    "linkedin": "linkedin",
    "telegram": "telegram",
}
"""The fields a person's section opens with, and the property each stands for."""
MIN_PEOPLE = 3
"""Sections a note needs, each a person, to be a ledger of people."""


@dataclass(frozen=True, slots=True)
class LedgerPerson:
    """One person's section of a ledger note."""

    note: Note
    sections: tuple[Section, ...]
    """Its sections: one, or those of a ledger kept a part a year ("# 2025 ¶ ## Priya Raman")."""
    fields: dict[str, str]
    """The fields of its first line, by the property each stands for."""
    name: str = ""
    """The person's name, where the heading says more ("Айгерим Сейтова — HR"); else the
    heading."""

    @property
    def section(self) -> Section:
        """Its first section."""
        return self.sections[0]

    @property
    def path(self) -> str:
        """The section's path as a contact's: "People.md#Tom Brecken"."""
        return f"{self.note.path}#{self.section.heading}"

    @property
    def heading(self) -> str | None:
        """The heading to record a tick under: its own, where no other heading of the note is
        written the same (else None: the tick goes to the interaction log)."""
        same = [s for s in self.note.sections if s.heading.strip() == self.section.heading.strip()]
        return self.section.heading if len(same) == 1 else None

    @property
    def person(self) -> str:
        """The person's name."""
        return self.name or self.section.heading.strip()


def ledger_people(graph: VaultGraph) -> list[LedgerPerson]:
    """Every person's section of the vault's ledgers of people: notes that are no one's note
    (no contact's, company's or interview's) with MIN_PEOPLE sections or more each headed by a
    name and opening with a line of fields; a section headed by a name (not a company's) that
    holds a dated line is a person's there too."""
    companies = name_index((note.title, note.path) for note in graph.of_kind("company"))
    found = []
    for path, note in graph.notes.items():
        if graph.kinds.get(path) != "other" or len(note.sections) <= MIN_PEOPLE:
            continue
        if not _PEOPLE_NOTE.search(" ".join((path.removesuffix(".md"), *note.tags))):
            continue  # a roster of talks, trades or places is no one's ledger
        people = [p for p in _people(note) if not named_in(companies, p.section.heading)]
        if sum(bool(person.fields) for person in people) >= MIN_PEOPLE:
            found.extend(people)
    return found


_PEOPLE_PART = re.compile(
    r"(?:people|contacts?|who'?s who|кто есть кто|люди|контакты|с кем общался|с кем общалась)"
    r"(?:\s*\(.*\))?[\s:]*",
    re.IGNORECASE,
)
"""The heading of a company note's part that keeps its people ("## Люди", "## People")."""
_NAME_AND_ROLE = re.compile(rf"(?P<name>{_PERSON.pattern})(?:\s*(?:[—–,(:]|\s-\s)\s*(?P<role>.*))?")
"""A person's heading there: a name, then a role after a dash, a comma or in brackets
("Айгерим Сейтова — HR", "Marco Bianchi (Bridgehire)")."""


def company_people(graph: VaultGraph) -> list[LedgerPerson]:
    """The people a company's note keeps a section each of under its people's part ("## Люди
    ¶ ### Айгерим Сейтова — HR ¶ - 29.09 — скрин …"): each a contact of that company, at the
    section's path."""
    found = []
    for note in graph.of_kind("company"):
        dated = [entry.line for entry in (*note.entries, *note.yearless)]
        for part in note.sections:
            if not part.heading or not _PEOPLE_PART.fullmatch(part.heading.strip()):
                continue
            end = part_end(note.sections, part)
            for section in note.sections:
                if section.level != part.level + 1 or not part.line < section.line < end:
                    continue
                person = _NAME_AND_ROLE.fullmatch(section.heading.strip())
                name = person["name"].strip() if person else ""
                if not person or _ROLE_WORDS.intersection(name.casefold().split()):
                    continue
                end_of = part_end(note.sections, section)
                if not any(section.line < line < end_of for line in dated):
                    continue  # no talk with them logged: desk research, not a contact
                role = (person["role"] or "").strip(" )")
                fields = {"company": note.title, **({"title": role} if role else {})}
                found.append(LedgerPerson(note, (section,), fields, name))
    return found


def _people(note: Note) -> Iterator[LedgerPerson]:
    """The sections of a person, one each (two of one name are one person's, a year each)."""
    named: dict[str, list[Section]] = {}
    for section in note.sections:
        heading = section.heading.strip()
        if (
            section.level == 2
            and _PERSON.fullmatch(heading)
            and not _ROLE_WORDS.intersection(heading.casefold().split())
        ):
            named.setdefault(section.heading.strip().casefold(), []).append(section)
    for sections in named.values():
        person = _person(note, sections)
        if person is not None:
            yield person


def _person(note: Note, sections: list[Section]) -> LedgerPerson | None:
    dated = [entry.line for entry in (*note.entries, *note.yearless)]
    for section in sections:
        end = part_end(note.sections, section)
        first = next((line for line in section.content.split("\n") if line.strip()), "")
        fields = {
            _KEYS[key]: match["value"].strip()
            for match in _FIELD.finditer(first)
            if (key := match["key"].strip().casefold()) in _KEYS
            and re.search(r"[^\W_]", match["value"])  # "Co: ?" in a template: nothing
        }
        if not _PERSONAL_KEYS.intersection(fields):
            fields = {}  # "Role: …", "Где: …" alone: a company's section as likely
        if fields or any(section.line < line < end for line in dated):
            return LedgerPerson(note, tuple(sections), fields)
    return None


def ledger_contacts(
    graph: VaultGraph,
    contacts: tuple[Contact, ...],
    settings: DueSettings,
    today: date,
    owner_gender: str = "",
) -> tuple[Contact, ...]:
    """`contacts`, those whose section a ledger keeps with its dated lines too, and a contact
    for each section of a person who has no note of their own."""
    by_path = {contact.path: contact for contact in contacts}
    index = name_index(
        (name, c.path)
        for c in contacts
        for name in (c.name, *(graph.notes[c.path].aliases if c.path in graph.notes else ()))
    )
    companies = name_index((note.title, note.path) for note in graph.of_kind("company"))
    added: list[Contact] = []
    for person in (*ledger_people(graph), *company_people(graph)):
        own = _own_note(graph, person, index)
        if own is not None and own in by_path:
            by_path[own] = _with_lines(by_path[own], person, today)
            continue
        note = _as_note(person)
        contact, _ = contact_of(graph, note, settings, today, owner_gender)
        name = person.person
        works = [path for _, path in named_in(companies, person.fields.get("company", ""))]
        added.append(
            replace(
                contact,
                name=name,
                addressed_as=addressed_as(name),
                promises=(*contact.promises, *_owed(person, note, contact, today)),
                companies=tuple(dict.fromkeys(works))[:1] or contact.companies,
            )
        )
    return (*by_path.values(), *added)


def _owed(person: LedgerPerson, note: Note, contact: Contact, today: date) -> list[Promise]:
    """The open tasks of a person's sections, as promises to them, but those whose line in Due
    contacts was ticked (a recorded line among their talks carries its block id)."""
    recorded = [i.text for i in contact.interactions if "^vk-" in i.text]
    owed = [
        Promise(
            person.note.path,
            t.line,
            t.text,
            due_of(t.text, today, weekdays=False),
            None,
            person.path,
        )
        for t in note.tasks
        if t.open and not awaited_from_them(t.text)
    ]
    return [p for p in owed if not any("^" + p.block_id in text for text in recorded)]


def _own_note(graph: VaultGraph, person: LedgerPerson, index: NameIndex) -> str | None:
    """The contact note of a section's person: one its heading or its first line links that
    is of their name, else the one contact of the heading's name (or alias)."""
    section = person.section
    lines = section.content.split("\n")
    first = next((n for n, line in enumerate(lines, 1) if line.strip()), 1)
    heading = person.person
    for link, target in graph.links_with_targets(person.note.path):
        if (
            link.line in (section.line, section.line + first)
            and target is not None
            and graph.kinds.get(target) == "contact"
            and _same_name(heading, graph.notes[target])
        ):
            return target  # "[[Gord Mackenzie]]", not "via [[Priya Raman]]'s referral"
    named = {path for match, path in named_in(index, heading) if match.group(0) == heading}
    return named.pop() if len(named) == 1 else None  # "Tom Hardy" is not alias "Tom"'s


def _same_name(heading: str, note: Note) -> bool:
    """Whether a heading names the person of a note: its title or an alias, or their first
    name and surname."""
    names = [note.title, *note.aliases]
    said = heading.casefold().split()
    return any(
        name.casefold().split() == said
        or (len(said) > 1 and name.casefold().split()[:1] + name.casefold().split()[-1:] == said)
        for name in names
    )  # "Priya Raman" of "Priya K. Raman", not "Min-jun Kim" of "Jisoo Kim"


def _with_lines(contact: Contact, person: LedgerPerson, today: date) -> Contact:
    """A contact with the dated lines of their sections in a ledger, on days their record has
    none."""
    note = person.note
    spans = [(section.line, part_end(note.sections, section)) for section in person.sections]
    have = {i.on for i in contact.interactions}
    extra = [
        Interaction(e.on, "entry", note.path, detect_channel(e.text), e.text, e.line)
        for e in note.log_as_of(today)
        if any(start < e.line < end for start, end in spans) and e.on <= today and e.on not in have
    ]
    if not extra:
        return contact
    merged = tuple(sorted((*contact.interactions, *extra), key=lambda i: i.on))
    return replace(contact, interactions=merged)


def _as_note(person: LedgerPerson) -> Note:
    """A person's sections as a note of their own at the section's path, its fields as its
    properties and its lines on the lines they have in the ledger (a task's line is the
    ledger's line, for ticking it); the note's other lines left blank."""
    front = ["---", "type: contact"]
    front += [f"{key}: {_quoted(value)}" for key, value in person.fields.items()]
    front.append("---")
    note = person.note
    spans = [(section.line, part_end(note.sections, section)) for section in person.sections]
    written = note_lines(note)
    kept = [
        text if any(start < number < end for start, end in spans) else ""
        for number, text in enumerate(written, start=1)
    ]
    if len(front) < person.section.line:
        return loads("\n".join([*front, *kept[len(front) :]]), person.path)
    return loads("\n".join([*front, *kept]), person.path)  # lines shifted: none better


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def note_lines(note: Note) -> list[str]:
    """A note's lines as written, rebuilt from its sections (heading, then content)."""
    lines: dict[int, str] = {}
    for section in note.sections:
        if section.heading:
            lines[section.line] = "#" * min(section.level, 6) + " " + section.heading
        for offset, text in enumerate(section.content.split("\n"), start=1):
            lines[section.line + offset] = text
    last = max(lines, default=0)
    return [lines.get(number, "") for number in range(1, last + 1)]
