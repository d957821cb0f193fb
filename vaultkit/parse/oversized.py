"""A note over the size limit (`max_note_size_mb`): its properties alone are read, from the
start of the file, never its body. A body of tens of megabytes can hold hundreds of thousands
of links, which take seconds and gigabytes to parse and resolve, and no note about a person
needs one."""

from __future__ import annotations

import dataclasses

from vaultkit.keys import KeyNames
from vaultkit.model import Diagnostic, Note
from vaultkit.parse import properties
from vaultkit.parse.encoding import decode
from vaultkit.parse.note_parser import loads


def size_text(size: int) -> str:
    """A file size as a person reads it: megabytes from one, else bytes."""
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size:,} bytes"


def load_properties(head: bytes, path: str, size: int, limit: int, names: KeyNames = ()) -> Note:
    """The Note of the file at vault path `path`, of `size` bytes, over `limit`, from its first
    bytes `head`: its properties alone (none when their block does not end within `head`),
    with a warning naming its size and the limit. `names` are the vault's own key names."""
    whole_lines = head[: head.rfind(b"\n") + 1]
    text, decoding = decode(whole_lines, path)
    block = properties.split(text)
    if block.yaml_text is None:
        note = Note(path)
    else:
        note = loads(text[: len(text) - len(block.body)], path, names)
    shown, shown_limit = size_text(size), size_text(limit)
    warning = Diagnostic(
        path,
        0,
        "warning",
        f"the note is {shown}, over the limit of {shown_limit} (max_note_size_mb in "
        ".vaultkit/config.toml): only its properties were read, not its text",
        f"заметка весит {shown}, больше предела в {shown_limit} (max_note_size_mb в "
        ".vaultkit/config.toml): прочитаны только её свойства, не текст",
    )
    kept = tuple(d for d in decoding if d.severity != "info")  # the head's size says nothing
    return dataclasses.replace(note, diagnostics=(warning, *kept, *note.diagnostics))
