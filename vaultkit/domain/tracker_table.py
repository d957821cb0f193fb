"""A search kept as one Markdown table (`| Company | Applied | Status |`): the row of each company
whose status cell is a decision ("Rejected", "Offer 🎉", "Отказ", "ghosted", "withdrew") settles
its process, as a Kanban board's lane does (board_lanes.py). The column is the one its header
names a status (`Status`, `Stage`, `Статус`, `Этап`, `Result`, `Итог`); the company is the one
the row links, else the one its first cell names. A row of steps ("Tech interview 10.12") or of
doubt ("waiting for offer") settles nothing, and neither does a table without such a column
(a log, a salary comparison).

Read once a build over the whole vault, as lines told in passing are."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.board_lanes import as_of, lane_decisions, lane_result
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.said_in_passing import Told, company_index
from vaultkit.links.graph import VaultGraph, is_board
from vaultkit.parse.markdown import TABLE_RULE, row_cells

_STATUS = re.compile(
    r"^\W*(?:status|stage|state|result|outcome|статус|этап|стадия|итог|результат)\W*$",
    re.IGNORECASE,
)
"""A header cell that names the column of a process's state."""
_APPLICATION = re.compile(
    r"^\W*(?:applied|applied on|application|role|position|title|job|vacancy|отклик\w*|вакансия"
    r"|позиция|роль|должность|дата отклика|подал\w*)\W*$",
    re.IGNORECASE,
)
"""A header cell that makes a table one of applications (`Applied`, `Role`, `Вакансия`)."""


def table_decisions(graph: VaultGraph, today: date) -> dict[str, tuple[Told, ...]]:
    """For each company note a tracker table's row settles, the decision its status cell is,
    told as of `today` by the note that keeps the table."""
    found: dict[str, list[Told]] = {}
    index: NameIndex | None = None
    for path, note in graph.notes.items():
        if graph.kinds.get(path) in ("contact", "company") or is_board(note):
            continue
        rows = [
            (section.line + offset, line)
            for section in note.sections
            if "|" in section.content
            for offset, line in enumerate(section.content.split("\n"), start=1)
            if line.lstrip().startswith("|")
        ]
        if not rows:
            continue
        linked: dict[int, str] = {}
        for link, target in graph.links_with_targets(path):
            if target is not None and graph.kinds.get(target) == "company":
                linked.setdefault(link.line, target)  # "[[Kontor]] | via an [[Allegro]] alum"
        index = company_index(graph) if index is None else index
        for line, status, first in _status_cells(rows):
            result = lane_result(status)
            if result is None:
                continue
            company = linked.get(line) or _named(index, first)
            if company is not None:
                found.setdefault(company, []).append((as_of(note, today), result, path))
    return {company: tuple(told) for company, told in found.items()}


def _status_cells(rows: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """Each body row of the tables among `rows` that have a status column: its line, its
    status cell and its first cell."""
    found: list[tuple[int, str, str]] = []
    column: int | None = None
    previous = -1
    for line, text in rows:
        cells = row_cells(text)
        if line != previous + 1:  # a new table: its first row is its header
            column = next((n for n, cell in enumerate(cells) if _STATUS.match(cell)), None)
            if not any(_APPLICATION.search(cell) for cell in cells):
                column = None  # a table of outreach, books or friends' offers: no tracker
        elif column is not None and not TABLE_RULE.match(text) and column < len(cells):
            found.append((line, cells[column], cells[0]))
        previous = line
    return found


def _named(index: NameIndex, cell: str) -> str | None:
    """The one company a row's first cell names ("Booking.com", "**Nordlight**")."""
    named = {path for _, path in named_in(index, cell)} if index else set()
    return named.pop() if len(named) == 1 else None


def with_boards_and_tables(
    told: dict[str, tuple[Told, ...]], graph: VaultGraph, today: date
) -> dict[str, tuple[Told, ...]]:
    """`told` (decisions told in passing, by company) with the lanes of the vault's Kanban
    boards and the status cells of its tracker tables."""
    merged = dict(told)
    for more in (lane_decisions(graph, today), table_decisions(graph, today)):
        for company, said in more.items():
            merged[company] = (*merged.get(company, ()), *said)
    return merged
