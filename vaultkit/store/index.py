"""The SQLite cache of parsed notes at <vault>/.vaultkit/index.sqlite.

Each row holds one note's path, size, mtime and its parsed form. A sync compares the scan
with the rows and re-reads only new and changed files; deleted files lose their rows. A cache
that is corrupt, locked by a foreign format or from another parser version is rebuilt with a
warning, never a crash: it only ever holds what the notes themselves hold.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from vaultkit.config import STATE_FOLDER
from vaultkit.keys import KeyNames
from vaultkit.model import Diagnostic, Note
from vaultkit.parse import note_parser
from vaultkit.store import cache_problems as problems
from vaultkit.store import codec
from vaultkit.store.parsing import PARALLEL_FROM as PARALLEL_FROM
from vaultkit.store.parsing import ParseFailure as ParseFailure
from vaultkit.store.parsing import parse_files as parse_files
from vaultkit.store.scan import VaultFile

INDEX_NAME = "index.sqlite"
"""File name of the cache inside .vaultkit/."""
SCHEMA_VERSION = f"1.{note_parser.PARSER_VERSION}"
"""Stored in the cache; any other value means the cache is rebuilt."""

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class SyncResult:
    """The notes after a sync, and how much work the sync did."""

    notes: tuple[Note, ...]
    """Every note of the vault, sorted by path."""
    parsed: int
    """Notes read and parsed in this sync (new or changed)."""
    removed: int
    """Rows dropped because their file is gone."""
    diagnostics: tuple[Diagnostic, ...]
    """Problems with the cache itself and with reading files."""
    moved: tuple[tuple[str, str], ...] = ()
    """Notes renamed or moved since the last sync: (old path, new path), told by a file gone
    and a new one of the same size and modification time (a rename keeps both)."""


class Index:
    """An open cache; use as a context manager so the connection is closed."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        warnings: tuple[Diagnostic, ...],
        *,
        held: bool = False,
    ) -> None:
        """`held`: another process held the cache as it was opened (its first sync then
        reads from it without waiting to store anything)."""
        self._db = connection
        self.warnings = warnings
        self._held = held
        # After the first sync every note is also held here, so a long-lived index (the
        # daemon's) re-reads only what changed, from neither the disk nor the cache file.
        self._memory: dict[str, tuple[int, int, Note]] | None = None

    @classmethod
    def open(cls, root: Path) -> Index:
        """Open (or create) the vault's cache, rebuilding it when unusable. Where it cannot be
        written at all (a read-only vault or cache file, a full disk) or another process
        holds it, the notes are read without it."""
        path = root / STATE_FOLDER / INDEX_NAME
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls._open_file(path)
        except (OSError, sqlite3.DatabaseError) as error:
            return cls.in_memory((problems.unusable(error),))

    @classmethod
    def _open_file(cls, path: Path) -> Index:
        problems.companions_follow(path)
        try:
            connection, outdated = _connect(path)
            free = problems.check_writable(connection)
        except sqlite3.DatabaseError as error:
            if problems.is_busy(error) or problems.is_read_only(error):
                raise  # held by another process, or read-only: not broken, not deleted
            warning = Diagnostic(
                f"{STATE_FOLDER}/{INDEX_NAME}",
                0,
                "warning",
                f"cache was unusable ({error}); rebuilt from the notes",
                f"кэш был непригоден ({error}); собран заново из заметок",
            )
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            return cls(_connect(path)[0], (warning,))
        if outdated is None:
            return cls(connection, (), held=not free)
        warning = Diagnostic(
            f"{STATE_FOLDER}/{INDEX_NAME}",
            0,
            "warning",
            f"cache was written by another vaultkit version ({outdated}); rebuilt from the notes",
            f"кэш записан другой версией vaultkit ({outdated}); собран заново из заметок",
        )
        return cls(connection, (warning,), held=not free)

    @classmethod
    def in_memory(cls, warnings: tuple[Diagnostic, ...] = ()) -> Index:
        """A cache that lives only as long as this object (for tests and dry runs)."""
        return cls(_connect(":memory:")[0], warnings)

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def sync(
        self,
        root: Path,
        files: Iterable[VaultFile],
        progress: Progress | None = None,
        names: KeyNames = (),
        max_bytes: int | None = None,
    ) -> SyncResult:
        """Bring the cache up to date with the vault's `files`, parsing new and changed notes
        (all of them when the vault's own key `names`, its [properties], changed); `progress(done,
        total)` is told as they are parsed. Of a note over `max_bytes`, only the properties
        are read."""
        notes = [file for file in files if file.is_note]
        self._forget_unless_parsed_with(names, max_bytes)
        known = self._known()
        current = {file.path for file in notes}
        gone = [path for path in known if path not in current]
        changed = {
            file.path: file for file in notes if known.get(file.path) != (file.size, file.mtime_ns)
        }
        fresh: dict[str, tuple[int, int, Note]] = {}
        diagnostics: list[Diagnostic] = []
        writing = self._begin_writing(diagnostics)
        try:  # one transaction; each batch is stored and decoded as it arrives
            removed = ((p,) for p in gone)
            write = self._db.executemany
            writing = writing and self._stored(
                partial(write, "DELETE FROM notes WHERE path = ?", removed), diagnostics
            )
            for batch in parse_files(root, list(changed), names, max_bytes):
                rows = []
                for path, outcome, note in batch:
                    if isinstance(outcome, ParseFailure):
                        diagnostics.append(_unreadable(path, outcome.reason))
                        continue
                    file = changed[path]
                    rows.append((path, file.size, file.mtime_ns, outcome))
                    if note is None:
                        note = codec.loads(outcome)
                    fresh[path] = (file.size, file.mtime_ns, note)
                writing = writing and self._stored(
                    partial(write, "INSERT OR REPLACE INTO notes VALUES (?, ?, ?, ?)", rows),
                    diagnostics,
                )
                if progress is not None:
                    progress(len(fresh) + len(diagnostics), len(changed))
            writing = writing and self._stored(self._db.commit, diagnostics)
        except BaseException:
            if writing:
                self._db.rollback()
            raise
        memory = self._remembered(known, current, changed)
        for path in gone:
            memory.pop(path, None)
        memory.update(fresh)
        every = sorted((note for _, _, note in memory.values()), key=lambda n: n.path)
        moved = self._moves_remembered(_moves(known, gone, changed), current, writing)
        return SyncResult(tuple(every), len(fresh), len(gone), tuple(diagnostics), moved)

    def _moves_remembered(
        self, moved: tuple[tuple[str, str], ...], current: set[str], writing: bool
    ) -> tuple[tuple[str, str], ...]:
        """This sync's renames with the ones earlier syncs told (kept in the cache, the last
        MOVES_KEPT of them, whose new path is still there): a tick of a renamed note is still
        followed when a command that records no ticks ran between the rename and the rebuild."""
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'moves'").fetchone()
            earlier = [tuple(pair) for pair in json.loads(row[0])] if row else []
        except (sqlite3.DatabaseError, ValueError, TypeError):
            earlier = []
        pairs = [
            (old, new) for old, new in [*earlier, *moved] if new in current and old not in current
        ]
        kept = tuple(dict.fromkeys(pairs))[-MOVES_KEPT:]
        if writing and moved:
            try:
                with self._db:
                    self._db.execute(
                        "INSERT OR REPLACE INTO meta VALUES ('moves', ?)",
                        (json.dumps(kept, ensure_ascii=False),),
                    )
            except sqlite3.DatabaseError:
                pass  # another vaultkit writes: this run's renames still count
        return kept

    def _remembered(
        self, known: dict[str, tuple[int, int]], current: set[str], changed: dict[str, VaultFile]
    ) -> dict[str, tuple[int, int, Note]]:
        """The notes held in memory; after the first sync, the unchanged notes come from the
        cache file."""
        if self._memory is None:
            self._memory = {}
            if any(path in current and path not in changed for path in known):
                for path, size, mtime, text in self._db.execute(
                    "SELECT path, size, mtime_ns, note FROM notes"
                ):
                    if path not in changed:
                        self._memory[path] = (size, mtime, codec.loads(text))
        return self._memory

    def _stored(self, write: Callable[[], object], diagnostics: list[Diagnostic]) -> bool:
        """Run one write of a sync; False when the cache cannot take it (a full disk, a file
        that turned read-only or fails): the sync's transaction is rolled back, with a
        warning, and the sync reads on without storing anything."""
        try:
            write()
        except sqlite3.OperationalError as error:
            if not problems.cannot_store(error):
                raise
            self._db.rollback()
            diagnostics.append(problems.unusable(error, stored=False))
            return False
        return True

    def parsed_with(self) -> KeyNames:
        """The key names the stored notes were parsed with (none stored: none)."""
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'names'").fetchone()
            stored = json.loads(row[0]) if row else []
        except (sqlite3.DatabaseError, ValueError):
            return ()
        if not isinstance(stored, list):
            return ()
        return tuple((str(pair[0]), str(pair[1])) for pair in stored if len(pair) == 2)

    def _forget_unless_parsed_with(self, names: KeyNames, max_bytes: int | None) -> None:
        """Drop every note parsed with other key names than `names` (all are parsed again),
        and those a change of the size limit to `max_bytes` reads otherwise."""
        self._forget_over(max_bytes)
        wanted = json.dumps(names, ensure_ascii=False)
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'names'").fetchone()
        except sqlite3.DatabaseError:
            row = None
        if (row[0] if row else "[]") == wanted:
            return
        self._memory = {}  # every note is parsed again, none is taken from the file
        try:
            with self._db:
                self._db.execute("DELETE FROM notes")
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('names', ?)", (wanted,))
        except sqlite3.DatabaseError:  # another vaultkit writes: this sync parses all anyway
            pass

    def _forget_over(self, max_bytes: int | None) -> None:
        """Drop the notes read under another size limit than `max_bytes` (None: none), those
        over the lower of the two: they are read whole on one side, only in part on the other."""
        wanted = "" if max_bytes is None else str(max_bytes)
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'max_bytes'").fetchone()
        except sqlite3.DatabaseError:
            row = None
        stored = row[0] if row else ""
        if stored == wanted:
            return
        sizes = [int(limit) for limit in (stored, wanted) if limit]
        over = min(sizes) if sizes else 0
        if self._memory is not None:
            self._memory = {p: kept for p, kept in self._memory.items() if kept[0] <= over}
        try:
            with self._db:
                self._db.execute("DELETE FROM notes WHERE size > ?", (over,))
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('max_bytes', ?)", (wanted,))
        except sqlite3.DatabaseError:  # held or read-only: this sync reads them again anyway
            pass

    def _known(self) -> dict[str, tuple[int, int]]:
        """The size and modification time of each note the cache holds, by path."""
        if self._memory is None:
            rows = self._db.execute("SELECT path, size, mtime_ns FROM notes")
            return {path: (size, mtime) for path, size, mtime in rows}
        return {path: (size, mtime) for path, (size, mtime, _) in self._memory.items()}

    def _begin_writing(self, diagnostics: list[Diagnostic]) -> bool:
        """Start the sync's transaction; False (with a warning) when another process holds
        the cache past the busy timeout: this sync then reads the notes without storing them
        (the cache is keyed by size and time, so a later sync stores what it still lacks)."""
        held, self._held = self._held, False  # held a moment ago: not a second wait
        try:
            if not held:
                self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if not problems.is_busy(error):
                raise
            held = True
        if held:
            diagnostics.append(problems.locked(keeps_reading=True))
            return False
        return True


BUSY_TIMEOUT = 1.0
"""Seconds to wait for another process writing the same cache (the daemon and a command run
beside it) before reading the notes without it: never a silent wait on a held lock."""


def _connect(path: Path | str) -> tuple[sqlite3.Connection, str | None]:
    """Open the cache; also returns the old schema version when the cache had to be reset."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT)
    outdated = None
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        has_notes = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notes'"
        ).fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            if has_notes:
                outdated = row[0] if row else "unknown"
            with connection:
                connection.execute("DROP TABLE IF EXISTS notes")
                connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,)
                )
        connection.execute(
            "CREATE TABLE IF NOT EXISTS notes (path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
            "mtime_ns INTEGER NOT NULL, note TEXT NOT NULL)"
        )
        connection.execute("SELECT count(*) FROM notes").fetchone()
    except sqlite3.DatabaseError:
        connection.close()
        raise
    return connection, outdated


def _unreadable(path: str, reason: str) -> Diagnostic:
    """The problem of a note that could not be read at all."""
    return Diagnostic(
        path, 0, "error", f"could not be read: {reason}", f"не удалось прочитать: {reason}"
    )


MOVES_KEPT = 200
"""Renames remembered between runs."""


def _moves(
    known: dict[str, tuple[int, int]], gone: list[str], changed: dict[str, VaultFile]
) -> tuple[tuple[str, str], ...]:
    """The renames a sync can tell: a path gone whose size and modification time exactly one
    new path has (and no other gone path shares)."""
    arrived: dict[tuple[int, int], list[str]] = {}
    for path, file in changed.items():
        if path not in known:
            arrived.setdefault((file.size, file.mtime_ns), []).append(path)
    left: dict[tuple[int, int], list[str]] = {}
    for path in gone:
        left.setdefault(known[path], []).append(path)
    return tuple(
        (paths[0], arrived[stamp][0])
        for stamp, paths in left.items()
        if len(paths) == 1 and len(arrived.get(stamp, ())) == 1
    )
