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
from vaultkit.parse.dates import parse_written_date, past_day
from vaultkit.parse.markdown import TABLE_RULE, row_cells

TableRemark = tuple[date | None, str | None, str | None, str, str, str, int]
"""A row's remark: its day, the interview (application) note and the company note it is of
(either may be None), the company's name, the words, the note keeping the table, its line."""

_FEEDBACK = re.compile(
    r"^\W*(?:(?:their |interviewer'?s? |recruiter'?s? |company'?s? )?feedback(?: received| given"
    r"| \(theirs\))?|what they said|what (?:he|she) said|notes? from them|фидбек(?: от \w+)?"
    r"|обратная связь|что сказали|что сказал[аи]?)\W*$",
    re.IGNORECASE,
)
_COMPANY = re.compile(r"^\W*(?:company|companies|employer|компания|компании|где)\W*$", re.I)
_DAY = re.compile(r"^\W*(?:date|day|when|дата|когда|день)\W*$", re.IGNORECASE)
_LINK = re.compile(r"\[\[([^\]|#\\]+)(?:\\?[#|][^\]]*)?\]\]|\[([^\]]+)\]\([^)]*\)")
"""A link in a cell, to the name it shows: "[[Acme\\|ACME Inc]]" (a table escapes its "|"),
a Markdown link ("[Velo Energy](Companies/Velo%20Energy%201a2b3c4d.md)")."""


def table_remarks(
    graph: VaultGraph, interviews: Iterable[Interview], today: date
) -> list[TableRemark]:
    """Every feedback cell of the vault's feedback tables (not a template's), with whose it
    is; a day written without its year ("Nov 14") is read as the latest such up to `today`."""
    by_name: dict[str, Interview] = {}
    for each in interviews:
        if each.company_name:
            by_name.setdefault(each.company_name.casefold(), each)
    index = None
    found: list[TableRemark] = []
    for path, note in graph.notes.items():
        if graph.kinds.get(path) == "template" or is_board(note):
            continue
        if not any("|" in section.content for section in note.sections):
            continue
        for line, cells, columns in _rows(note.sections):
            said = cells[columns[0]] if columns[0] < len(cells) else ""
            if not said.strip(" -—–?") or columns[1] >= len(cells):
                continue
            name = _LINK.sub(lambda link: link[1] or link[2], cells[columns[1]]).strip(" *_")
            index = company_index(graph) if index is None else index
            named = {target for _, target in named_in(index, name)} if index else set()
            company = named.pop() if len(named) == 1 else None
            interview = by_name.get(name.casefold())
            written = cells[columns[2]] if columns[2] < len(cells) else ""
            day = parse_written_date(written) or past_day(written, today)
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
        fenced = False
        for offset, text in enumerate(section.content.split("\n"), start=1):
            if text.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            if fenced or not text.lstrip().startswith("|"):
                continue
            line = section.line + offset
            cells = row_cells(text)
            if line != previous + 1:  # a new table: its first row is its header
                columns = _columns(cells)
            elif columns is not None and not TABLE_RULE.match(text):
                found.append((line, cells, columns))
            previous = line
    return found


def table_cells(lines: list[str]) -> dict[int, str]:
    """For each line among `lines` (a feedback section's) that belongs to a table, by index, the
    words it gives as feedback: a body row's cell in the column its header names a feedback
    one, else its last cell with words (`| Tom (HM) | Strong system design |`); nothing for a
    header, a rule, or a row of a table read by table_remarks (it has a company column)."""
    found: dict[int, str] = {}
    column: int | None = None
    for number, text in enumerate(lines):
        if not text.lstrip().startswith("|"):
            continue
        cells = row_cells(text)
        found[number] = ""
        if number == 0 or not lines[number - 1].lstrip().startswith("|"):  # its header
            named = _columns(cells)
            said = next((n for n, cell in enumerate(cells) if _FEEDBACK.match(cell)), None)
            column = -1 if named is not None else said if said is not None else len(cells)
        elif column is not None and column >= 0 and not TABLE_RULE.match(text):
            if column < len(cells):
                found[number] = cells[column]
            else:
                found[number] = next((c for c in reversed(cells) if " " in c.strip()), "")
    return found


def _columns(header: list[str]) -> tuple[int, int, int] | None:
    """The feedback, company and day columns a header names (a table with no feedback or no
    company column is none of these)."""
    said = next((n for n, cell in enumerate(header) if _FEEDBACK.match(cell)), None)
    company = next((n for n, cell in enumerate(header) if _COMPANY.match(cell)), None)
    if said is None or company is None:
        return None
    day = next((n for n, cell in enumerate(header) if _DAY.match(cell)), len(header))
    return said, company, day
