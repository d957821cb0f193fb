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
from vaultkit.errors import UserError, disk_full, os_reason
from vaultkit.parse import properties
from vaultkit.store import backups, targets
from vaultkit.titles import CANVAS_OWNER_NODE, OWNER_PROPERTY

WriteOutcome = Literal["written", "unchanged", "deferred", "refused", "failed"]
"""deferred: the file changed while the rebuild ran; it is left for the next one."""
EditOutcome = Literal["added", "already", "deferred", "refused"]
"""deferred: the note was being saved, or changed meanwhile; the line waits for the next try."""


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
    refusal = _unusable(root, path)
    if refusal:
        return WriteResult(path, "refused", refusal)
    try:
        existing, seen = targets.read(target)
    except FileNotFoundError:
        existing, seen = None, targets.NO_FILE
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
        checked = _over_existing(root, path, existing, content)
        if isinstance(checked, WriteResult):
            return checked
        message = checked
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, content, unless_changed_from=seen)
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


def _over_existing(root: Path, path: str, existing: bytes, content: bytes) -> WriteResult | str:
    """Whether `content` may replace the generated note `existing` at vault path `path`: a
    result when it may not (or need not), else the message of the edits kept in a backup."""
    if existing == content:
        backups.remember(root / STATE_FOLDER, path, content, unless_known=True)
        return WriteResult(path, "unchanged")
    if not is_owned(existing, path):
        return WriteResult(
            path,
            "refused",
            f"{path} exists and was not written by vaultkit (it has no "
            f"'{OWNER_PROPERTY}' {'card' if path.endswith('.canvas') else 'property'}); "
            "rename or move it, or change output_folder in .vaultkit/config.toml",
        )
    if _read_only(root / path):
        return WriteResult(
            path,
            "refused",
            f"{path} is read-only, so it is left as it is; make it writable (chmod u+w) "
            "for vaultkit to update it",
        )
    return _keep_edits(root, path, existing, content)


def check_output_folder(root: Path, folder: str) -> None:
    """A UserError naming the output folder `folder` when it leads out of the vault (it, or
    a folder it sits in, is a symlink to a folder outside): generated notes and the
    interaction log are written only inside the vault's real folder."""
    out = targets.leads_out(root, folder)
    if out is not None:
        part, real = out
        raise UserError(
            f"the output folder {folder} leads outside the vault ({part} leads to "
            f"{real}), so no generated note is written; make {part} a folder of the vault, "
            "or set output_folder in .vaultkit/config.toml to a folder inside it"
        )


def _unusable(root: Path, path: str) -> str:
    """Why nothing may be written at vault path `path` (it leads out of the vault, or is a
    FIFO or a device, which a read would hang on); '' when it may."""
    out = targets.leads_out(root, path)
    if out is not None:
        part, real = out
        return (
            f"{path} not written: {part} leads to {real}, outside the vault, and "
            "vaultkit writes only inside the vault"
        )
    kind = targets.not_a_file(root / path)
    if kind and kind != "a folder":  # a folder says so when it is read
        return f"{path} cannot be read (it is {kind}), so it is left as it is"
    return ""


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
    """added, already (nothing to do), deferred (the note was being saved or changed
    meanwhile: left as it was, to be tried again) or refused (the note cannot take the
    line: left as it was)."""
    message: str = ""
    """Why it was deferred or refused."""


def edit_note(
    root: Path,
    path: str,
    change: Callable[[str], str | None],
    *,
    scanned_size: int | None = None,
) -> EditResult:
    """Apply `change` (text -> new text, or None for nothing to do) to the note at `path`.

    The one way vaultkit edits a user's note, through a symlink to the real file (whose mode
    is kept). Refused, untouched: a note that leads out of the vault, has several hard links,
    is read-only, is not UTF-8 or is empty. Deferred, untouched: a read that may have caught a
    save in progress (two reads that differ, or one shorter than `scanned_size`, its size
    when the vault was scanned), and a note that changed (size, time or bytes) by the time of
    the replace. The new text must keep every existing character (checked).
    """
    unfit = targets.unfit_for_edit(root, path)
    if unfit is not None:
        return EditResult(path, "refused", f"{path}: {unfit.reason}, so vaultkit does not edit it")
    target = targets.real_file(root / path)
    try:
        raw, seen = targets.read(target)
        again, _ = targets.read(target)
    except OSError as error:
        return EditResult(path, "refused", f"{path}: could not be read ({error.strerror})")
    saving = _caught_saving(raw, seen, again, scanned_size)
    if saving:
        return EditResult(path, "deferred", f"{path} {saving}, so it is left as it is for now")
    if not raw:
        return EditResult(path, "refused", f"{path}: empty, so vaultkit does not edit it")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return EditResult(path, "refused", f"{path}: not UTF-8, so vaultkit does not edit it")
    changed = change(text)
    if changed is None:
        return EditResult(path, "already")
    if not _keeps_every_character(text, changed):
        raise AssertionError(f"an edit of {path} would have removed text; nothing written")
    try:
        atomic_write(target, changed.encode("utf-8"), unless_changed_from=seen)
    except ChangedMeanwhile:
        return EditResult(
            path, "deferred", f"{path} changed while vaultkit was editing it; left as it is"
        )
    except OSError as error:  # the note itself is untouched: the replace never happened
        if disk_full(error):  # no other note could take the line either: stop and say so
            raise OSError(error.errno, error.strerror, path) from None
        return EditResult(path, "refused", f"{path}: could not be written ({error.strerror})")
    return EditResult(path, "added")


def _caught_saving(raw: bytes, seen: targets.Seen, again: bytes, scanned: int | None) -> str:
    """How a read of a note shows that it may have caught an editor's save in progress (an
    editor that saves in place empties the file, then writes it): '' when it does not."""
    if again != raw or len(raw) != seen.size:
        return "changed while vaultkit read it, as when an editor is saving it"
    if scanned is not None and len(raw) < scanned:
        return (
            f"was read shorter than when the vault was scanned ({len(raw)} bytes, not "
            f"{scanned}), as when an editor is saving it"
        )
    return ""


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
    if target.suffix.lower() not in (".md", ".canvas") or targets.not_a_file(target):
        return False  # not a note
    try:
        raw = targets.read_regular(target)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise UserError(f"{target}: cannot be read to check it ({error.strerror})") from None
    return not is_owned(raw, target.name)


def write_export(target: Path, content: bytes, force: bool = False) -> str:
    """Write an export (graph, calendar) to a file the user named, anywhere, in one step: a
    symlink stays one and its target gets the content. A note or canvas vaultkit did not
    write is refused (a UserError) unless `force`. Returns '' once written, or why nothing
    was: a FIFO, a device or a folder is never written to (nor opened)."""
    kind = targets.not_a_file(target)
    if kind:
        return f"{target} is {kind}, not a file: nothing written (choose a file to write to)"
    if not force and foreign_note(target):
        raise UserError(
            f"{target} exists and was not written by vaultkit; not replaced "
            "(pass --force to replace it)"
        )
    try:
        atomic_write(target, content)
    except OSError as error:  # named after the file asked for, not the temp file beside it
        if disk_full(error):  # nothing to fix in the command: exit 1, as for generated notes
            raise OSError(error.errno, error.strerror, str(target)) from None
        raise UserError(f"{target}: cannot be written ({error.strerror})") from None
    return ""


def is_own_temp(name: str, target_name: str) -> bool:
    """True when file name `name` is one of atomic_write's temp files for `target_name`."""
    return name.startswith(f".{target_name}.") and name.endswith(".tmp")


def atomic_write(
    target: Path, content: bytes, *, unless_changed_from: targets.Seen | None = None
) -> None:
    """Write to a temp file beside the real file behind `target` (a symlink stays one), then
    replace that file in one step, keeping its mode. With `unless_changed_from` (the file as
    the new content was built from its read, targets.NO_FILE for none), the file is checked again
    just before the replace (size, time and bytes) and ChangedMeanwhile is raised if it
    differs."""
    real = targets.real_file(target)
    try:
        mode = stat.S_IMODE(real.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    handle, temp_name = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".tmp")
    os.chmod(temp_name, mode)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(content)
            temp.flush()
            os.fsync(temp.fileno())
        if unless_changed_from is not None:
            before_replace(real)
            if targets.changed_since(real, unless_changed_from):
                raise ChangedMeanwhile(str(target))
        os.replace(temp_name, real)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


@functools.cache
def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
