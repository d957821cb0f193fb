"""The one edit vaultkit makes to a user's note: one list item added under a log heading.

Pure text in, text out: every existing character stays as it was (line endings included); the
new line goes at the end of the heading's section, or under a new heading at the end. Lines
are split where Obsidian splits them (CR LF, CR or LF): never inside a line of the user's, even
one that holds other Unicode line separators.
"""

from __future__ import annotations

import re

from vaultkit.parse.markdown import COMMENTS, FENCE, THEMATIC_BREAK

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_LINE_END = re.compile(r"\r\n|\r|\n")
_HEADING = re.compile(r" {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*")


def split_lines(text: str) -> list[str]:
    """The lines of `text`, each with its line ending (the last may have none)."""
    return _LINE.findall(text)


def insert_entry(text: str, entry: str, heading: str | tuple[str, ...]) -> str:
    """`text` with `entry` (one line, no newline) added as the last item under `heading`.

    Several headings may be given: the first one the note has is used; when it has none, the
    first is added at the end of the note. The section ends at the next heading of its level
    or above, or at a thematic break ("---"). The new line ends the way the line before it does
    (or, after a last line without an ending, the way the note's first line does).
    """
    headings = (heading,) if isinstance(heading, str) else heading
    heading = headings[0]
    first_end = _LINE_END.search(text)
    newline = first_end.group() if first_end else "\n"
    lines = split_lines(text)
    wanted = {name.strip().casefold() for name in headings}
    start = level = None
    fence = comment = ""
    last_closing = {  # the last line holding each closing mark: is a comment ever closed?
        closer: max((i for i, line in enumerate(lines) if closer in line), default=-1)
        for _, closer in COMMENTS
    }
    for index in range(_after_frontmatter(lines), len(lines)):
        line = lines[index].rstrip("\r\n")
        if comment:  # inside a comment block: a heading there is hidden, not the log's
            if comment in line:
                comment = ""
            continue
        opening = FENCE.match(line)
        if fence:  # inside code: only a fence like the opening one (or longer) closes it
            if opening and _closes(fence, opening.group(1), line[opening.end() :]):
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
            continue
        comment = _comment_opened(line, index, last_closing)
        if comment:
            continue
        if start is not None and THEMATIC_BREAK.fullmatch(line):
            return _insert_after_last_content(lines, start, index, entry, newline)  # "---"
        match = _HEADING.fullmatch(line)
        if match is None:
            continue
        if start is None and match.group(2).strip().casefold() in wanted:
            start, level = index, len(match.group(1))
        elif start is not None and level is not None and len(match.group(1)) <= level:
            return _insert_after_last_content(lines, start, index, entry, newline)
    if start is not None:
        return _insert_after_last_content(lines, start, len(lines), entry, newline)
    if lines and _ending(lines[-1]):
        newline = _ending(lines[-1])
    ending = "" if not text or text.endswith(("\n", "\r")) else newline
    gap = newline if text.strip() else ""
    return f"{text}{ending}{gap}## {heading}{newline}{newline}{entry}{newline}"


def _insert_after_last_content(
    lines: list[str], start: int, end: int, entry: str, newline: str
) -> str:
    last = start
    for index in range(start + 1, end):
        if lines[index].strip(" \t\r\n"):
            last = index
    before = lines[: last + 1]
    if _ending(before[-1]):
        newline = _ending(before[-1])
    else:
        before[-1] += newline  # the note ended without a newline: add one, change nothing else
    spacer = [newline] if last == start else []
    return "".join(before + spacer + [entry + newline] + lines[last + 1 :])


def _comment_opened(line: str, index: int, last_closing: dict[str, int]) -> str:
    """The closing mark of a comment block that `line` (at `index`) opens, as markdown.py
    reads one (an opener at the line's start, closed on a later line, not on its own), else
    ''. `last_closing` is the last line index holding each closing mark."""
    text = line.lstrip(" ")
    if len(line) - len(text) > 3:
        return ""
    for opener, closer in COMMENTS:
        if text.startswith(opener) and closer not in text[len(opener) :]:
            return closer if last_closing[closer] > index else ""
    return ""


def _closes(fence: str, marker: str, rest: str) -> bool:
    """True when a line of `marker` then `rest` closes code opened with `fence`."""
    return marker[0] == fence[0] and len(marker) >= len(fence) and not rest.strip(" \t")


def _ending(line: str) -> str:
    """The line ending `line` ends with ('' for none)."""
    return line[len(line.rstrip("\r\n")) :]


def _after_frontmatter(lines: list[str]) -> int:
    """Index of the first body line (its `# comments` are YAML, not headings)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return index + 1
    return 0
