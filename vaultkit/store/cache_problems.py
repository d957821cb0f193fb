"""The cache (.vaultkit/index.sqlite) in trouble: held by another process, read-only, or in a
place that cannot be written; how that is found as it is opened, and what vaultkit says. The
notes are then read without it; the cache only ever holds what the notes themselves hold."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from vaultkit.config import STATE_FOLDER
from vaultkit.model import Diagnostic

CACHE_PATH = f"{STATE_FOLDER}/index.sqlite"
"""The cache's vault path, as warnings name it."""
_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
"""SQLite's answers when another connection holds the database."""
_READ_ONLY = (sqlite3.SQLITE_READONLY,)
"""SQLite's answer when the cache file (or its -wal or -shm file) may not be written."""
_CANNOT_STORE = (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, *_READ_ONLY)
"""SQLite's answers when a write to the cache fails for want of room or a working file."""


def _is(error: sqlite3.Error, codes: tuple[int, ...]) -> bool:
    """True when `error` is one of SQLite's primary result `codes` (extended codes too)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in codes


def is_busy(error: sqlite3.Error) -> bool:
    """True when another connection held the cache past the busy timeout."""
    return _is(error, _BUSY)


def is_read_only(error: sqlite3.Error) -> bool:
    """True when the cache, or its -wal or -shm file, may not be written."""
    return _is(error, _READ_ONLY)


def cannot_store(error: sqlite3.Error) -> bool:
    """True when a write to the cache failed for want of room (a full disk) or of a file
    that may be written and works."""
    return _is(error, _CANNOT_STORE)


def locked(keeps_reading: bool) -> Diagnostic:
    """The warning for a cache another process holds: read from but not updated
    (`keeps_reading`), or not used at all."""
    if keeps_reading:
        done, done_ru = "read without updating it", "прочитаны без его обновления"
    else:
        done, done_ru = "read without it", "прочитаны без него"
    return Diagnostic(
        CACHE_PATH,
        0,
        "warning",
        "the cache is locked by another process (another vaultkit, or a program that opened "
        f"it); the notes were {done}",
        f"кэш заблокирован другим процессом (другим vaultkit или открывшей его программой); "
        f"заметки {done_ru}",
    )


def unusable(error: OSError | sqlite3.DatabaseError, stored: bool = True) -> Diagnostic:
    """The warning for a cache file that cannot be used, so that the notes are read without
    it: locked by another process, read-only, or in a place that cannot be written (with
    `stored=False`: a sync's writes failed, and what it read was not stored)."""
    if isinstance(error, sqlite3.DatabaseError) and is_busy(error):
        return locked(keeps_reading=False)
    if isinstance(error, sqlite3.DatabaseError) and is_read_only(error):
        return Diagnostic(
            CACHE_PATH,
            0,
            "warning",
            f"the cache is read-only ({error}); the notes were read without it. Make "
            f"{CACHE_PATH} (and its -wal and -shm files) writable, or delete them, to use it "
            "again",
            f"кэш только для чтения ({error}); заметки прочитаны без него. Разрешите запись в "
            f"{CACHE_PATH} (и его файлы -wal и -shm) или удалите их, чтобы он снова работал",
        )
    reason = error.strerror if isinstance(error, OSError) and error.strerror else error
    done, done_ru = ("without it", "без него") if stored else ("but not stored", "но не записаны")
    return Diagnostic(
        CACHE_PATH,
        0,
        "warning",
        f"the cache cannot be written ({reason}); the notes were read {done}",
        f"кэш не удаётся записать ({reason}); заметки прочитаны {done_ru}",
    )


def companions_follow(path: Path) -> None:
    """Give the cache's -wal and -shm files the mode of the cache file once it may be written
    again: a user who makes the cache writable after a read-only spell fixes the one file they
    see, and SQLite cannot write the cache while either of the others is still read-only."""
    if not os.access(path, os.W_OK):
        return
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        try:
            if companion.exists() and not os.access(companion, os.W_OK):
                os.chmod(companion, stat.S_IMODE(path.stat().st_mode))
        except OSError:  # not ours to change: the write test below finds it read-only
            continue


def check_writable(connection: sqlite3.Connection) -> bool:
    """Raise SQLite's error (the connection closed) when the cache cannot be written: SQLite
    opens a read-only file for reading without a word, and fails only at the first write.
    False when another process holds it: no reason to go without it, the notes are then read
    from it, not stored."""
    try:
        with connection:
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('writable', '1')")
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            return False
        connection.close()
        raise
    return True
