"""Edits a user made to a generated note are kept before the note is replaced.

Generated notes are vaultkit's to rewrite, but people type into them anyway (a remark under a
task, a line in the themes note). vaultkit remembers a digest
of each note as it wrote it, in <vault>/.vaultkit/written.json. A note whose text no longer
matches is left as the user made it while vaultkit has nothing new to write there; once it
has, the note as it stands is first copied into <vault>/.vaultkit/backups/.
Ticking tasks is not an edit (vaultkit records ticks itself): the digest ignores checkbox
states and the done and cancelled dates the Tasks plugin adds, and line endings.
The canvas is left out: Obsidian rewrites it whenever a card is moved, and it is drawn anew
on every rebuild by design.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Literal

from vaultkit.titles import EXTENSIONS

RECORD = "written.json"
"""File in the state folder holding the digest of each generated note as last written."""
BACKUPS = "backups"
"""Folder in the state folder where edited generated notes are copied before a rewrite."""
KEEP_PER_NOTE = 10
"""Backups kept per generated note; older ones are deleted."""

_CHECKBOX = re.compile(r"\[[^\]\n]\]")
"""A task's checkbox, [x] or [ ] or any other state (the same pair elsewhere in the text is
normalised alike on both sides of a comparison, so it costs nothing)."""
_TASK_DATES = re.compile(
    r"[ \t]?(?:[✅❌]\ufe0f?[ \t]*\d{4}-\d{2}-\d{2}"
    r"|\[(?:completion|cancelled)::[ \t]*\d{4}-\d{2}-\d{2}\])"
)
"""The done and cancelled dates the Tasks plugin adds (emoji or Dataview style), with the
one space it puts before them."""


def digest(content: bytes) -> str:
    """The note's digest, blind to ticks, the Tasks plugin's dates and line endings."""
    text = content.decode("utf-8", errors="replace").replace("\r\n", "\n")
    text = _CHECKBOX.sub("[ ]", text)
    if "✅" in text or "❌" in text or "::" in text:  # the search is slow: only when needed
        text = _TASK_DATES.sub("", text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Standing = Literal["as written", "unknown", "edited", "edited, nothing new"]
"""How a generated note on disk stands against what vaultkit wrote there: as written (ticks
and the like aside); unknown (no record of writing it: a lost state folder, an older
vaultkit, so it may hold edits); edited since; or edited, with nothing new to write over it."""


def standing(state: Path, path: str, on_disk: bytes, new: bytes) -> Standing:
    """How the note at `path` (`on_disk` now, to become `new`) stands. The canvas is always
    as written: it is drawn anew each time."""
    if not _tracked(path):
        return "as written"
    known = _record(state).get(path)
    if known is None:
        return "unknown"
    if known == digest(on_disk):
        return "as written"
    return "edited, nothing new" if known == digest(new) else "edited"


def back_up(state: Path, path: str, content: bytes, now: datetime) -> Path:
    """Copy `content` (the note at `path` as it stands) into the backups; returns the copy."""
    folder = state / BACKUPS
    folder.mkdir(parents=True, exist_ok=True)
    name = path.rsplit("/", 1)[-1]
    stem, dot, suffix = name.rpartition(".")
    target = folder / f"{stem} {now:%Y-%m-%d %H-%M-%S}{dot}{suffix}"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem} {now:%Y-%m-%d %H-%M-%S} {number}{dot}{suffix}"
    _write_whole(target, content)
    copies = folder.glob(f"{_glob_escape(stem)} ????-??-?? ??-??-??*{dot}{suffix}")
    by_age = sorted(copies, key=lambda copy: (copy.stat().st_mtime_ns, copy.name))
    for stale in by_age[:-KEEP_PER_NOTE]:
        stale.unlink(missing_ok=True)
    return target


def _write_whole(target: Path, content: bytes) -> None:
    """Write a copy at `target` whole or not at all: a copy cut short by a full disk would
    pass for the note as it was, and could push an earlier whole copy out."""
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def remember(state: Path, path: str, content: bytes, *, unless_known: bool = False) -> None:
    """Record the digest of the note at `path` as vaultkit wrote it (`content`); with
    `unless_known` (a note found as vaultkit would write it), only when none is recorded, which
    spares digesting megabytes on every rebuild. A record that cannot be written costs only
    the next backup, never the write."""
    if not _tracked(path):
        return
    record = _record(state)
    if unless_known and path in record:
        return
    fresh = digest(content)
    if record.get(path) == fresh:
        return
    record[path] = fresh
    try:
        state.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=state, prefix=f".{RECORD}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(record, file, ensure_ascii=False, indent=1)
        os.replace(temp, state / RECORD)
    except OSError:
        Path(temp).unlink(missing_ok=True)


def _tracked(path: str) -> bool:
    """True for the generated notes whose edits are kept: all but the canvas."""
    return not path.endswith(tuple(EXTENSIONS.values()))


def _record(state: Path) -> dict[str, str]:
    try:
        data = json.loads((state / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if isinstance(value, str)}


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
