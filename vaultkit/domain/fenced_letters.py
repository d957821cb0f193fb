"""Letters pasted into a note inside a code fence or between two thematic breaks, as people
keep an e-mail's text apart from their own ("```¶Hi Tariq,¶…¶Ravi¶```", "---¶Hi Siobhan,¶…¶
---"): read as a quoted letter is, each of its lines quoted,
every line kept in its place. A fence whose first line is no greeting or mail header (code, a
command, a table of numbers) stays code and is not read."""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^[ \t]*(`{3,}|~{3,}|-{3,}|\*{3,}|_{3,})[ \t]*(?:text|txt|plain|e-?mail|mail|letter)?[ \t]*$",
    re.I,
)
"""A fence with no language, or one of plain text or mail; or a thematic break over a letter
("---", a blank line above it: with none, a heading's underline)."""
GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|здравствуйте|привет\w*"
    r"|добрый (?:день|вечер)|доброе утро|уважаем\w+|(?:from|subject|от|тема)\s*:)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A letter's first line: its greeting, or a header of the mail it copies."""


def _marked(text: str) -> bool:
    """Whether a fence or a thematic break may stand in `text` (a quick look, no scan)."""
    return "```" in text or "~~~" in text or "---" in text or "***" in text or "___" in text


def unfenced_letters(text: str) -> str:
    """`text` with each letter pasted in a code fence or between thematic breaks quoted instead
    ("> Hi Tariq,"), the fence's own lines blank; the rest as written."""
    if not _marked(text):
        return text
    lines = text.split("\n")
    changed = False
    at = 0
    while at < len(lines):
        opening = _OPENING.match(lines[at])
        if opening and opening.group(1)[0] in "-*_" and at and lines[at - 1].strip():
            opening = None  # "text ¶ ---": the text's heading, no break
        end = _closing(lines, at, opening.group(1)) if opening else None
        if end is None:
            at += 1
            continue
        inside = [line for line in lines[at + 1 : end] if line.strip()]
        if inside and GREETING.match(inside[0]):
            quoted = [f"> {line.strip()}" if line.strip() else ">" for line in lines[at + 1 : end]]
            lines[at : end + 1] = ["", *quoted, ""]
            changed = True
        at = end + 1
    return "\n".join(lines) if changed else text


def _closing(lines: list[str], at: int, fence: str) -> int | None:
    """The line that closes the fence opened at `at` with `fence`, if any does."""
    for number in range(at + 1, len(lines)):
        mark = lines[number].strip()
        if mark and mark[0] == fence[0] and len(mark) >= len(fence) and not mark.strip(fence[0]):
            return number
    return None
