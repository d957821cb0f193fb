"""Professional dates worth a message: yearly days from the config's [due.events] (a recruiters'
day, for the key contacts or those with a tag) and notes of events (a conference, a meetup)
dated ahead and linking the contacts who attend."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from vaultkit.domain.contacts import Contact
from vaultkit.domain.special_dates import next_day
from vaultkit.domain.talks import note_date
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note

EVENT_WORDS = frozenset(
    ("event", "conference", "meetup", "summit", "конференция", "мероприятие", "митап", "событие")
)
"""`type` values and tags that mark a note as an event's."""


@dataclass(frozen=True, slots=True)
class Event:
    """A professional date, on the day it next falls."""

    name: str
    """As written: the config's name, or the event note's title."""
    on: date
    """The day it falls on next (today or later)."""
    path: str = ""
    """The event's note ('' for a yearly date of the config)."""
    who: str = ""
    """Whom a yearly date is for: 'key', 'all' or a tag (casefolded, without '#')."""
    attendees: frozenset[str] = frozenset()
    """Contacts an event note links."""

    def concerns(self, contact: Contact) -> bool:
        """True when the date is one to write to `contact` about."""
        if self.path:
            return contact.path in self.attendees
        if self.who == "all":
            return True
        if self.who == "key":
            return contact.tier == "key"
        return any(tag == self.who or tag.startswith(self.who + "/") for tag in contact.tags)


def yearly_events(
    dates: tuple[tuple[str, int, int, str], ...], today: date, ahead: int
) -> tuple[Event, ...]:
    """The config's yearly dates that fall within `ahead` days of `today` (29 Feb falls on
    28 Feb in other years)."""
    found = []
    for name, month, day, who in dates:
        on = next_day(month, day, today)
        if (on - today).days <= ahead:
            found.append(Event(name, on, "", who))
    return tuple(found)


def event_notes(graph: VaultGraph, today: date, ahead: int) -> tuple[Event, ...]:
    """Event notes dated from `today` to `ahead` days on that link a contact."""
    last = today + timedelta(days=ahead)
    found = []
    for path, note in _event_notes(graph):
        on = note_date(graph, path)
        if on is None or not today <= on <= last:
            continue
        attendees = frozenset(
            target
            for _, target in graph.graph.out_edges(path)
            if graph.kinds.get(target) == "contact"
        )
        if attendees:
            found.append(Event(note.title, on, path, "", attendees))
    return tuple(sorted(found, key=lambda event: (event.on, event.path)))


def event_problems(graph: VaultGraph) -> tuple[Diagnostic, ...]:
    """A warning for each event note whose `date` is there but no date vaultkit can read: its
    contacts would get no reminder, and nothing would say why."""
    found = []
    for path, note in _event_notes(graph):
        written = note.get("date")
        if written not in (None, "") and note_date(graph, path) is None:
            found.append(
                Diagnostic(
                    path,
                    note.line_of("date"),
                    "warning",
                    f"the event's date {written!r} is no date vaultkit can read (such as "
                    "2026-12-02): its contacts get no reminder",
                    f"дата события {written!r} не читается (пример: 2026-12-02): его "
                    "участникам не будет напоминания",
                )
            )
    return tuple(found)


def _event_notes(graph: VaultGraph) -> Iterator[tuple[str, Note]]:
    """The notes of events, by path (no template, no daily note)."""
    for path, note in graph.notes.items():
        if graph.kinds.get(path) not in ("template", "daily") and _is_event(note):
            yield path, note


def _is_event(note: Note) -> bool:
    """A note of an event: its `type`, or a tag in its properties, says so (a `#meetup` in a
    daily note's text is an event mentioned, not the event's note)."""
    kinds = {str(value).casefold().strip("[] ") for value in note.values("type")}
    tags = {str(tag).casefold().lstrip("#").split("/")[0] for tag in note.values("tags")}
    return bool((kinds | tags) & EVENT_WORDS)
