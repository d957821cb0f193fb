"""The build session: all the state a rebuild keeps, in one object the application owns.

A one-shot command makes a session that opens the cache for each read and keeps nothing
between reads. The daemon opens one (`Session.open`) for its whole life: the index stays open
with every note in memory, each read updates the last graph in place, the facts of the last
build are reused around the notes a change did not touch, and the render memo spares
re-rendering a note whose report did not change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from vaultkit.app.build import Build, Progress, no_cyclic_gc, read
from vaultkit.app.settings import Settings
from vaultkit.notes.registry import RenderMemo
from vaultkit.notes.render import Renderer
from vaultkit.rules.facts import Facts
from vaultkit.store import vault
from vaultkit.store.index import Index
from vaultkit.store.scan import Scan
from vaultkit.store.templates import compiled_cache, load_templates


class Session:
    """One vault's build state: the cache, the last build, its facts, the renderer, the memo."""

    def __init__(self, root: Path, *, use_cache: bool = True) -> None:
        """A session that keeps nothing between reads (`use_cache=False`: not even the
        SQLite cache, which is then held in memory for one read)."""
        self.root = vault.check_root(root)
        self.use_cache = use_cache
        self.memo: RenderMemo | None = None
        """The daemon's memo of rendered notes (None: every note is rendered)."""
        self.last: Build | None = None
        """The last build, when the session keeps it (the daemon's); None after a failure."""
        self._index: Index | None = None
        self._current: Build | None = None
        self._facts: dict[date, Facts] = {}
        self._carried: Facts | None = None
        self._renderer: Renderer | None = None

    @classmethod
    @contextmanager
    def open(cls, root: Path) -> Iterator[Session]:
        """A session that keeps its state between reads (the daemon's), its index open."""
        session = cls(root)
        session.memo = RenderMemo()
        with Index.open(session.root) as index:
            session._index = index
            try:
                yield session
            finally:
                session._index = None

    @property
    def keeps_state(self) -> bool:
        """True for a session opened to live on (the daemon's)."""
        return self._index is not None

    def settings(self) -> Settings:
        """The vault's configuration, read now (once per rebuild)."""
        return Settings.load(self.root)

    def read(
        self,
        settings: Settings | None = None,
        *,
        progress: Progress | None = None,
        scan: Scan | None = None,
    ) -> Build:
        """The vault read into a Build: a session that keeps state updates its last build's
        graph in place and reuses its facts; otherwise the cache is opened for this read."""
        settings = settings or self.settings()
        previous, self.last = self.last, None  # a failed read leaves no state behind
        with no_cyclic_gc():
            if self._index is not None:
                graph = previous.graph if previous is not None else None
                built = read(
                    self.root, settings, self._index, progress=progress, previous=graph, scan=scan
                )
            else:
                opened = Index.open(self.root) if self.use_cache else Index.in_memory()
                with opened as index:
                    built = read(self.root, settings, index, progress=progress, scan=scan)
        latest = next(reversed(self._facts.values()), None)
        self._carried = latest if previous is not None else None
        self._facts = {}
        self._current = built
        if self.keeps_state:
            self.last = built
        return built

    def forget(self) -> None:
        """Drop the last build and its facts (after a failed rebuild): the next read builds
        the graph afresh, from the notes the open index holds."""
        self.last = self._current = self._carried = None
        self._facts = {}

    def facts(self, built: Build, today: date) -> Facts:
        """The facts of `built` as of `today`, computed once per build and day (the first
        reusing, in the daemon, the previous build's around the notes no change touched)."""
        if built is not self._current:
            return built.facts(today)
        found = self._facts.get(today)
        if found is None:
            carried, self._carried = self._carried, None
            found = self._facts[today] = built.facts(today, carried)
        return found

    def renderer(self, language: str) -> Renderer:
        """The renderer for `language` with the templates as they are on disk now (made anew,
        and the memo emptied, when a template changed)."""
        templates = load_templates(self.root)
        kept = self._renderer
        if kept is None or kept.language != language or kept.templates != templates:
            kept = self._renderer = Renderer(
                templates, language, compiled_cache(bool(templates.overrides))
            )
            if self.memo is not None:
                self.memo = RenderMemo()
        return kept
