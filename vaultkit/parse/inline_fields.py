"""Dataview inline fields, read as properties: `Key:: value` on a line of its own (also as a list
item), and `[key:: value]` or `(key:: value)` inside text.

A field's value is read as the same value in the property block would be (a date, a number, a
list, text holding links), except that `#` never starts a comment in it, as in Dataview. Lines
in code, math and comment blocks hold no fields. Tasks keep their own bracketed fields (the
Tasks plugin's `[completion:: ...]`, `[due:: ...]`): those are the task's, not the note's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vaultkit.model import Property, PropertyValue
from vaultkit.parse import properties

_LINE_FIELD = re.compile(
    r"^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[.\][ \t]+)?"
    r"(?P<key>[^\s:\[\]()`>|#][^:\[\]()`|\n]{0,80}?)::[ \t]*(?P<value>.*?)[ \t]*$"
)
_BRACKETED = re.compile(
    r"(?P<open>[\[(])(?P<key>[^\s:\[\]()`|#][^:\[\]()`|\n]{0,80}?)::[ \t]*"
    r"(?P<value>(?:\[\[[^\[\]\n]*\]\]|[^\[\]()\n])*?)[ \t]*(?P<close>[\])])"
)
_TASK_LINE = re.compile(r"^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[.\][ \t]")
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

    def as_property(self) -> Property:
        """The field as a note property."""
        return Property(self.key, read_value(self.text), self.line, "inline")


def find(body_lines: list[str], in_code: bytearray, offset: int) -> Iterator[InlineField]:
    """Every inline field of a body (`offset`: file lines before it), outside code."""
    for number, text in enumerate(body_lines):
        if "::" not in text or in_code[number]:
            continue
        line = offset + number + 1
        whole = _LINE_FIELD.match(text)
        if whole is not None and "::" not in (whole["value"] or ""):
            key = whole["key"].strip(_EMPHASIS)
            if key:
                yield InlineField(key, whole["value"] or "", line)
            continue
        if _TASK_LINE.match(text):
            continue
        for match in _BRACKETED.finditer(text):
            if (match["open"] == "[") != (match["close"] == "]"):
                continue
            key = match["key"].strip(_EMPHASIS)
            if key:
                yield InlineField(key, match["value"], line)


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
