"""A month's note (Periodic Notes' "2026-11") as the readers of daily logs read it: cut where
each dated entry starts ("**14 ноя** —", "### 11.11", "- 2/11:"), each part of its entry's day,
a line of prose an entry of its own; and a remark told in such a log without the day, the
speaker and the marks around the quote it opens with."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import pairwise

from vaultkit.model import Note, Section


def month_parts(note: Note, section: Section) -> Iterator[tuple[Section, date | None]]:
    """A month's note's section cut where a dated entry starts ("**2 дек** — …"), each part
    with the day of the entry it starts with or stands under."""
    days = sorted((entry.line, entry.on) for entry in note.entries)
    lines = section.content.split("\n")
    starts = [0, *(e - section.line - 1 for e, _ in days if 0 < e - section.line - 1 < len(lines))]
    for start, end in pairwise([*dict.fromkeys(starts), len(lines)]):
        first = section.line + 1 + start
        above = [on for at, on in days if at <= first]
        written = "\n".join(_apart(lines[start:end]))  # a line is a thought: an entry of its own
        part = Section(section.heading, section.level, first - 1, written)
        yield part, (above[-1] if above else None)


def _apart(lines: list[str]) -> list[str]:
    """The lines with each line of prose an entry of its own (a list item), as a month's note
    writes a thought a line (an indented one too: "  Днём — recruiter call с Priya из
    Remote" under Joana's word on Tasca); the line count kept."""
    return [f"- {line.strip()}" if _PROSE_LINE.match(line) else line for line in lines]


_PROSE_LINE = re.compile(r"[ \t]*(?![-*+>#|]|\d+[.)]\s)\S")


def bare_remark(words: str) -> str:
    """A remark without the day, the speaker and the marks around a quote it opens with
    ("20/11: Joana: *\"Tiago said …" is "Tiago said …")."""
    words = _OPENING_DAY.sub("", words)
    words = _SPEAKER_BEFORE_QUOTE.sub("", words)
    return words.strip(' *_"“”«»')


_OPENING_DAY = re.compile(r"^\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*[:—–-]\s*")
_SPEAKER_BEFORE_QUOTE = re.compile(r"^[^\W\d_][\w .'-]{0,30}:\s*(?=[*_\"“«])")
