"""Walking the vault: which files it holds, as Obsidian sees them.

Dot-folders and ignored folders are skipped; symlinked folders are followed as Obsidian follows
them; files that cannot be read (iCloud placeholders, dangling symlinks) and sync conflict
copies are named with a Diagnostic. The walk only lists files: it reads none of them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vaultkit.config import Config
from vaultkit.model import Diagnostic
from vaultkit.store.conflicts import begins_alike, copies, surely_a_copy
from vaultkit.store.targets import may_be_unfit


@dataclass(frozen=True, slots=True)
class VaultFile:
    """One file found in the vault."""

    path: str
    """Vault-relative path with forward slashes."""
    size: int
    """Size in bytes."""
    mtime_ns: int
    """Modification time in nanoseconds."""

    @property
    def is_note(self) -> bool:
        """True for markdown notes; every other file is an attachment."""
        return self.path.lower().endswith(".md")


@dataclass(frozen=True, slots=True)
class Scan:
    """What a walk of the vault found."""

    files: tuple[VaultFile, ...]
    """Notes and attachments, sorted by path."""
    diagnostics: tuple[Diagnostic, ...]
    """Files and folders that could not be read."""
    linked: tuple[tuple[str, str], ...] = ()
    """Symlinked folders read (they lead outside the vault), each as its vault path and the
    real folder it leads to: a watch of the vault's folder does not see their changes."""
    suspects: tuple[str, ...] = ()
    """Notes whose stat shows what may keep vaultkit from adding a line to them (a symlink,
    several hard links, no write permission): only these are checked in full."""


_ICLOUD_PLACEHOLDER = ".md.icloud"
_BACKUP_FOLDERS = ("logseq/bak", "logseq/version-files")
"""The copies Logseq keeps of pages it saved (a graph moved into Obsidian brings them along, at
the vault's top or in a folder of its own): old versions of notes, never notes of their own."""
_BACKUP_ENDINGS = tuple("/" + folder for folder in _BACKUP_FOLDERS)
"""What iCloud Drive leaves of a note it has moved off the disk: `.Name.md.icloud`."""


def walk(root: Path, config: Config) -> Scan:
    """Every note and attachment under `root`, skipping dot-folders and ignored folders.

    Symlinked folders are followed as Obsidian follows them: one leading to a folder of the
    vault, or to a folder holding the vault, is not (Obsidian ignores it, so that no note shows
    twice), and a folder reached twice through symlinks outside the vault is read once: a loop
    is reported, never walked forever.
    """
    files: list[VaultFile] = []
    diagnostics: list[Diagnostic] = []
    ignored = {folder.casefold() for folder in (*config.ignore_folders, *_BACKUP_FOLDERS)}
    real_root = os.path.realpath(root)
    seen_dirs: dict[tuple[int, int], str] = {}
    linked: list[tuple[str, str]] = []
    suspects: list[str] = []
    stack: list[tuple[str, str, bool]] = [(str(root), "", False)]
    while stack:
        directory, relative, is_link = stack.pop()
        try:
            info = os.stat(directory)
            first = seen_dirs.get((info.st_dev, info.st_ino))
            if first is not None:
                diagnostics.append(_read_twice(relative, first))
                continue
            seen_dirs[(info.st_dev, info.st_ino)] = relative
            if is_link:
                linked.append((relative, os.path.realpath(directory)))
            # by name, the first popped first: of two symlinks to one folder, the same one is
            # read on every run, whatever order the file system lists them in
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name, reverse=True)
        except OSError as error:
            diagnostics.append(_unreadable_folder(relative, error))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                if entry.name.endswith(_ICLOUD_PLACEHOLDER) and not entry.is_dir():
                    name = entry.name[1 : -len(".icloud")]
                    diagnostics.append(_not_downloaded(f"{relative}/{name}" if relative else name))
                continue
            path = f"{relative}/{entry.name}" if relative else entry.name
            try:
                if entry.is_dir():
                    folded = path.casefold()
                    if folded in ignored or folded.endswith(_BACKUP_ENDINGS):
                        continue
                    skipped = _symlink_into_vault(entry, path, real_root)
                    if skipped is not None:
                        diagnostics.append(skipped)
                    else:
                        stack.append((entry.path, path, entry.is_symlink()))
                    continue
            except OSError as error:
                diagnostics.append(_unreadable_file(path, error))
                continue
            _take_file(entry, path, files, suspects, diagnostics)
    files = _without_conflict_copies(root, files, diagnostics)
    files.sort(key=lambda file: file.path)
    return Scan(tuple(files), tuple(diagnostics), tuple(sorted(linked)), tuple(suspects))


def _take_file(
    entry: os.DirEntry[str],
    path: str,
    files: list[VaultFile],
    suspects: list[str],
    diagnostics: list[Diagnostic],
) -> None:
    """Add the file `entry` (at vault path `path`) to `files`, and to `suspects` when it may
    be unfit for an edit; a file that cannot be read, or is no regular file (a FIFO would
    hang the read of it), is named in `diagnostics` instead."""
    try:
        found = entry.stat()
    except OSError as error:
        diagnostics.append(_unreadable_file(path, error))
        return
    if not stat.S_ISREG(found.st_mode):
        diagnostics.append(_special_file(path))
        return
    files.append(VaultFile(path, found.st_size, found.st_mtime_ns))
    if may_be_unfit(found, entry.is_symlink()):
        suspects.append(path)


def _without_conflict_copies(
    root: Path, files: list[VaultFile], diagnostics: list[Diagnostic]
) -> list[VaultFile]:
    """The files less the sync conflict copies of notes beside them, each named instead; a
    copy with no note beside it stays a note, named too."""
    notes = [file.path for file in files if file.is_note]

    def alike(copy: str, original: str) -> bool:
        return begins_alike(_text(root, copy), _text(root, original))

    left_out = {copy.path: copy.original for copy in copies(notes, alike)}
    for path in notes:
        if path in left_out:
            diagnostics.append(_copy_left_out(path, left_out[path]))
        elif surely_a_copy(path.rpartition("/")[2]):
            diagnostics.append(_conflict_copy(path))
    return [file for file in files if file.path not in left_out] if left_out else files


def _text(root: Path, path: str) -> str:
    """The start of a note's text (enough to tell a copy), '' where it cannot be read."""
    try:
        with open(root / path, "rb") as handle:
            return handle.read(65_536).decode("utf-8", errors="replace")
    except OSError:
        return ""


def _copy_left_out(path: str, original: str) -> Diagnostic:
    """A sync conflict copy left out of every report, beside the note it shadows."""
    return Diagnostic(
        path,
        0,
        "warning",
        f"a sync conflict copy of {original}: not read (merge what it holds into {original}, "
        "then delete it)",
        f"копия {original} от конфликта синхронизации: не читается (перенесите то, что в ней "
        f"есть, в {original} и удалите её)",
    )


def _unreadable_folder(relative: str, error: OSError) -> Diagnostic:
    """A folder of the vault that could not be listed."""
    return Diagnostic(
        relative or ".",
        0,
        "warning",
        f"folder could not be read: {error.strerror}",
        f"папку не удалось прочитать: {error.strerror}",
    )


def _not_downloaded(path: str) -> Diagnostic:
    """A note iCloud holds only a placeholder of."""
    return Diagnostic(
        path,
        0,
        "warning",
        "not downloaded from iCloud, so vaultkit cannot read it (in Finder, "
        "choose Keep Downloaded for the vault folder)",
        "не загружена из iCloud, и vaultkit не может её прочитать (в Finder "
        "выберите для папки хранилища Keep Downloaded, «Оставить загруженным»)",
    )


def _unreadable_file(path: str, error: OSError) -> Diagnostic:
    """A file of the vault whose size and time could not be read."""
    return Diagnostic(
        path,
        0,
        "warning",
        f"could not be read: {error.strerror} (a dangling symlink?)",
        f"не удалось прочитать: {error.strerror} (битая символическая ссылка?)",
    )


def _special_file(path: str) -> Diagnostic:
    """A FIFO, socket or device node in the vault: never opened."""
    return Diagnostic(
        path,
        0,
        "warning",
        "not a regular file (a FIFO, a socket or a device): not read",
        "не обычный файл (FIFO, сокет или устройство): не читается",
    )


def _conflict_copy(path: str) -> Diagnostic:
    """A sync tool's conflicted copy of a note."""
    return Diagnostic(
        path,
        0,
        "warning",
        "a sync conflict copy, with no note beside it to merge it into: read as a note "
        "(rename it to the note's own name)",
        "копия от конфликта синхронизации, а исходной заметки рядом нет: читается как "
        "заметка (переименуйте её в имя заметки)",
    )


def restat(previous: Scan, root: Path, saved: Iterable[str]) -> Scan | None:
    """`previous` with the size and time of the files at vault paths `saved` read again: the
    walk of a vault where nothing happened since but those files being saved in place (the
    daemon's common case, spared a walk of every folder). None when one of them is not a file
    `previous` holds: something else happened, and the vault must be walked again."""
    left = set(saved)
    files = []
    suspects = set(previous.suspects).difference(left)
    for file in previous.files:
        if file.path in left:
            left.discard(file.path)
            try:
                info = os.stat(root / file.path)
            except OSError:
                return None
            if not stat.S_ISREG(info.st_mode):
                return None
            file = VaultFile(file.path, info.st_size, info.st_mtime_ns)
            if may_be_unfit(info, os.path.islink(root / file.path)):
                suspects.add(file.path)
        files.append(file)
    if left:
        return None
    return Scan(tuple(files), previous.diagnostics, previous.linked, tuple(sorted(suspects)))


def _symlink_into_vault(entry: os.DirEntry[str], path: str, real_root: str) -> Diagnostic | None:
    """Why the folder `entry` (at vault path `path`) is not read, when it is a symlink that
    Obsidian ignores: one to a folder of the vault itself, or to a folder that holds the vault
    (its notes would show twice, and links to them become ambiguous); None for any other."""
    if not entry.is_symlink():
        return None
    target = os.path.realpath(entry.path)
    if target == real_root or target.startswith(real_root + os.sep):
        inside = Path(os.path.relpath(target, real_root)).as_posix()
        where, where_ru = (
            (f"the folder {inside}/ of this vault", f"папку {inside}/ этого хранилища")
            if inside != "."
            else ("this vault's own folder", "саму папку этого хранилища")
        )
    elif real_root.startswith(target.rstrip(os.sep) + os.sep):
        where, where_ru = "a folder that holds this vault", "папку, в которой лежит хранилище"
    else:
        return None
    return Diagnostic(
        path,
        0,
        "warning",
        f"a symlink to {where}: not read, as Obsidian does not read it either (its notes "
        "would show twice)",
        f"символическая ссылка на {where_ru}: не читается, как и в Obsidian (иначе её "
        "заметки встретились бы дважды)",
    )


def _read_twice(relative: str, first: str) -> Diagnostic:
    """A folder reached again through a symlink (two symlinks to one folder outside the
    vault, or a loop among them): read once, where it was reached first."""
    shown = f"{first}/" if first else "the vault's folder"
    shown_ru = f"{first}/" if first else "папка хранилища"
    return Diagnostic(
        relative,
        0,
        "warning",
        f"the same folder as {shown}, reached again through a symlink (a loop?); read there only",
        f"та же папка, что и {shown_ru}, снова через символическую ссылку (петля?); "
        "прочитана только там",
    )
