"""The generated notes as Obsidian shows them, checked on their golden copies in both
languages: no title twice, short callout titles, narrow tables, dates that cannot wrap."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
NOTES = sorted(p for p in GOLDEN.glob("*.md"))
MONTHS = (
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    "янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек"
)
_WRAPPING_DATE = re.compile(rf"\b\d{{1,2}}[ \t]+(?:{MONTHS})\b")
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_KEPT_ISO = re.compile(
    r"📅\ufe0f? \d{4}-\d{2}-\d{2}"  # the Tasks plugin's due date
    r"|\[\[[^\]]*\]\]"  # a note's name, as written
    r"|`[^`]*`"  # a link or a path, as written
)


def _body(path: Path) -> list[str]:
    """The note's lines after its properties, outside code blocks."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[1]
    lines, in_code = [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if not in_code:
            lines.append(line)
    return lines


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.name)
def test_no_title_twice(path: Path) -> None:
    # Obsidian shows the note's name as its inline title: an H1 would repeat it
    assert not [line for line in _body(path) if line.startswith("# ")]


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.name)
def test_callout_titles_are_short(path: Path) -> None:
    titles = [
        re.sub(r"^[> ]*\[![\w-]+\][+-]?\s*", "", line)
        for line in _body(path)
        if re.match(r"^[> ]*\[![\w-]+\]", line)
    ]
    assert all(len(title) < 80 for title in titles), [t for t in titles if len(t) >= 80]


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.name)
def test_tables_have_at_most_six_columns(path: Path) -> None:
    for line in _body(path):
        row = line.lstrip("> ")
        if row.startswith("|"):
            cells = re.split(r"(?<!\\)\|", row.strip())[1:-1]
            assert len(cells) <= 6, line


@pytest.mark.parametrize("path", NOTES, ids=lambda p: p.name)
def test_dates_in_text_and_tables_cannot_wrap(path: Path) -> None:
    # '10 Mar' joined by a non-breaking space; ISO dates only where Tasks or JSON read them
    for line in _body(path):
        assert not _WRAPPING_DATE.search(line), line
        assert not _ISO.search(_KEPT_ISO.sub("", line)), line
