"""Properties written in the body: Dataview inline fields (`Key:: value` on a line of its own,
also as a list item, and `[key:: value]` or `(key:: value)` inside text), and `Key: value` lines
at the top of the body, as Notion exports and many hand-written notes have them.

A field's value is read as the same value in the property block would be (a date, a number, a
list, text holding links), except that `#` never starts a comment in it, as in Dataview. Lines
in code, math and comment blocks hold no fields. Tasks keep their own bracketed fields (the
Tasks plugin's `[completion:: ...]`, `[due:: ...]`): those are the task's, not the note's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vaultkit.model import Property, PropertySource, PropertyValue
from vaultkit.parse import properties
from vaultkit.parse.dates import DATE_PATTERN, parse_written_date

_LINE_FIELD = re.compile(
    r"^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[.\][ \t]+)?"
    r"(?P<key>[^\s:\[\]()`>|#][^:\[\]()`|\n]{0,80}?)::[ \t]*(?P<value>.*)$"
)
_BRACKETED = re.compile(
    r"(?P<open>[\[(])(?P<key>[^\s:\[\]()`|#][^:\[\]()`|\n]{0,80}?)::[ \t]*"
    r"(?P<value>(?:\[\[[^\[\]\n]*\]\]|[^\[\]()\n])*)(?P<close>[\])])"
)
_BODY_FIELD = re.compile(
    r"^(?P<key>[^\s:#>*`\[\]|\-+0-9][^:#`\[\]|\n]{0,40}?):[ \t]+(?P<value>\S.*)$"
)
_HEADING = re.compile(r"^#{1,6}[ \t]")
_BODY_FIELDS_FROM = 2
"""Lines of `Key: value` that make a block of properties at the top of a body (one alone is
more likely a sentence)."""
_TIME = re.compile(r"\d{1,2}:\d{2}(?:\s?[AP]M)?$", re.IGNORECASE)
_TASK_LINE = re.compile(r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[.\][ \t]")
_LABEL = re.compile(r"\s*[^\W\d_]+(?: [^\W\d_]+){0,2}\s*:?\s*")
"""A field's label before it in a list item ("Type:")."""
_LIST_ITEM = re.compile(r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]")
_EMPHASIS = "*_ \t"


@dataclass(frozen=True, slots=True)
class InlineField:
    """One inline field as written."""

    key: str
    """The key, emphasis (`**Key**`) taken off."""
    text: str
    """The value as written."""
    line: int
    """1-based line of the field in the file."""
    in_item: bool = False
    """Written in brackets inside a list item (`- [[Anna]] (type:: call)`): of the item."""

    def as_property(self, source: PropertySource = "inline") -> Property:
        """The field as a note property (one of a list item's: source "item")."""
        value = read_value(self.text)
        if source == "body" and isinstance(value, str):
            value = _written_date(value) or value
        return Property(self.key, value, self.line, "item" if self.in_item else source)


_COMMENT_SPAN = re.compile(r"%%.*?%%|<!--.*?-->")
"""A comment opened and closed on one line (`%% status:: draft %%`): hidden, so no field."""


def find(body_lines: list[str], in_code: bytearray, offset: int) -> Iterator[InlineField]:
    """Every inline field of a body (`offset`: file lines before it), outside code and
    comments."""
    for number, text in enumerate(body_lines):
        if "::" not in text or in_code[number]:
            continue
        if "%%" in text or "<!--" in text:
            text = _COMMENT_SPAN.sub(" ", text)
            if "::" not in text:
                continue
        line = offset + number + 1
        whole = _LINE_FIELD.match(text)
        if whole is not None and "::" not in whole["value"]:
            key = whole["key"].strip(_EMPHASIS)
            if key:
                yield InlineField(key, whole["value"].rstrip(), line)
            continue
        if _TASK_LINE.match(text):
            continue
        rest = _LIST_ITEM.sub("", _BRACKETED.sub("", text)) if _LIST_ITEM.match(text) else ""
        item = bool(rest.strip()) and not _LABEL.fullmatch(rest)  # "- Type: [type:: interview]",
        # "- (type:: interview)" alone: the note's own field
        for match in _BRACKETED.finditer(text):
            if (match["open"] == "[") != (match["close"] == "]"):
                continue
            key = match["key"].strip(_EMPHASIS)
            if key:
                yield InlineField(key, match["value"].rstrip(), line, item)


def top_of_body(body_lines: list[str], offset: int) -> list[InlineField]:
    """The `Key: value` lines of an unbroken block at the very top of the body, or right after
    its first heading, when there are at least two (a URL or a time is no key)."""
    start = 0
    while start < len(body_lines) and not body_lines[start].strip():
        start += 1
    if start < len(body_lines) and _HEADING.match(body_lines[start]):
        start += 1
        while start < len(body_lines) and not body_lines[start].strip():
            start += 1
    found = []
    for number in range(start, len(body_lines)):
        match = _BODY_FIELD.match(body_lines[number])
        if match is None or len(match["key"].split()) > 4 or match["value"].startswith("//"):
            break
        found.append(
            InlineField(match["key"].strip(), match["value"].rstrip(), offset + number + 1)
        )
    return found if len(found) >= _BODY_FIELDS_FROM else []


def read_value(text: str) -> PropertyValue:
    """An inline field's value as the property block would read `key: text`; the text itself
    where YAML would read it otherwise than Dataview does (a `#`, a value YAML refuses)."""
    text = text.strip()
    if not text:
        return None
    if "#" in text:
        return text
    props, problems = properties.read_line(text)
    if len(props) != 1 or any(d.severity == "error" for d in problems):
        return text
    value = props[0].value
    return text if isinstance(value, dict) else value


def _written_date(text: str) -> PropertyValue:
    """A date as Notion writes one (`September 3, 2026 4:12 PM`), or None."""
    day = text.strip()
    if len(day) > 60:
        return None
    time_of_day = _TIME.search(day)
    if time_of_day is not None:
        day = day[: time_of_day.start()].rstrip(", \t")
    if not any(char.isdigit() for char in day) or not re.fullmatch(DATE_PATTERN, day):
        return None
    return parse_written_date(day)
