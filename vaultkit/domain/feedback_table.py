"""Feedback kept as a table, as a Notion database of interview feedback comes into Obsidian
(`| Company | Round | Date | Who | What they said | My take |`): each row's feedback cell is
that company's word, on the row's day. The table is one whose header names a feedback column
(`Feedback`, `What they said`, `Фидбек`, `Что сказали`) and a company column (`Company`,
`Компания`); the owner's own column beside it ("My take") is not read. Read once a build over
the whole vault, as lines told in passing are."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from vaultkit.domain.interviews import Interview
from vaultkit.domain.name_forms import named_in
from vaultkit.domain.said_in_passing import company_index
from vaultkit.links.graph import VaultGraph, is_board
from vaultkit.model import Section
from vaultkit.parse.dates import parse_written_date

TableRemark = tuple[date | None, str | None, str | None, str, str, str, int]
"""A row's remark: its day, the interview (application) note and the company note it is of
(either may be None), the company's name, the words, the note keeping the table, its line."""

_FEEDBACK = re.compile(
    r"^\W*(?:feedback|their feedback|what they said|what (?:he|she) said|comments?|notes? from"
    r" them|фидбек|обратная связь|отзыв|что сказали|что сказал[аи]?)\W*$",
    re.IGNORECASE,
)
_COMPANY = re.compile(r"^\W*(?:company|companies|employer|компания|компании|где)\W*$", re.I)
_DAY = re.compile(r"^\W*(?:date|day|when|дата|когда|день)\W*$", re.IGNORECASE)
_CELL = re.compile(r"(?<!\\)\|")
_SEPARATOR = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_LINK = re.compile(r"\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]")


def table_remarks(graph: VaultGraph, interviews: Iterable[Interview]) -> list[TableRemark]:
    """Every feedback cell of the vault's feedback tables, with whose it is."""
    by_name: dict[str, Interview] = {}
    for each in interviews:
        if each.company_name:
            by_name.setdefault(each.company_name.casefold(), each)
    index = None
    found: list[TableRemark] = []
    for path, note in graph.notes.items():
        if is_board(note) or not any("|" in section.content for section in note.sections):
            continue
        for line, cells, columns in _rows(note.sections):
            said = cells[columns[0]] if columns[0] < len(cells) else ""
            if not said.strip(" -—–?") or columns[1] >= len(cells):
                continue
            name = _LINK.sub(r"\1", cells[columns[1]]).strip(" *_")
            index = company_index(graph) if index is None else index
            named = {target for _, target in named_in(index, name)} if index else set()
            company = named.pop() if len(named) == 1 else None
            interview = by_name.get(name.casefold())
            day = parse_written_date(cells[columns[2]]) if columns[2] < len(cells) else None
            of = interview.path if interview else None
            found.append((day, of, company, name, said.strip(), path, line))
    return found


def _rows(sections: Iterable[Section]) -> list[tuple[int, list[str], tuple[int, int, int]]]:
    """The body rows of the feedback tables among the sections' lines: each row's line, its
    cells, and the columns of its feedback, its company and its day (past the end: none)."""
    found: list[tuple[int, list[str], tuple[int, int, int]]] = []
    columns: tuple[int, int, int] | None = None
    previous = -1
    for section in sections:
        for offset, text in enumerate(section.content.split("\n"), start=1):
            if not text.lstrip().startswith("|"):
                continue
            line = section.line + offset
            cells = _cells(text)
            if line != previous + 1:  # a new table: its first row is its header
                columns = _columns(cells)
            elif columns is not None and not _SEPARATOR.match(text):
                found.append((line, cells, columns))
            previous = line
    return found


def tables_read(lines: list[str]) -> set[int]:
    """The indexes of the lines among `lines` that are rows of a table read here (its header
    names a feedback and a company column), so that no other reader takes them for prose."""
    rows: set[int] = set()
    reading = False
    for number, text in enumerate(lines):
        if not text.lstrip().startswith("|"):
            reading = False
            continue
        if number == 0 or not lines[number - 1].lstrip().startswith("|"):
            reading = _columns(_cells(text)) is not None
        if reading:
            rows.add(number)
    return rows


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in _CELL.split(text.strip().strip("|"))]


def _columns(header: list[str]) -> tuple[int, int, int] | None:
    """The feedback, company and day columns a header names (a table with no feedback or no
    company column is none of these)."""
    said = next((n for n, cell in enumerate(header) if _FEEDBACK.match(cell)), None)
    company = next((n for n, cell in enumerate(header) if _COMPANY.match(cell)), None)
    if said is None or company is None:
        return None
    day = next((n for n, cell in enumerate(header) if _DAY.match(cell)), len(header))
    return said, company, day
