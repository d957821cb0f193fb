"""The daemon: `vaultkit watch` keeps the generated notes fresh on every save.

Watchdog events only mark work (mkdocs' livereload is the model): the loop rebuilds once the
vault has been quiet for a moment, so a sync pulling a thousand files costs one rebuild, but no
later than the config's max wait after the first change, however often files change. The
index stays open, holding every note in memory, so a rebuild re-reads only the files that
changed. A failed rebuild is logged and the loop lives on; the day rolling over (or the machine
waking up on a new day) triggers a rebuild too. One daemon per vault, by a lock on its folder
(lock.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import signal
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Literal

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch

from vaultkit.app import lock, pipeline
from vaultkit.app.session import Session
from vaultkit.app.settings import Settings
from vaultkit.app.summary import describe
from vaultkit.config import CONFIG_PATH, STATE_FOLDER
from vaultkit.errors import explain_error
from vaultkit.model import Diagnostic
from vaultkit.store import vault, writer
from vaultkit.store.scan import restat
from vaultkit.titles import TITLES, generated_path, output_paths

LOG = logging.getLogger("vaultkit.watch")
_TEMP_FILE = re.compile(r"(^\.|~$|\.sw[a-p]$|\.tmp$|\.crdownload$|^#.*#$|^4913$)", re.IGNORECASE)
_SETTINGS = (CONFIG_PATH, *vault.SETTINGS_FILES)
WATCHDOG_LOGGER = "watchdog.observers"
"""Where watchdog's observers log, a dropped-events warning among the rest."""


Change = Literal["changed", "gone", "arrived"]
"""What happened at a path: created or modified, deleted or moved away, or moved there."""


class Changes(FileSystemEventHandler):
    """Marks that the vault changed; ignores vaultkit's own files and editors' temp files.

    A generated note is vaultkit's own: writing it must not wake the loop. Two changes to one
    do: losing it (deleted or moved away: it is written again), and a save into a note where
    the user ticks tasks (the due note: in place, as Obsidian saves, or moved in, as sync
    tools do), whose ticks are then recorded at once. vaultkit's own writes only ever move a
    temp file of its own into place, so they are told apart by that file's name.
    """

    def __init__(
        self, root: Path, output_folder: str, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._root = root
        self._clock = clock
        self._links: list[tuple[str, str]] = []
        self._generated: set[str] = set()
        self._ticked: set[str] = set()
        self.follow(output_folder)
        self.pending = threading.Event()
        self.last_change = 0.0
        # When the first change not yet taken by a rebuild was heard (None: none since).
        self._waiting_since: float | None = None
        # What happened since the last rebuild took it: the files saved in place, unless
        # anything else happened (a file came, went or moved, a folder or a setting changed),
        # which only a walk of the vault sees whole (None).
        self._saved: set[str] | None = None
        self._lock = threading.Lock()

    def follow(self, output_folder: str) -> None:
        """Take the generated notes to be those in `output_folder` (the config may move it)."""
        generated = output_paths(output_folder)
        generated.add(output_folder)  # the folder itself, created on the first write
        self._ticked = {generated_path("due", output_folder, lang) for lang in TITLES["due"]}
        self._generated = generated

    def link(self, linked: tuple[tuple[str, str], ...]) -> None:
        """Take events in the real folders that the vault's symlinked folders lead to as
        events at those folders' vault paths (`linked`: vault path, real folder)."""
        self._links = sorted(
            ((target, folder) for folder, target in linked), key=lambda pair: -len(pair[0])
        )

    def _relative(self, path: str) -> str | None:
        try:
            return Path(path).relative_to(self._root).as_posix()
        except ValueError:
            pass
        for target, folder in self._links:  # the deepest folder first: links may nest
            if path == target or path.startswith(target + os.sep):
                rest = Path(path[len(target) :].lstrip(os.sep)).as_posix()
                return f"{folder}/{rest}" if rest != "." else folder
        return None

    def relevant(self, path: str, how: Change = "changed", source: str = "") -> bool:
        """True when the change at absolute `path` can change a generated note. `how`:
        changed (created or modified), gone (deleted or moved away), or arrived (moved here,
        from absolute `source`)."""
        relative = self._relative(path)
        if relative is None:
            return False
        if relative in _SETTINGS or relative.startswith(f"{STATE_FOLDER}/templates/"):
            return True
        if relative in self._generated:
            if how == "gone":
                return True
            if relative not in self._ticked:
                return False
            name = relative.rsplit("/", 1)[-1]
            return how == "changed" or not writer.is_own_temp(Path(source).name, name)
        parts = relative.split("/")
        return not any(part.startswith(".") for part in parts) and not _TEMP_FILE.search(parts[-1])

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed", "closed_no_write"):
            return
        if event.is_directory and event.event_type == "modified":
            return  # a folder's own timestamp: the file events say what changed
        source, destination = str(event.src_path), str(getattr(event, "dest_path", "") or "")
        how: Change = "gone" if event.event_type in ("deleted", "moved") else "changed"
        if self.relevant(source, how) or (
            destination and self.relevant(destination, "arrived", source)
        ):
            moved = f" -> {destination}" if destination else ""
            LOG.debug("change: %s %s%s", event.event_type, source, moved)
            in_place = event.event_type in ("modified", "attrib") and not event.is_directory
            self._note(source if in_place else "")
            self._heard()

    def _heard(self) -> None:
        now = self._clock()
        with self._lock:
            if self._waiting_since is None:
                self._waiting_since = now
        self.last_change = now
        self.pending.set()

    def _note(self, saved: str) -> None:
        """Keep the file at absolute path `saved` as saved in place; '' for any other change."""
        relative = self._relative(saved) if saved else None
        with self._lock:
            if relative is None or relative.startswith("."):  # settings change the walk too
                self._saved = None
            elif self._saved is not None:
                self._saved.add(relative)

    def due_in(self, quiet: float, max_wait: float) -> float:
        """Seconds until the changes heard are to be rebuilt (0: now): once the vault has been
        quiet for `quiet` seconds, but no later than `max_wait` seconds after the first of them
        (a file saved every 50 ms must not put the rebuild off for ever)."""
        now = self._clock()
        with self._lock:
            since = self._waiting_since
        left = self.last_change + quiet - now
        if since is not None:
            left = min(left, since + max_wait - now)
        return max(0.0, left)

    def take(self) -> set[str] | None:
        """The vault paths of the files saved in place since the last call, or None when
        something else happened since (or the last rebuild failed): the vault is then walked
        again. From here on, changes count towards the next call."""
        with self._lock:
            saved, self._saved = self._saved, set()
            self._waiting_since = None
        return saved

    def lost(self) -> None:
        """Events were lost: walk the vault whole, once it is quiet."""
        self.walk_next_time()
        self._heard()

    def walk_next_time(self) -> None:
        """Have the next rebuild walk the whole vault: a rebuild failed (its changes are not
        known to have been read), events were lost, or a day has passed."""
        with self._lock:
            self._saved = None


class LostEvents(logging.Handler):
    """Hears watchdog say that the kernel dropped events (its inotify queue overflowed, as a
    sync pulling thousands of files can make it): the next rebuild then walks the whole vault,
    and comes soon, since no event will say what changed."""

    def __init__(self, changes: Changes) -> None:
        super().__init__(logging.WARNING)
        self._changes = changes

    def emit(self, record: logging.LogRecord) -> None:
        if "overflow" in record.getMessage().casefold():
            self._changes.lost()


class Watcher:
    """Watches one vault and rebuilds its generated notes when it changes."""

    def __init__(
        self,
        root: Path,
        today: date | None = None,
        quiet: float = 0.3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.root = vault.check_root(root)
        self.fixed_today = today
        self.quiet = quiet
        self.stopping = threading.Event()
        config = Settings.load(self.root).config
        self.changes = Changes(self.root, config.output_folder, clock)
        self.max_wait = config.watch_max_wait
        self.day = self.today()
        self.reported: set[Diagnostic] = set()
        self._observer: BaseObserver | None = None
        self._link_watches: dict[str, ObservedWatch] = {}
        self._unwatchable: set[str] = set()

    def today(self) -> date:
        """The day to compute for: fixed by --today, else the real one."""
        return self.fixed_today or date.today()

    def stop(self, *_: object) -> None:
        """Ask the loop to finish (safe from a signal handler)."""
        self.stopping.set()
        self.changes.pending.set()

    def rebuild(self, session: Session) -> None:
        """One rebuild; failures are logged, never raised."""
        started = time.monotonic()
        saved = self.changes.take()
        last = session.last
        scan = restat(last.scan, self.root, saved) if last and saved is not None else None
        try:
            settings = session.settings()
            self.changes.follow(settings.config.output_folder)  # before writing there
            self.max_wait = settings.config.watch_max_wait
            result = pipeline.rebuild(
                session, self.today(), settings=settings, isolate=True, scan=scan
            )
        except Exception as error:  # the loop must live on whatever a rule does
            session.forget()  # a failed rebuild leaves no state behind
            self.changes.walk_next_time()
            explained = explain_error(error)
            if explained.bug:
                LOG.exception("rebuild failed; still watching")
            else:
                LOG.error("rebuild failed: %s", "; ".join(explained.problems))
            return
        self._follow_links(result.build.scan.linked)
        errors = {d for d in result.build.diagnostics if d.severity == "error"}
        for diagnostic in sorted(errors - self.reported, key=lambda d: (d.path, d.line)):
            LOG.warning("%s:%s: %s", diagnostic.path, diagnostic.line, diagnostic.message)
        self.reported = errors  # each problem is logged once, not on every rebuild
        written = [write.path for write in result.writes if write.outcome == "written"]
        levels = {"info": logging.DEBUG, "warning": logging.WARNING, "error": logging.ERROR}
        for line in describe(result):
            LOG.log(levels[line.level], "%s%s", line.word, line.text)
        LOG.info(
            "rebuilt in %.0f ms (%d parsed): %s",
            (time.monotonic() - started) * 1000,
            result.build.parsed,
            ", ".join(written) if written else "nothing changed",
        )

    def turn(self, session: Session) -> float:
        """One turn of the loop, after it woke: rebuild when the day changed or the changes
        heard are due, and return 0; else return the seconds until they are due."""
        if self.today() != self.day:
            self.day = self.today()
            LOG.info("a new day (%s): rebuilding", self.day)
            self.changes.pending.clear()
            self.changes.walk_next_time()  # once a day, whatever was missed
            self.rebuild(session)
            return 0.0
        if not self.changes.pending.is_set():
            return 0.0
        delay = self.changes.due_in(self.quiet, self.max_wait)
        if delay:
            return delay
        self.changes.pending.clear()
        self.rebuild(session)
        return 0.0

    def _follow_links(self, linked: tuple[tuple[str, str], ...]) -> None:
        """Watch the real folders that symlinked folders of the vault lead to (a watch of the
        vault's folder does not follow symlinks), and no longer those no symlink leads to."""
        self.changes.link(linked)
        if self._observer is None:
            return
        wanted = {target for _, target in linked}
        for target in self._link_watches.keys() - wanted:
            with contextlib.suppress(KeyError):  # its watch ended with the folder
                self._observer.unschedule(self._link_watches.pop(target))
        for folder, target in linked:
            if target in self._link_watches:
                continue
            try:
                watch = self._observer.schedule(self.changes, target, recursive=True)
            except OSError as error:  # tried again after each rebuild, said once
                log = LOG.debug if target in self._unwatchable else LOG.warning
                self._unwatchable.add(target)
                log(
                    "%s (a symlink to %s) cannot be watched (%s): its changes are seen only "
                    "with the next change elsewhere",
                    folder,
                    target,
                    error.strerror or error,
                )
                continue
            self._link_watches[target] = watch

    def run(self) -> int:
        """Watch until stopped; returns the exit code."""
        with lock.hold(self.root) as held, Session.open(self.root) as session:
            observer = self._observer = Observer()
            observer.schedule(self.changes, str(self.root), recursive=True)
            lost_events = LostEvents(self.changes)
            logging.getLogger(WATCHDOG_LOGGER).addHandler(lost_events)
            observer.start()
            try:
                folder = _identity(self.root)
                self.day = self.today()
                self.rebuild(session)
                LOG.info("watching %s (Ctrl-C to stop)", self.root)
                while not self.stopping.is_set():
                    self.changes.pending.wait(timeout=1.0)
                    if self.stopping.is_set():
                        break
                    if _identity(self.root) != folder:
                        LOG.error(
                            "the vault folder %s is gone (moved, deleted or unmounted): "
                            "stopping; start vaultkit watch again once it is back "
                            "(a service started by `vaultkit service` does so by itself)",
                            self.root,
                        )
                        return 1
                    held.keep()  # its file may have been deleted: the next daemon reads it
                    delay = self.turn(session)
                    if delay:
                        self.stopping.wait(delay)
            finally:
                observer.stop()
                observer.join(timeout=1.0)
                logging.getLogger(WATCHDOG_LOGGER).removeHandler(lost_events)
        LOG.info("stopped")
        return 0


def _identity(folder: Path) -> tuple[int, int] | None:
    """The folder's device and inode (None when it is gone): the watch follows that folder,
    not its name, so another folder there later goes unseen."""
    try:
        info = folder.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def watch(root: Path, today: date | None, quiet: float) -> int:
    """Run the daemon in the foreground, stopping cleanly on SIGINT or SIGTERM."""
    watcher = Watcher(root, today, quiet)

    def handle(signum: int, _frame: FrameType | None) -> None:
        LOG.info("signal %d: stopping", signum)
        watcher.stop()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
    return watcher.run()
