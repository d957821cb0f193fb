"""Where vaultkit may write, and a file as it was read.

Every write goes to the real file behind a path (through symlinks, which stay symlinks), and a
write into the vault never lands outside the vault's real folder. A user's note is edited only
while it is one plain file vaultkit may write: not one of several hard links (a replace would
split them), not read-only, not a symlink out of the vault. `Seen` is a file as it was read:
its size, modification time and a hash of the bytes, checked again just before a replace.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vaultkit.model import Diagnostic


@dataclass(frozen=True, slots=True)
class Seen:
    """A file as it was read, to tell whether it changed before it is replaced."""

    size: int
    """Its size in bytes, as the file system gave it just before the read."""
    mtime_ns: int
    """Its modification time, likewise."""
    sha256: bytes
    """The hash of the bytes read."""


NO_FILE = Seen(-1, -1, b"")
"""What was seen where there was no file (a replace then checks that there still is none)."""


def read(path: Path) -> tuple[bytes, Seen]:
    """The bytes of the file at `path` and how it was when read. The size and time are taken
    before the bytes are read: a save that lands during the read makes them differ later.
    Anything but a regular file is an OSError, and a FIFO is not waited on."""
    raw, info = _read_regular(path)
    return raw, Seen(info.st_size, info.st_mtime_ns, hashlib.sha256(raw).digest())


def read_regular(path: Path) -> bytes:
    """The bytes of the file at `path`; an OSError for anything but a regular file (a FIFO,
    which an ordinary read would wait on for ever, is not waited on)."""
    return _read_regular(path)[0]


def read_regular_head(path: Path, limit: int) -> tuple[bytes, int]:
    """The first `limit + 1` bytes of the file at `path` (all of a smaller one) and its size;
    an OSError for anything but a regular file, and a FIFO is not waited on."""
    raw, info = _read_regular(path, limit)
    return raw, info.st_size


def _read_regular(path: Path, limit: int | None = None) -> tuple[bytes, os.stat_result]:
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            code = errno.EISDIR if stat.S_ISDIR(info.st_mode) else errno.EINVAL
            raise OSError(code, "Is a directory" if code == errno.EISDIR else "not a file", path)
        if limit is not None and info.st_size > limit:
            return file.read(limit + 1), info
        return file.read(), info


def changed_since(path: Path, seen: Seen) -> bool:
    """True when the file at `path` is no longer as it was `seen` (NO_FILE: there was none):
    another size or time, or other bytes."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return seen is not NO_FILE
    if (info.st_size, info.st_mtime_ns) != (seen.size, seen.mtime_ns):
        return True
    try:
        return hashlib.sha256(path.read_bytes()).digest() != seen.sha256
    except OSError:
        return True


def real_file(path: Path) -> Path:
    """The file a write to `path` goes to: the real file behind any symlinks (the target of a
    dangling one, which the write creates)."""
    return Path(os.path.realpath(path))


def inside(root: Path, real: Path) -> bool:
    """True when the real path `real` lies inside the real folder of the vault at `root`."""
    real_root = os.path.realpath(root)
    return os.path.commonpath([real_root, real]) == real_root


def leads_out(root: Path, path: str) -> tuple[str, Path] | None:
    """None when a write to vault path `path` stays inside the vault; else the part of it
    that leads out (a symlink, or `path` itself) and the real path it leads to."""
    real = real_file(root / path)
    if inside(root, real):
        return None
    parts = path.strip("/").split("/")
    for count in range(1, len(parts) + 1):
        part = "/".join(parts[:count])
        if (root / part).is_symlink() and not inside(root, real_file(root / part)):
            return part, real_file(root / part)
    return path, real


def not_a_file(path: Path) -> str:
    """'' when `path` is a regular file or nothing yet; else what it is ("a FIFO")."""
    try:
        mode = os.stat(path).st_mode
    except OSError:  # nothing there yet, or a path that cannot be: the write says why
        return ""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


@dataclass(frozen=True, slots=True)
class Unfit:
    """Why vaultkit does not edit a note, in English and Russian."""

    reason: str
    """In English: "it has 2 hard links", "it is read-only"."""
    reason_ru: str
    """The same in Russian."""


def unfit_for_edit(root: Path, path: str) -> Unfit | None:
    """Why the note at vault path `path` must not be edited, or None when it may be: it leads
    out of the vault, is no regular file, has several hard links or is read-only."""
    return _Checker(root).unfit(path)


def edit_warnings(root: Path, paths: Iterable[str]) -> tuple[Diagnostic, ...]:
    """A warning for each note of `paths` that vaultkit would record a line in, but must not
    edit (see unfit_for_edit): the health note says why its lines go to the log instead."""
    checker = _Checker(root)
    warnings = []
    for path in paths:
        unfit = checker.unfit(path)
        if unfit is not None:
            warnings.append(
                Diagnostic(
                    path,
                    0,
                    "warning",
                    f"vaultkit does not add lines to this note: {unfit.reason}; ticks and "
                    "`vaultkit log` lines for it go to the Interaction log instead",
                    f"vaultkit не дописывает строки в эту заметку: {unfit.reason_ru}; "
                    "отметки и строки `vaultkit log` о ней идут в Журнал контактов",
                )
            )
    return tuple(warnings)


class _Checker:
    """unfit_for_edit for many notes of one vault: the real path of each folder is found once
    (a note that is no symlink is inside the vault when its folder is), so that a check costs
    a stat or two per note."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.prefix = f"{root}{os.sep}"
        self.uid = os.geteuid()
        self.folders: dict[str, bool] = {}

    def unfit(self, path: str) -> Unfit | None:
        full = self.prefix + path  # a str: a Path per note costs more than its stat
        try:
            info = os.lstat(full)
            if stat.S_ISLNK(info.st_mode) or not self._folder_inside(path):
                out = leads_out(self.root, path)
                if out is not None:
                    part, real = out
                    return Unfit(
                        f"{part} leads to {real}, outside the vault (through a symlink)",
                        f"{part} ведёт в {real}, вне хранилища (по символической ссылке)",
                    )
                info = os.stat(full)
        except OSError as error:
            reason = error.strerror or str(error)
            return Unfit(f"it cannot be read ({reason})", f"её не удалось прочитать ({reason})")
        if not stat.S_ISREG(info.st_mode):
            return Unfit("it is not a regular file", "это не обычный файл")
        if info.st_nlink > 1:
            links = info.st_nlink
            return Unfit(
                f"it has {links} hard links (replacing it would part them)",
                f"у неё жёстких ссылок: {links} (замена разделила бы их)",
            )
        if not _writable(full, info, self.uid):
            return Unfit("it is read-only", "она только для чтения")
        return None

    def _folder_inside(self, path: str) -> bool:
        folder = path.rpartition("/")[0]
        known = self.folders.get(folder)
        if known is None:
            known = self.folders[folder] = inside(self.root, real_file(self.root / folder))
        return known


def may_be_unfit(info: os.stat_result, is_link: bool) -> bool:
    """True when a file, by the stat a walk of the vault took anyway (`info`, following
    symlinks; `is_link`: the file is a symlink), may be unfit for an edit: only such files
    need unfit_for_edit, which costs a stat more per note."""
    if is_link or info.st_nlink > 1 or info.st_mode & 0o222 == 0:
        return True
    uid = os.geteuid()
    return not info.st_mode & stat.S_IWUSR if info.st_uid == uid else uid != 0


def _writable(path: str, info: os.stat_result, uid: int) -> bool:
    """True when vaultkit may write the file and it is not marked read-only (no write bit for
    anyone: even root, whom modes do not stop, leaves it alone). A file of one's own is told
    by its mode, sparing a system call per note."""
    if info.st_mode & 0o222 == 0:
        return False
    if info.st_uid == uid:
        return bool(info.st_mode & stat.S_IWUSR)
    return os.access(path, os.W_OK)
