"""What a Kanban board of applications (the Kanban plugin's `kanban-plugin: board` note) says of
each company: the lane its card stands in, where the lane's name is a decision ("Rejected ❌",
"Offer 🎉", "Отказалась сама", "Ghosted 👻"). Many people keep a process's state only there;
a company filed under "Rejected" is not asked for news. A card's date is none of this (the
plugin's `@{…}` may be an interview, a deadline or a reminder), and neither is a lane of steps
("Applied", "HR screen", "Интервью"), a wish list, a lane of steps done, or the archive below
the board's `***`. A card is its first company's ("[[Booksy]] — меньше чем жду от
[[Allegro]]"), and a company with a card in a lane of steps is still in process, whatever an
older card of it says. A board of a past year tells nothing of this year's processes.

Read once a build over the whole vault, as lines told in passing are (said_in_passing.py): a
board moved in the daemon tells at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from vaultkit.domain.note_outcome import company_outcome
from vaultkit.domain.outcomes import UNSETTLED, Result, read_outcome
from vaultkit.domain.said_in_passing import Told
from vaultkit.links.graph import UNRESOLVED_PREFIX, VaultGraph, is_board
from vaultkit.model import Diagnostic, Note
from vaultkit.parse.dates import note_day

_LANE_RESULTS = frozenset({"offer", "rejected", "withdrawn", "no_response"})
_BY_ME = re.compile(
    r"(?<![^\W\d_])(?:by me|myself|i declined|i withdrew|сам|сама|снял\w*|отказал(?:ся|ась))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""A lane of the processes the owner left ("Отказалась сама", "Rejected by me")."""
_LEFT = re.compile(r"(?<![^\W\d_])снял\w*", re.IGNORECASE)
_ARCHIVE = re.compile(r"^\s*(?:\*\*\*|---|___)\s*$", re.MULTILINE)


def lane_result(heading: str) -> Result | None:
    """The decision a lane's name is, or None for a lane of steps, of doubt ("Waiting for
    offer", "Offer call scheduled") or of chasing ("Молчат (пнуть)": only a lane that says they
    ghosted gives up on them)."""
    if UNSETTLED.search(heading) or _NOT_DECIDED.search(heading):
        return None
    result = read_outcome(heading).result
    if _BY_ME.search(heading) and (result in ("rejected", "withdrawn") or _LEFT.search(heading)):
        return "withdrawn"
    if result == "no_response" and not _GHOSTED.search(heading):
        return None
    return result if result in _LANE_RESULTS else None


_NOT_DECIDED = re.compile(
    r"schedul|назнач|retry|повтор|to reject|пнуть|nudge|chase|follow|likely|probably|maybe"
    r"|вероятно|наверно|может",
    re.IGNORECASE,
)
_GHOSTED = re.compile(r"ghost|гост|игнор|dead|мертв", re.IGNORECASE)


def lane_decisions(graph: VaultGraph, today: date) -> dict[str, tuple[Told, ...]]:
    """For each company note a board's card links first, the decision its lane is, told as of
    `today` by the board (a lane has no day of its own; a past year's board, as of that year's
    end: `as_of`), unless a card of it stands in a lane of steps."""
    found: dict[str, list[Told]] = {}
    live: set[str] = set()
    for path, note, _, company, (_, result) in _cards(graph):
        if result is None:
            live.add(company)  # a card in a lane of steps: the process goes on there
        else:
            found.setdefault(company, []).append((as_of(note, today), result, path))
    return {company: tuple(told) for company, told in found.items() if company not in live}


def stale_cards(graph: VaultGraph) -> tuple[Diagnostic, ...]:
    """A board's card that still stands in a lane of steps for a company whose own note says
    the process ended ("[[Booksy]] — tech interview" under "## Интервью" after Booksy's
    rejection): a warning on the card's line, to move it."""
    found = []
    for path, _, line, company, (lane, result) in _cards(graph):
        if company not in graph.notes:
            continue  # a card of a company with no note has no note to disagree with
        ended = company_outcome(graph.notes[company]).result
        if result is not None or ended not in ("rejected", "withdrawn"):
            continue
        name = graph.notes[company].title
        found.append(
            Diagnostic(
                path,
                line,
                "warning",
                f"the card of {name} stands in '{lane}', but {company} says "
                f"{_ENDED['en'][ended]}: move it to the lane it is in now",
                f"карточка {name} стоит в '{lane}', а {company} говорит: "
                f"{_ENDED['ru'][ended]}; перенесите её в нужную колонку",
            )
        )
    return tuple(found)


def _cards(
    graph: VaultGraph,
) -> Iterator[tuple[str, Note, int, str, tuple[str, Result | None]]]:
    """Each card of the vault's boards that stands in a lane: its board's path and note, its
    line, the company it links first ("[[Booksy]] — меньше чем жду от [[Allegro]]" is
    Booksy's), and its lane's name and decision; a card that links no company note, by the
    first name it links that has no note ("unresolved:Revolut": a round's note titled by it
    asks, titled_company.py)."""
    for path, note in graph.notes.items():
        if not is_board(note):
            continue
        lanes = _lanes(note)
        cards: dict[int, str] = {}
        unnoted: dict[int, str] = {}
        for link, target in graph.links_with_targets(path):
            if link.where != "body":
                continue
            if target is None:
                unnoted.setdefault(link.line, UNRESOLVED_PREFIX + link.target)
            elif graph.kinds.get(target) == "company":
                cards.setdefault(link.line, target)
        for number, company in sorted({**unnoted, **cards}.items()):
            lane = next((lane for line, lane in reversed(lanes) if line < number), None)
            if lane is not None:
                yield path, note, number, company, lane


_ENDED = {
    "en": {"rejected": "they said no", "withdrawn": "you withdrew"},
    "ru": {"rejected": "отказ", "withdrawn": "вы снялись"},
}


def as_of(note: Note, today: date) -> date:
    """The day a tracker note (a table, a board) tells its decisions as of: today, unless the
    note is of a past year ("Job search 2025" or `date: 2025-03-01`), then that year's end."""
    day = note_day(note.get("date"), note.title)
    year = (
        day.year
        if day
        else next((int(y) for y in _YEAR.findall(note.title) if int(y) < today.year), None)
    )
    return today if year is None or year >= today.year else date(year, 12, 31)


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def _lanes(note: Note) -> list[tuple[int, tuple[str, Result | None] | None]]:
    """Each lane's heading line with its name and the decision it is; the board's archive
    (after its `***`) and a wish list are no lane (None)."""
    lanes: list[tuple[int, tuple[str, Result | None] | None]] = []
    for section in note.sections:
        if section.level != 2:
            continue
        wished = _WISHES.search(section.heading) is not None
        lanes.append(
            (section.line, None if wished else (section.heading, lane_result(section.heading)))
        )
        if _ARCHIVE.search(section.content):  # "***" closes the lanes: the archive follows
            lanes.append((section.line + section.content.count("\n"), None))
    return lanes


_WISHES = re.compile(
    r"wish|idea|maybe|later|backlog|хочу|идеи|мечт|когда-нибудь|done|complete|готово|сделано"
    r"|завершен|archive|архив",
    re.IGNORECASE,
)
"""A lane of companies not applied to yet, or of steps done: neither a step ahead nor a
decision."""
