"""Pure parsing: the bytes or text of one note and its vault path -> a Note.

`decode` turns raw bytes into text whatever the encoding; `loads` reads properties, links,
tags, sections and dated list items. Neither raises on any input: every problem becomes a
Diagnostic on the note, and the note keeps whatever could be read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from urllib.parse import unquote

from markdown_it.token import Token

from vaultkit.keys import KeyNames, key_form
from vaultkit.model import (
    CONTEXT_CHARS,
    LEAD_LEVEL,
    Diagnostic,
    Link,
    Note,
    Property,
    Section,
    texts_of,
)
from vaultkit.parse import inline_fields, properties
from vaultkit.parse.company_names import named_companies
from vaultkit.parse.encoding import decode
from vaultkit.parse.list_items import list_items
from vaultkit.parse.mail_marks import holds_mail
from vaultkit.parse.markdown import build_parser, parse_blocks, split_wikilink
from vaultkit.parse.month_first import dates_as_meant
from vaultkit.parse.move_words import MOVED
from vaultkit.parse.self_words import self_words

PARSER_VERSION = 78
LEAD_LINE_CHARS = 160
_LIST_ITEM = re.compile(r"[ \t>]*(?:[-*+]|\d+[.)])[ \t]")
"""Longest line a note's lead section keeps (a line of its own that says something, as a stop
signal or an update does, is shorter; prose is left out of the cache)."""
"""Bump when parsing changes what a Note holds: the index then re-reads every note."""

_MD = build_parser()
_PROPERTY_LINK = re.compile(r"\[\[([^\[\]\n]+)\]\]")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")
_CODE_BLOCKS = {"fence", "code_block", "math_block", "comment_block"}
"""Blocks whose lines hold no dated item or task: code, math and Obsidian comments."""


def load(raw: bytes, path: str, names: KeyNames = ()) -> Note:
    """A Note from the raw bytes of the file at vault path `path`; `names` are the vault's own
    names for keys vaultkit reads."""
    text, decode_diagnostics = decode(raw, path)
    if not text and decode_diagnostics:
        return Note(path, diagnostics=decode_diagnostics)
    note = loads(text, path, names)
    if not decode_diagnostics:
        return note
    return _with_diagnostics(note, decode_diagnostics + note.diagnostics)


def loads(text: str, path: str, names: KeyNames = ()) -> Note:
    """A Note from the text of the file at vault path `path` (newlines normalised to LF);
    `names` are the vault's own names for keys vaultkit reads. A note that writes its slashed
    dates month first (`11/23/2026`), or whose vault does (`names` say so), has them all read
    so, its properties' and tasks' too."""
    text, marks = dates_as_meant(text, names)  # "11/23" written month first: "Nov 23"
    diagnostics: list[Diagnostic] = []
    if not text.strip():
        empty = Diagnostic(path, 0, "info", "empty note", "пустая заметка")
        return Note(path, diagnostics=(empty,))
    block = properties.split(text)
    props, prop_diagnostics = properties.load(block, path)
    diagnostics.extend(prop_diagnostics)
    links = list(_property_links(props))
    diagnostics.extend(_singular_keys(props, path))
    tags = list(_property_words(props, "tags"))
    aliases = tuple(_property_words(props, "aliases", split_commas=False))

    tokens = parse_blocks(_MD, block.body)
    body_lines = block.body.split("\n")
    offset = block.body_line - 1
    headings: list[tuple[int, int, str]] = []
    code_lines: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.map:
            title = tokens[index + 1].content if index + 1 < len(tokens) else ""
            headings.append((token.map[0], int(token.tag[1:]), title))
        elif token.type in _CODE_BLOCKS and token.map:
            code_lines.append((token.map[0], token.map[1]))
        elif token.type == "inline" and token.children:
            _inline_items(token, offset, body_lines, links, tags)

    in_code = bytearray(len(body_lines))
    for start, end in code_lines:
        in_code[start:end] = b"\x01" * (min(end, len(body_lines)) - start)
    entries, tasks, undated = list_items(
        body_lines, in_code, offset, block.body, path, diagnostics, props
    )
    own_words = self_words(body_lines, in_code)
    fields = _fields(block.body, body_lines, in_code, offset) if ":" in block.body else []
    if fields:
        props, links = _with_fields(props, fields, links, path, diagnostics)
        tags.extend(_property_words(fields, "tags"))
        aliases = (*aliases, *_field_aliases(fields))
    props = _renamed(props, dict(names)) if names else props
    links.extend(named_companies(props))
    return Note(
        path=path,
        properties=props,
        links=tuple(links),
        tags=tuple(dict.fromkeys(tags)),
        aliases=aliases,
        sections=tuple(_sections(headings, body_lines, offset, path, holds_mail(text))),
        entries=entries,
        tasks=tasks,
        diagnostics=tuple(diagnostics),
        yearless=undated,
        self_words=own_words,
        slash_marks=marks,
    )


def _with_diagnostics(note: Note, diagnostics: tuple[Diagnostic, ...]) -> Note:
    return dataclasses.replace(note, diagnostics=diagnostics)


def _property_links(props: Iterable[Property]) -> Iterator[Link]:
    for prop in props:
        for text in texts_of(prop.value):
            for match in _PROPERTY_LINK.finditer(text):
                parts = split_wikilink(match.group(1))
                if parts is not None:
                    yield Link(
                        parts.target, prop.key, prop.line, parts.alias, parts.heading, parts.block
                    )


_PLURAL_KEYS = {"tag": "tags", "alias": "aliases"}
"""Older spellings of the keys Obsidian reads tags and aliases from; they are not read."""


def _singular_keys(props: Iterable[Property], path: str) -> Iterator[Diagnostic]:
    for prop in props:
        plural = _PLURAL_KEYS.get(prop.key.casefold())
        if plural is not None:
            yield Diagnostic(
                path,
                prop.line,
                "warning",
                f"property '{prop.key}' is not read: Obsidian reads {plural} from "
                f"'{plural}'; rename it",
                f"свойство '{prop.key}' не читается: Obsidian читает только '{plural}'; "
                "переименуйте его",
            )


def _field_aliases(fields: Iterable[Property]) -> Iterator[str]:
    """The aliases a note's inline fields give it, as Logseq writes a page's (`alias:: Kaspi,
    Kaspi.kz`, comma-separated; a page moved into Obsidian keeps it so)."""
    for field in fields:
        if field.key.casefold() in ("alias", "aliases"):
            for text in texts_of(field.value):
                for piece in text.split(","):
                    name = piece.strip().strip("[]\"'").strip()  # "[[Aika]]", "\"Bobby\""
                    if name:
                        yield name


def _property_words(
    props: Iterable[Property], key: str, split_commas: bool = True
) -> Iterator[str]:
    for prop in props:
        if prop.key.casefold() != key:
            continue
        for text in texts_of(prop.value):
            pieces = re.split(r"[,\s]+", text) if split_commas else [text]
            for piece in pieces:
                word = piece.strip().lstrip("#") if split_commas else piece.strip()
                if word:
                    yield word
        if key == "tags":
            for value in prop.value if isinstance(prop.value, tuple) else (prop.value,):
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    yield str(value)


def _inline_items(
    inline: Token, offset: int, body_lines: list[str], links: list[Link], tags: list[str]
) -> None:
    assert inline.map is not None and inline.children is not None
    first_line = offset + inline.map[0] + 1
    content = inline.content
    counted_to = 0
    line = first_line

    def line_of(pos: int) -> int:
        # children come in source order, so newlines are counted once, front to back
        nonlocal counted_to, line
        if pos > counted_to:
            line += content.count("\n", counted_to, pos)
            counted_to = pos
        return line

    def context_of(line: int) -> str:
        index = line - offset - 1
        return body_lines[index].strip()[:CONTEXT_CHARS] if 0 <= index < len(body_lines) else ""

    for child in inline.children:
        if child.type == "wikilink":
            parts = child.meta["parts"]
            where = "embed" if child.meta["embed"] else "body"
            at = line_of(child.meta["pos"])
            links.append(
                Link(
                    parts.target,
                    where,
                    at,
                    parts.alias,
                    parts.heading,
                    parts.block,
                    context=context_of(at),
                )
            )
        elif child.type == "tag":
            tags.append(child.meta["tag"])
        elif child.type in ("link_open", "image"):
            href = str(child.attrGet("href" if child.type == "link_open" else "src") or "")
            where = "body" if child.type == "link_open" else "embed"
            link = _markdown_link(href, where, first_line, context_of(first_line))
            if link is not None:
                links.append(link)


def _markdown_link(href: str, where: str, line: int, context: str) -> Link | None:
    if not href or href.startswith("#") or _SCHEME.match(href):
        return None
    path, _, anchor = unquote(href).partition("#")
    heading = block = None
    if anchor.startswith("^"):
        block = anchor[1:]
    elif anchor:
        heading = anchor
    return Link(path.strip(), where, line, None, heading, block, "markdown", context)


_DATED_NAME = re.compile(r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-W\d{2})[^/]*$", re.I)
"""A name that dates its note (a daily or weekly note): its lead keeps its list items, the
record of the day that names people and companies in passing."""


def _sections(
    headings: list[tuple[int, int, str]],
    body_lines: list[str],
    offset: int,
    path: str,
    mail: bool = False,
) -> Iterator[Section]:
    """Each heading with its own text, up to the next heading of any level.

    Subsections are sections of their own (Note.section_text joins them back), so no text is
    stored twice however deep the outline goes. The short lines before the first heading make
    a lead section of its own (heading '', LEAD_LEVEL), so that what is read from a line of its
    own (a stop signal, an update line) is read there too; its long lines of prose, which no
    rule reads, are left out (blank, so that every line keeps its place), and so are its list
    items unless its `path` dates the note (a daily or weekly note: its items are its record)
    or it is an outline (a Logseq page: its items are all it says). A note that holds `mail`
    keeps its lead whole: a message's words are read.
    """
    dated = _DATED_NAME.search(path) or _outline(headings, body_lines)
    lead_end = headings[0][0] if headings else len(body_lines)
    first = next((n for n in range(lead_end) if body_lines[n].strip()), None)
    if first is not None:
        lead_lines = body_lines[first:lead_end]
        kept = lead_lines if mail else list(_lead_lines(lead_lines, bool(dated)))
        lead = "\n".join(kept).rstrip("\n")
        if lead:
            yield Section("", LEAD_LEVEL, offset + first, lead)
    for index, (start, level, title) in enumerate(headings):
        end = headings[index + 1][0] if index + 1 < len(headings) else len(body_lines)
        content = "\n".join(body_lines[start + 1 : end]).rstrip("\n")  # lines stay in place
        yield Section(title.strip(), level, offset + start + 1, content)


def _outline(headings: list[tuple[int, int, str]], body_lines: list[str]) -> bool:
    """Whether a note is an outline, as Logseq writes every page: no heading, and its first
    line with words a list item. Its lead keeps its list items, as a dated note's does: they
    are all it says."""
    if headings:
        return False
    first = next((line for line in body_lines if line.strip()), "")
    return bool(_LIST_ITEM.match(first))


def _lead_lines(lines: list[str], dated: bool) -> Iterator[str]:
    """The lead's lines as its section keeps them (see _lead_line); a list a line introduces
    with a colon ("What they liked:") or a "that" ("Сказала, что") is kept whole, and so are a
    dated note's lists."""
    introduced = False
    for line in lines:
        item = _LIST_ITEM.match(line)
        if item and (dated or introduced):
            yield line
            continue
        if line.strip() and not item:
            introduced = line.rstrip().endswith((":", " что", " that"))  # "Сказала, что"
        yield _lead_line(line)


def _lead_line(line: str) -> str:
    """A line of the lead as its section keeps it: a short line of its own, or the short first
    sentence a long one opens with ("❌ **Не отвечать.** Предлагал ..."), or a list item with a
    tag (news is a tagged line, domain/news.py), or a long line that tells of a move to
    another company (domain/career.py), else blank (other list items are read as entries and
    tasks; other long prose by no rule)."""
    if _LIST_ITEM.match(line):
        return line if "#" in line and _TAGGED.search(line) else ""
    if len(line) > LEAD_LINE_CHARS and not MOVED.search(line):  # a move is read from prose
        first = _OPENING.match(line)
        return first.group(1) if first else ""
    return line


_TAGGED = re.compile(r"(?<![\w&/#])#[^\W\d_]")
"""A tag in a line: '#' and a letter, not inside a word, a link's heading or an entity."""
_OPENING = re.compile(r"^(.{1,80}?[.!](?:\*\*|__)?)\s")
"""The first sentence of a line, when it is short."""


def _fields(body: str, body_lines: list[str], in_code: bytearray, offset: int) -> list[Property]:
    """The properties written in the body: `Key: value` lines at its top, inline fields."""
    top = [field.as_property("body") for field in inline_fields.top_of_body(body_lines, offset)]
    if "::" not in body:
        return top
    return [
        *top,
        *(field.as_property() for field in inline_fields.find(body_lines, in_code, offset)),
    ]


def _with_fields(
    props: tuple[Property, ...],
    fields: list[Property],
    links: list[Link],
    path: str,
    diagnostics: list[Diagnostic],
) -> tuple[tuple[Property, ...], list[Link]]:
    """The note's properties with the fields of its body after them (the block's own key is
    read first: a field that says otherwise is warned about), and its links with those in a
    field's value told as the field's (`Company:: [[Booking]]` links as `company:` does)."""
    by_name = {prop.name: prop for prop in props}
    for field in fields:
        written = by_name.get(field.name)
        if written is not None and written.source == "yaml" and written.value != field.value:
            diagnostics.append(_field_conflict(path, field, written))
    keys_by_line: dict[int, list[Property]] = {}
    for field in fields:
        keys_by_line.setdefault(field.line, []).append(field)
    relabelled = []
    for link in links:
        on_line = keys_by_line.get(link.line) if link.where == "body" else None
        owner = next(
            (f for f in on_line or () if link.target and link.target in str(f.value)), None
        )
        relabelled.append(dataclasses.replace(link, where=owner.key) if owner else link)
    return (*props, *fields), relabelled


def _field_conflict(path: str, field: Property, written: Property) -> Diagnostic:
    """An inline field that says otherwise than the property block's key of the same name."""
    return Diagnostic(
        path,
        field.line,
        "warning",
        f"inline field {field.key}:: says {field.value!r}, the property {written.key} "
        f"(line {written.line}) says {written.value!r}: the property is read",
        f"поле {field.key}:: говорит {field.value!r}, а свойство {written.key} "
        f"(строка {written.line}) — {written.value!r}: читается свойство",
    )


def _renamed(props: tuple[Property, ...], names: dict[str, str]) -> tuple[Property, ...]:
    """The properties, each whose key the vault names its own way read as the key it means."""
    return tuple(
        dataclasses.replace(prop, name=meant)
        if (meant := names.get(key_form(prop.key))) is not None
        else prop
        for prop in props
    )
