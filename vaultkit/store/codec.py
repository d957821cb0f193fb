"""Notes to and from compact JSON, for the index cache (JSON, not pickle: the cache is a file
in a synced vault, and loading it must never run code)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from vaultkit.model import (
    DatedEntry,
    Diagnostic,
    Link,
    Note,
    Property,
    PropertyValue,
    Section,
    Task,
)


def _encode_value(value: PropertyValue) -> Any:
    if isinstance(value, tuple):
        return ["l", [_encode_value(item) for item in value]]
    if isinstance(value, datetime):
        return ["t", value.isoformat()]
    if isinstance(value, date):
        return ["d", value.isoformat()]
    return value


def _decode_value(raw: Any) -> PropertyValue:
    if isinstance(raw, list):
        tag, payload = raw
        if tag == "l":
            return tuple(_decode_value(item) for item in payload)
        if tag == "t":
            return datetime.fromisoformat(payload)
        return date.fromisoformat(payload)
    return raw  # type: ignore[no-any-return]


def dumps(note: Note) -> str:
    """Compact JSON text of a note."""
    return json.dumps(
        [
            note.path,
            [[p.key, _encode_value(p.value), p.line, p.source, p.name] for p in note.properties],
            [
                [k.target, k.where, k.line, k.alias, k.heading, k.block, k.style, k.context]
                for k in note.links
            ],
            list(note.tags),
            list(note.aliases),
            [[s.heading, s.level, s.line, s.content] for s in note.sections],
            [[e.on.isoformat(), e.text, e.line] for e in note.entries],
            [[d.path, d.line, d.severity, d.message, d.message_ru] for d in note.diagnostics],
            [
                [
                    t.line,
                    t.done,
                    t.done_on.isoformat() if t.done_on else None,
                    t.text,
                    t.cancelled,
                    t.noted,
                ]
                for t in note.tasks
            ],
            [[e.on.isoformat(), e.text, e.line] for e in note.yearless],
            list(note.self_words),
            list(note.slash_marks),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def loads(text: str) -> Note:
    """The note stored by `dumps`."""
    (
        path,
        props,
        links,
        tags,
        aliases,
        sections,
        entries,
        diagnostics,
        tasks,
        undated,
        words,
        marks,
    ) = json.loads(text)
    return Note(
        path=path,
        properties=tuple(
            Property(key, _decode_value(value), line, source, name)
            for key, value, line, source, name in props
        ),
        links=tuple(Link(*fields) for fields in links),
        tags=tuple(tags),
        aliases=tuple(aliases),
        sections=tuple(Section(*fields) for fields in sections),
        entries=tuple(DatedEntry(date.fromisoformat(on), text, line) for on, text, line in entries),
        diagnostics=tuple(Diagnostic(*fields) for fields in diagnostics),
        tasks=tuple(
            Task(line, done, date.fromisoformat(on) if on else None, text, cancelled, noted)
            for line, done, on, text, cancelled, noted in tasks
        ),
        yearless=tuple(
            DatedEntry(date.fromisoformat(on), text, line) for on, text, line in undated
        ),
        self_words=tuple(words),
        slash_marks=(marks[0], marks[1], marks[2], marks[3]),
    )
