"""The pipeline, from the vault on disk to generated notes, shared by the CLI and the daemon.

`build` scans, syncs the index and builds the graph; `generate` runs the rules and renders the
notes (pure); `rebuild` does both and writes what changed.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vaultkit.app import freshness
from vaultkit.app.freshness import Skipped as Skipped
from vaultkit.config import Config
from vaultkit.errors import UserError
from vaultkit.links import graph as graph_module
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note
from vaultkit.notes.registry import DUE_OUTPUT, OUTPUTS, Output, RenderMemo, retired_notes, text_of
from vaultkit.notes.render import Renderer
from vaultkit.rules.facts import Derived
from vaultkit.store import vault
from vaultkit.store.index import Index
from vaultkit.store.scan import Scan, VaultFile, walk
from vaultkit.ticks.record import record_ticks
from vaultkit.titles import TITLES, output_paths

Progress = Callable[[int, int], None]
Stage = Callable[[str, int, int], None]
"""Told, as the making of each generated note starts, its vault path, how many notes were
made before it and how many there are."""
LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Build:
    """A vault read into a graph."""

    root: Path
    """The vault folder."""
    config: Config
    """Its configuration."""
    graph: VaultGraph
    """Its notes and links."""
    diagnostics: tuple[Diagnostic, ...]
    """Problems from every stage, templates' and generated notes' own left out."""
    parsed: int
    """Notes parsed in this build (the rest came from the cache)."""
    scan: Scan = field(compare=False, repr=False)
    """The walk of the vault it was read from (the daemon takes it on, for its next build)."""
    carried: list[Derived] = field(default_factory=list, compare=False, repr=False)
    """The previous build's facts (in the daemon), handed on to this build's first facts."""
    _facts: dict[date, Derived] = field(default_factory=dict, compare=False, repr=False)

    @property
    def files(self) -> int:
        """Files scanned (notes and attachments)."""
        return len(self.scan.files)

    @property
    def errors(self) -> int:
        """Error diagnostics."""
        return sum(1 for d in self.diagnostics if d.severity == "error")

    def facts(self, today: date) -> Derived:
        """Contacts, interviews and feedback as of `today`, computed once per build."""
        found = self._facts.get(today)
        if found is None:
            previous = self.carried.pop() if self.carried else None
            found = self._facts[today] = Derived(self.graph, self.config, today, previous)
        return found

    def latest_facts(self) -> Derived | None:
        """The facts computed last, for the next build to carry over."""
        return next(reversed(self._facts.values()), None)


@dataclass(frozen=True, slots=True)
class GeneratedNote:
    """The text of one generated note and where it goes."""

    path: str
    """Vault-relative path."""
    text: str
    """Full markdown text."""


@contextmanager
def _no_cyclic_gc(*, one_shot: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while building and generating.

    Building (and the rules after it) allocates hundreds of thousands of small objects that
    all stay alive; the collector would walk the growing heap again and again for nothing (a
    50k-note vault spent about half its warm build in it, a 10k-note cold rebuild a tenth).
    Reference counting still frees everything as usual.

    A `one_shot` run (a command, whose process ends soon after) also moves what it made out of
    the collector's sight (`gc.freeze`): otherwise the collector, once back, would walk the
    whole heap once more (0.1 s at 10k notes) only to find it alive. The daemon never does
    this, since it lives on and its old builds must be collected.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if one_shot:
            gc.freeze()
        if was_enabled:
            gc.enable()


def build(
    root: Path,
    *,
    use_cache: bool = True,
    progress: Progress | None = None,
    index: Index | None = None,
    previous: Build | None = None,
    scan: Scan | None = None,
) -> Build:
    """Scan the vault (unless given its `scan`), bring the index up to date and build the graph.

    A long-lived caller (the daemon) passes its own open `index`, which then keeps every note
    in memory between builds, and its `previous` build, whose graph is then updated in place
    (so `previous` must not be used afterwards) and whose facts are reused where no note
    around them changed; otherwise the index is opened and closed here.
    """
    with _no_cyclic_gc():
        if index is not None:
            return _build(root, index, progress, previous, scan)
        with Index.open(vault.check_root(root)) if use_cache else Index.in_memory() as opened:
            return _build(root, opened, progress, previous, scan)


def _build(
    root: Path,
    index: Index,
    progress: Progress | None,
    previous: Build | None,
    scan: Scan | None,
) -> Build:
    root = vault.check_root(root)
    config, config_warnings = vault.load_config(root)
    if scan is None:
        scan = walk(root, config)
    files, generated = _without_own_outputs(root, config, scan.files)
    synced = index.sync(root, files, progress)
    notes, strays = _set_apart_generated(synced.notes, config)
    attachments = [file.path for file in files if not file.is_note]
    graph = graph_module.build(
        notes,
        [*attachments, *generated, *(note.path for note, _ in strays)],
        config,
        previous.graph if previous else None,
    )
    note_diagnostics = [
        d
        for path, note in graph.notes.items()
        if graph.kinds[path] != "template"
        for d in note.diagnostics
    ]
    diagnostics = (
        *config_warnings,
        *index.warnings,
        *scan.diagnostics,
        *synced.diagnostics,
        *(stray for _, stray in strays),
        *note_diagnostics,
    )
    facts = previous.latest_facts() if previous is not None else None
    return Build(
        root,
        config,
        graph,
        tuple(diagnostics),
        synced.parsed,
        scan,
        [facts] if facts is not None else [],
    )


def _without_own_outputs(
    root: Path, config: Config, files: tuple[VaultFile, ...]
) -> tuple[list[VaultFile], list[str]]:
    """The scanned files less vaultkit's own generated notes (in any language), which are not
    read; and the generated files a link can lead to: those found, and those in the
    configured language, which a rebuild writes (a user's home note links them)."""
    outputs = output_paths(config.output_folder)
    kept = []
    generated = {output_path(config, output) for output in OUTPUTS}
    for file in files:
        if file.path in outputs:
            try:
                if vault.is_owned(vault.read_bytes(root, file.path), file.path):
                    generated.add(file.path)
                    continue
            except OSError:
                continue
        kept.append(file)
    generated.difference_update(file.path for file in kept)  # a user's note holds the place
    return kept, sorted(generated)


def _set_apart_generated(
    notes: tuple[Note, ...], config: Config
) -> tuple[list[Note], list[tuple[Note, Diagnostic]]]:
    """The notes, less those vaultkit generated that sit outside its output paths (left in a
    former output folder, or copied), each with a warning: their links are vaultkit's own
    lists, and read as a note's they would move every contact they name."""
    kept: list[Note] = []
    strays: list[tuple[Note, Diagnostic]] = []
    for note in notes:
        mark = next((p for p in note.properties if p.key == vault.OWNER_PROPERTY), None)
        if mark is None or not isinstance(mark.value, str) or mark.value not in TITLES:
            kept.append(note)
            continue
        warning = Diagnostic(
            note.path,
            mark.line,
            "warning",
            f"a note vaultkit generated, outside its output folder ({config.output_folder}/): "
            "not read as a note; delete it if it is left from an earlier output folder",
            f"заметка, созданная vaultkit, вне его папки ({config.output_folder}/): не читается "
            "как заметка; удалите её, если она осталась от прежней папки",
        )
        strays.append((note, warning))
    return kept, strays


def output_path(config: Config, output: Output) -> str:
    """Vault path of a generated note."""
    return output.path(config.output_folder, config.language)


def generate(
    built: Build, today: date, memo: RenderMemo | None = None
) -> tuple[GeneratedNote, ...]:
    """Run the rules and render every generated note (no disk access but templates).

    With a `memo` (the daemon's), a note whose report equals the last one is not re-rendered.
    """
    renderer = _renderer(built, memo)
    with _no_cyclic_gc():
        return tuple(
            GeneratedNote(
                output_path(built.config, output), text_of(output, built, today, renderer, memo)
            )
            for output in OUTPUTS
        )


def _renderer(built: Build, memo: RenderMemo | None) -> Renderer:
    """The memo's long-lived renderer (the daemon's), else a new one."""
    language = built.config.language
    return memo.renderer(built.root, language) if memo else Renderer(built.root, language)


@dataclass(frozen=True, slots=True)
class Rebuild:
    """What a rebuild read and wrote."""

    build: Build
    """The vault as read (after recording ticks)."""
    writes: tuple[vault.WriteResult, ...]
    """One result per generated note."""
    edits: tuple[vault.EditResult, ...] = ()
    """Ticks recorded into notes (or refused), before the due note was rewritten."""


def rebuild(
    root: Path,
    today: date,
    *,
    progress: Progress | None = None,
    index: Index | None = None,
    previous: Build | None = None,
    memo: RenderMemo | None = None,
    isolate: bool = False,
    scan: Scan | None = None,
    stage: Stage | None = None,
) -> Rebuild:
    """Read the vault, record new ticks, and write every generated note whose text changed.

    `index`, `previous` and `memo` are the daemon's state between rebuilds (see `build`);
    `scan` is a walk of the vault just taken, spared a second one. With `isolate` (the
    daemon's choice), a note that cannot be made (a rule's exception, a broken template
    override) is logged and reported as failed, and the others are still written; otherwise
    the problem is raised. `stage` is told of each generated note as its making starts (the
    command's progress line shows it).
    """
    with _no_cyclic_gc():
        return _rebuild(root, today, progress, index, previous, memo, isolate, scan, stage)


def _rebuild(
    root: Path,
    today: date,
    progress: Progress | None,
    index: Index | None,
    previous: Build | None,
    memo: RenderMemo | None,
    isolate: bool,
    scan: Scan | None,
    stage: Stage | None,
) -> Rebuild:
    built = build(root, progress=progress, index=index, previous=previous, scan=scan)
    config = built.config
    # the due note in every language: one left from before a change of language still holds
    # the ticks made in it
    languages = sorted(TITLES[DUE_OUTPUT.name], key=lambda language: language != config.language)
    edits = tuple(
        edit
        for language in languages
        for edit in record_ticks(
            built.root,
            built.graph,
            DUE_OUTPUT.path(config.output_folder, language),
            today,
            language=config.language,
            output_folder=config.output_folder,
            mode=config.due.record_ticks_in,
            heading=config.due.log_heading,
        )
    )
    if any(edit.outcome == "added" for edit in edits):
        # the recorded lines move contacts on: read them in
        built = build(root, index=index, previous=built if previous is not None else None)
    renderer = _renderer(built, memo)
    writes = []
    for number, output in enumerate(OUTPUTS):  # each written once rendered: the due note
        path = output_path(config, output)  # does not wait on the rest
        if stage is not None:
            stage(path, number, len(OUTPUTS))
        try:
            text = text_of(output, built, today, renderer, memo)
        except Exception as error:
            if not isolate:
                raise
            writes.append(vault.WriteResult(path, "failed", _failure(path, error)))
            continue
        writes.append(vault.write_generated(built.root, path, text))
    for path, text in retired_notes(built, renderer):
        writes.append(vault.write_generated(built.root, path, text))
    return Rebuild(built, tuple(writes), edits)


def _failure(path: str, error: Exception) -> str:
    """Why a generated note could not be made, logged with the traceback where it is a bug."""
    if isinstance(error, UserError):
        return f"{path} not written: {'; '.join(error.problems)}"
    LOG.exception("%s could not be made", path)
    return f"{path} not written: {type(error).__name__}: {error} (a bug: please report it)"


def rebuild_if_needed(
    root: Path,
    today: date,
    *,
    progress: Progress | None = None,
    checked: freshness.Needed | None = None,
    stage: Stage | None = None,
) -> Rebuild | Skipped:
    """`rebuild`, unless every input and generated file is as the last rebuild left it.

    `checked` is what freshness.check found, when the caller asked it first (the command does,
    to load the rest of vaultkit only when there is work). The stamp is written only after a
    rebuild that wrote everything and had no tick to record (a recorded tick changes a note,
    so the next run must read it; a refused one must be tried again), from the scan taken
    before it started: whatever changes during a rebuild makes the next one run in full.
    """
    root = vault.check_root(root)
    with _no_cyclic_gc(one_shot=True):
        found = checked or freshness.check(root, today)
        if isinstance(found, Skipped):
            return found
        return _rebuild_and_stamp(root, today, progress, found, stage)


def _rebuild_and_stamp(
    root: Path,
    today: date,
    progress: Progress | None,
    checked: freshness.Needed,
    stage: Stage | None,
) -> Rebuild:
    result = rebuild(root, today, progress=progress, scan=checked.scan, stage=stage)
    recorded_nothing = all(edit.outcome == "already" for edit in result.edits)
    if recorded_nothing and all(w.outcome in ("written", "unchanged") for w in result.writes):
        built = result.build
        summary = {
            "notes": len(built.graph.notes),
            "links": built.graph.link_count,
            "errors": built.errors,
        }
        generated = output_paths(checked.config.output_folder)
        outputs = freshness.output_stats(root, generated)
        stamp = freshness.Stamp(checked.digest, outputs, built.diagnostics, summary)
        freshness.save(root, stamp)
    return result
