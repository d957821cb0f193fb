"""The only writer of files in the vault: generated notes (never over a file vaultkit did not
write, keeping a user's edits to them), the one edit of a user's note, exports and state files.
Every write is atomic and skipped when nothing would change."""

from __future__ import annotations

import codecs
import functools
import json
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from vaultkit.config import STATE_FOLDER
from vaultkit.errors import UserError, os_reason
from vaultkit.parse import properties
from vaultkit.store import backups
from vaultkit.titles import CANVAS_OWNER_NODE, OWNER_PROPERTY

WriteOutcome = Literal["written", "unchanged", "deferred", "refused", "failed"]
"""deferred: the file changed while the rebuild ran; it is left for the next one."""
EditOutcome = Literal["added", "already", "refused"]


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What happened to one generated note."""

    path: str
    """Vault-relative path of the note."""
    outcome: WriteOutcome
    """written, unchanged (nothing new to write: the file is left untouched, be it as
    vaultkit wrote it or as the user edited it since), refused (not vaultkit's) or failed
    (the note could not be made; the daemon carries on with the others)."""
    message: str = ""
    """Why it was refused or failed; for a note written over edits of the user's, where
    those were kept."""


def is_owned(raw: bytes, path: str = "") -> bool:
    """True when the note's properties (a canvas: its cards) carry vaultkit's mark."""
    if path.endswith(".canvas"):
        try:
            nodes = json.loads(raw.decode("utf-8")).get("nodes", [])
            return any(isinstance(n, dict) and n.get("id") == CANVAS_OWNER_NODE for n in nodes)
        except (ValueError, AttributeError):
            return False
    if len(raw) <= _HEAD_BYTES:
        block = _property_block(raw)
    else:
        head = raw[:_HEAD_BYTES]
        block = _property_block(head[: head.rfind(b"\n") + 1])  # whole lines only
        if block.yaml_text is None and head.removeprefix(codecs.BOM_UTF8).startswith(b"---"):
            block = _property_block(raw)  # a block that runs past the head
    props, _ = properties.load(block, "")
    return any(prop.key == OWNER_PROPERTY for prop in props)


_HEAD_BYTES = 65_536
"""The start of a note that is decoded to find its property block (more only when the block
does not end within it): generated notes run to megabytes, their property block to a line."""


def _property_block(raw: bytes) -> properties.Frontmatter:
    text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff").replace("\r\n", "\n")
    return properties.split(text)


def write_generated(
    root: Path, path: str, text: str, *, expected: bytes | None = None
) -> WriteResult:
    """Write a generated note at vault path `path`, following the safety rules. With
    `expected`, the note is replaced only while it still holds exactly those bytes (what its
    ticks were read from)."""
    target = root / path
    content = text.encode("utf-8")
    try:
        existing = target.read_bytes()
    except FileNotFoundError:
        existing = None
    except OSError as error:  # a folder, or a file vaultkit may not read, at the output path
        return WriteResult(
            path,
            "refused",
            f"{path} cannot be read ({error.strerror or error}), so it is left as it is; move "
            "it, or change output_folder in .vaultkit/config.toml",
        )
    state = root / STATE_FOLDER
    message = ""
    if expected is not None and existing != expected:
        return _changed_meanwhile(path)
    if existing is not None:
        if existing == content:
            backups.remember(state, path, content, unless_known=True)
            return WriteResult(path, "unchanged")
        if not is_owned(existing, path):
            return WriteResult(
                path,
                "refused",
                f"{path} exists and was not written by vaultkit (it has no "
                f"'{OWNER_PROPERTY}' {'card' if path.endswith('.canvas') else 'property'}); "
                "rename or move it, or change output_folder in .vaultkit/config.toml",
            )
        if _read_only(target):
            return WriteResult(
                path,
                "refused",
                f"{path} is read-only, so it is left as it is; make it writable (chmod u+w) "
                "for vaultkit to update it",
            )
        kept = _keep_edits(root, path, existing, content)
        if isinstance(kept, WriteResult):
            return kept
        message = kept
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, content, unless_changed_from=existing)
    except ChangedMeanwhile:
        return _changed_meanwhile(path)
    except OSError as error:  # a read-only folder, a full disk, a file where the folder goes
        kept = "the note is left as it was" if existing is not None else "nothing was written"
        why = os_reason(error)
        return WriteResult(
            path, "failed", f"{path} not written ({kept}, nothing is damaged): {why}"
        )
    backups.remember(state, path, content)
    return WriteResult(path, "written", message)


def _read_only(target: Path) -> bool:
    """True when no one may write the file at `target` (its mode says so, whoever runs
    vaultkit): someone made it so on purpose, and a replace would go around that."""
    try:
        return stat.S_IMODE(target.stat().st_mode) & 0o222 == 0
    except OSError:
        return False


def _changed_meanwhile(path: str) -> WriteResult:
    return WriteResult(
        path,
        "deferred",
        f"{path} changed while vaultkit was rebuilding (a tick or an edit saved just now), so "
        "it is left as it is; the next rebuild reads it",
    )


class ChangedMeanwhile(Exception):
    """The file changed between the read a write was built from and its replacement."""


_MISSING = object()


def before_replace(target: Path) -> None:
    """Called just before a checked replace (a no-op: tests put a save here to interleave at
    the exact step)."""


def _keep_edits(root: Path, path: str, existing: bytes, content: bytes) -> WriteResult | str:
    """Before the generated note at `path` (now `existing`) becomes `content`: leave a note
    the user edited alone while there is nothing new for it, else copy it to the backups.
    Returns the result to give instead of writing, or what to say of the write."""
    state = root / STATE_FOLDER
    stands = backups.standing(state, path, existing, content)
    if stands == "as written":
        return ""
    if stands == "edited, nothing new":
        return WriteResult(path, "unchanged")  # the user's edits stay for now
    edited = stands == "edited"
    try:
        copy = backups.back_up(state, path, existing, datetime.now())
    except OSError as error:
        reason = os_reason(error)
        if edited:
            return WriteResult(
                path,
                "refused",
                f"{path} holds edits of yours that could not be kept, so it is left as it is: "
                f"{reason}",
            )
        return f"vaultkit has no record of writing it, and no copy could be kept: {reason}"
    where = copy.relative_to(root).as_posix()
    if edited:
        return f"your edits to it are kept in {where}"
    return f"vaultkit has no record of writing it, so it is kept as it was in {where}"


@dataclass(frozen=True, slots=True)
class EditResult:
    """What happened to one edit of a user's note."""

    path: str
    """Vault-relative path of the note."""
    outcome: EditOutcome
    """added, already (nothing to do) or refused (the note was left as it was)."""
    message: str = ""
    """Why it was refused."""


def edit_note(root: Path, path: str, change: Callable[[str], str | None]) -> EditResult:
    """Apply `change` (text -> new text, or None for nothing to do) to the note at `path`.

    The one way vaultkit edits a user's note: the note must be UTF-8, the new text must keep
    every existing character (checked), and the note must not have changed between reading it
    and replacing it; otherwise nothing is written and the result says why.
    """
    target = root / path
    try:
        raw = target.read_bytes()
        text = raw.decode("utf-8")
    except OSError as error:
        return EditResult(path, "refused", f"{path}: could not be read ({error.strerror})")
    except UnicodeDecodeError:
        return EditResult(path, "refused", f"{path}: not UTF-8, so vaultkit does not edit it")
    changed = change(text)
    if changed is None:
        return EditResult(path, "already")
    if not _keeps_every_character(text, changed):
        raise AssertionError(f"an edit of {path} would have removed text; nothing written")
    try:
        if target.read_bytes() != raw:
            return EditResult(
                path,
                "refused",
                f"{path} changed while vaultkit was editing it; "
                "left as it is (the next run tries again)",
            )
    except OSError as error:
        return EditResult(path, "refused", f"{path}: could not be read ({error.strerror})")
    try:
        atomic_write(target, changed.encode("utf-8"))
    except OSError as error:  # the note itself is untouched: the replace never happened
        return EditResult(path, "refused", f"{path}: could not be written ({error.strerror})")
    return EditResult(path, "added")


def _keeps_every_character(before: str, after: str) -> bool:
    remaining = iter(after)
    return all(char in remaining for char in before)


def write_state(root: Path, name: str, text: str) -> None:
    """Write one of vaultkit's own state files in .vaultkit/, atomically."""
    target = root / STATE_FOLDER / name
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, text.encode("utf-8"))


def foreign_note(target: Path) -> bool:
    """True when `target` is a note or canvas that vaultkit did not write (a file the user
    names on the command line must not become vaultkit's by a slip of the keyboard)."""
    if target.suffix.lower() not in (".md", ".canvas"):
        return False
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise UserError(f"{target}: cannot be read to check it ({error.strerror})") from None
    return not is_owned(raw, target.name)


def write_export(target: Path, content: bytes, force: bool = False) -> None:
    """Write an export (graph, calendar) to a file the user named, in one step; a note or
    canvas vaultkit did not write is refused unless `force`."""
    if not force and foreign_note(target):
        raise UserError(
            f"{target} exists and was not written by vaultkit; not replaced "
            "(pass --force to replace it)"
        )
    try:
        atomic_write(target, content)
    except OSError as error:  # named after the file asked for, not the temp file beside it
        raise UserError(f"{target}: cannot be written ({error.strerror})") from None


def is_own_temp(name: str, target_name: str) -> bool:
    """True when file name `name` is one of atomic_write's temp files for `target_name`."""
    return name.startswith(f".{target_name}.") and name.endswith(".tmp")


def atomic_write(target: Path, content: bytes, *, unless_changed_from: object = _MISSING) -> None:
    """Write to a temp file beside `target`, then replace it in one step (keeping its mode).
    With `unless_changed_from` (the bytes the new text was built from, None for no file), the
    file is read again just before the replace and ChangedMeanwhile is raised if it differs."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    handle, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    os.chmod(temp_name, mode)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(content)
            temp.flush()
            os.fsync(temp.fileno())
        if unless_changed_from is not _MISSING:
            before_replace(target)
            if _current(target) != unless_changed_from:
                raise ChangedMeanwhile(str(target))
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _current(target: Path) -> bytes | None:
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None


@functools.cache
def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
