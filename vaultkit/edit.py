"""The one edit vaultkit makes to a user's note: one list item added under a log heading.

Pure text in, text out: every existing character stays as it was (line endings included); the
new line goes at the end of the heading's section, or under a new heading at the end.
"""

from __future__ import annotations

import re


def insert_entry(text: str, entry: str, heading: str | tuple[str, ...]) -> str:
    """`text` with `entry` (one line, no newline) added as the last item under `heading`.

    Several headings may be given: the first one the note has is used; when it has none, the
    first is added at the end of the note.
    """
    headings = (heading,) if isinstance(heading, str) else heading
    heading = headings[0]
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    wanted = {name.strip().casefold() for name in headings}
    start = level = None
    in_code = False
    body_from = _after_frontmatter(lines)
    for index, line in enumerate(lines):
        if index < body_from:
            continue
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_code = not in_code
        match = None if in_code else re.match(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$", stripped)
        if match is None:
            continue
        if start is None and match.group(2).strip().casefold() in wanted:
            start, level = index, len(match.group(1))
        elif start is not None and level is not None and len(match.group(1)) <= level:
            return _insert_after_last_content(lines, start, index, entry, newline)
    if start is not None:
        return _insert_after_last_content(lines, start, len(lines), entry, newline)
    ending = "" if not text or text.endswith(("\n", "\r")) else newline
    gap = newline if text.strip() else ""
    return f"{text}{ending}{gap}## {heading}{newline}{newline}{entry}{newline}"


def _insert_after_last_content(
    lines: list[str], start: int, end: int, entry: str, newline: str
) -> str:
    last = start
    for index in range(start + 1, end):
        if lines[index].strip():
            last = index
    before = lines[: last + 1]
    if not before[-1].endswith(("\n", "\r")):
        before[-1] += newline  # the note ended without a newline: add one, change nothing else
    spacer = [newline] if last == start else []
    return "".join(before + spacer + [entry + newline] + lines[last + 1 :])


def _after_frontmatter(lines: list[str]) -> int:
    """Index of the first body line (its `# comments` are YAML, not headings)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return index + 1
    return 0
