"""The talks with a contact, wherever the vault records them: a `last_contact` property, the
dated lines of their own note, and the notes that link them (a dated line, a ticked task, a
daily note's mention, a meeting or an interview), in the order the last of them is told by; a
talk called off is none, and a glance across a feed is news, not a talk."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from vaultkit.domain.interactions import (
    Interaction,
    called_off,
    detect_channel,
    one_way_signal,
)
from vaultkit.domain.last_contact import last_contact_of
from vaultkit.domain.note_outcome import text_of
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note, latest_day_by
from vaultkit.parse.dates import note_day, planned_ahead

_BIRTHDAY = re.compile(r"birthday|bday|(?<![^\W\d_])(?:др|д\.р\.|день рождения)(?![^\W\d_])", re.I)
"""A line of a birthday's day ("- 14.02 — ДР, звонить"): a reminder, not a talk."""


def note_date(graph: VaultGraph, path: str) -> date | None:
    """The day a note stands for: a daily note's name, else its `date` property, else the date
    its name starts with."""
    note = graph.notes[path]
    return graph.daily_dates.get(path) or note_day(note.get("date"), note.title)


def talks_with(
    graph: VaultGraph, note: Note, today: date, diagnostics: list[Diagnostic]
) -> tuple[tuple[Interaction, ...], tuple[Interaction, ...]]:
    """The contact's talks, oldest first, and the glances across a feed that tell of them
    without a word between the two (read for their news, not as talks)."""
    found: list[Interaction] = []
    found.extend(last_contact_of(note, today, diagnostics))
    if undated_log(note):
        diagnostics.append(_undated_warning(note.path, note.undated_lines))
    log = note.log_as_of(today)
    if (
        len(note.yearless) == 1
        and detect_channel(note.yearless[0].text)
        and not _BIRTHDAY.search(note.yearless[0].text)
    ):
        one = note.yearless[0]  # "- 22.08 — виделись на сходке": a talk, no birthday
        log = (*log, replace(one, on=latest_day_by(one.on, today)))
    for entry in log:
        found.append(
            Interaction(
                entry.on, "entry", note.path, detect_channel(entry.text), entry.text, entry.line
            )
        )
    for source, lines in graph.linking_lines(note.path).items():
        found.extend(_from_linking_note(graph, note, source, lines, diagnostics))
    talks: list[Interaction] = []
    glances: list[Interaction] = []  # "LinkedIn says she's started at Octopus": news, no talk
    for i in found:
        if i.on <= today and not (i.source in ("daily", "entry") and called_off(i.text)):
            (glances if one_way_signal(i.text) else talks).append(i)
    talks.sort(key=chronological)
    glances.sort(key=chronological)
    return tuple(talks), tuple(glances)


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
                else detect_channel(text_of(other.get("channel")) or other.title) or "meeting"
            )
            found.append(Interaction(on, kind, source, channel, other.title))
    return found


_SOURCE_ORDER = {"property": 0, "entry": 1, "task": 2, "daily": 3, "meeting": 4, "interview": 5}
"""Among interactions of one day, the later in this order counts as the last: a meeting or an
interview says more than a line about it, and the `last_contact` property least of all."""


def chronological(interaction: Interaction) -> tuple[object, ...]:
    """A total order: the same interactions always give the same last one, whatever order the
    notes were read in."""
    return (
        interaction.on,
        _SOURCE_ORDER[interaction.source],
        interaction.path,
        interaction.channel or "",
        interaction.text,
    )
