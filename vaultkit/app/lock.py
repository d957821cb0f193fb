"""One daemon per vault: the lock `vaultkit watch` holds for its whole life.

The lock is an flock of the vault folder itself, which cannot vanish while the daemon runs
(when it goes, the daemon stops). A lock on a file alone let a second daemon in once the file
was deleted: a new file at the same path is another lock. The file `.vaultkit/watch.lock` is
still locked too (so a vaultkit from before this lock is kept off as well), and it names the
holder's pid for the message a second daemon gives: the daemon writes it again whenever it is
gone or replaced. Descriptors are never inherited by the processes vaultkit starts (Python
opens them close-on-exec and the parsing workers are spawned fresh).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from vaultkit.config import STATE_FOLDER
from vaultkit.errors import UserError
from vaultkit.store import workers

LOCK_NAME = "watch.lock"
"""The file in .vaultkit/ that names the daemon holding the vault."""
HOLDER_WAIT = 2.0
"""Seconds a refused daemon waits for the holder to write its pid again (it does so within a
second of the file going)."""


class DaemonLock:
    """The held lock of one vault; `keep` it from the daemon's loop."""

    def __init__(self, root: Path) -> None:
        self.path = root / STATE_FOLDER / LOCK_NAME
        self._file: IO[str] | None = None

    def keep(self) -> None:
        """Write the pid file again when it is gone, replaced or names another process (not
        when it cannot be written: then at the next call)."""
        try:
            same = self._file is not None and os.path.samestat(
                os.fstat(self._file.fileno()), self.path.stat()
            )
        except OSError:
            same = False
        if same and self._file is not None:
            self._file.seek(0)
            if self._file.read().strip() == str(os.getpid()):
                return
        with contextlib.suppress(OSError):
            self._take_file()

    def _take_file(self) -> None:
        import fcntl  # POSIX only; imported here so the rest of vaultkit runs anywhere

        self.path.parent.mkdir(exist_ok=True)  # never the vault folder: it may be gone
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the lock's life
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise _refusal(self.path.parent.parent, self.path) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self.release_file()
        self._file = handle

    def release_file(self) -> None:
        """Close the pid file (its flock goes with it)."""
        if self._file is not None:
            self._file.close()
            self._file = None


@contextmanager
def hold(root: Path) -> Iterator[DaemonLock]:
    """Hold the daemon lock of the vault at `root`, or raise UserError naming the pid that
    holds it."""
    import fcntl

    folder = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    lock = DaemonLock(root)
    try:
        try:
            fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _refusal(root, lock.path) from None
        lock.keep()
        workers.spawn_only()  # a forked worker would hold the lock after a kill
        yield lock
    finally:
        lock.release_file()
        os.close(folder)


def _refusal(root: Path, path: Path) -> UserError:
    holder = ""
    deadline = time.monotonic() + HOLDER_WAIT
    while True:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            holder = path.read_text(encoding="utf-8").strip()
        if holder or time.monotonic() >= deadline:
            break
        time.sleep(0.05)
    return UserError(
        f"vaultkit watch is already running for {root} (pid {holder or 'unknown'}); stop it first"
    )
