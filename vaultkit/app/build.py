"""A vault read into a graph: the frozen Build, and reading one through the cache.

`read` scans the vault (unless given its scan), brings the index up to date and builds the
graph; the session (session.py) decides which index and which previous graph it reads with.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vaultkit.app.settings import Settings
from vaultkit.config import Config
from vaultkit.links import graph as graph_module
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Diagnostic, Note
from vaultkit.notes.registry import OUTPUTS
from vaultkit.parse.month_first import month_first, parse_names, vault_month_first
from vaultkit.rules.facts import Facts
from vaultkit.store import targets, vault, writer
from vaultkit.store.index import Index
from vaultkit.store.scan import Scan, VaultFile, walk
from vaultkit.titles import OWNER_PROPERTY, TITLES, output_paths

Progress = Callable[[int, int], None]
"""Told how many notes of how many have been parsed."""


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
    scan: Scan
    """The walk of the vault it was read from (the daemon takes it on, for its next build)."""
    moved: tuple[tuple[str, str], ...] = ()
    """Notes renamed since the cache's last sync: (old path, new path)."""

    @property
    def files(self) -> int:
        """Files scanned (notes and attachments)."""
        return len(self.scan.files)

    @property
    def errors(self) -> int:
        """Error diagnostics."""
        return sum(1 for d in self.diagnostics if d.severity == "error")

    def facts(self, today: date, previous: Facts | None = None) -> Facts:
        """Contacts, interviews and feedback as of `today`, computed afresh (a session keeps
        them once per build); `previous` facts are reused around the notes no change touched."""
        return Facts(self.graph, self.config, today, self.diagnostics, previous)


@contextmanager
def no_cyclic_gc(*, one_shot: bool = False) -> Iterator[None]:
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


def read(
    root: Path,
    settings: Settings,
    index: Index,
    *,
    progress: Progress | None = None,
    previous: VaultGraph | None = None,
    scan: Scan | None = None,
) -> Build:
    """The vault at `root` (already checked) read through `index` into a Build.

    With a `previous` graph (the daemon's) the graph is updated in place, so `previous` must
    not be used afterwards.
    """
    config = settings.config
    if scan is None:
        scan = walk(root, config)
    files, generated = _without_own_outputs(root, config, scan.files)
    names = parse_names(config.key_names, config.date_order, month_first(index.parsed_with()))
    synced = index.sync(root, files, progress, names, config.max_note_bytes)
    if config.date_order == "auto":  # the order its notes tell, read again if it is not that
        told = vault_month_first(note.slash_marks for note in synced.notes)
        if told != month_first(names):
            names = parse_names(config.key_names, "auto", told)
            synced = index.sync(root, files, progress, names, config.max_note_bytes)
    notes, strays = _set_apart_generated(synced.notes, config)
    attachments = [file.path for file in files if not file.is_note]
    graph = graph_module.build(
        notes, [*attachments, *generated, *(note.path for note, _ in strays)], config, previous
    )
    note_diagnostics = [
        d
        for path, note in graph.notes.items()
        if graph.kinds[path] != "template"
        for d in note.diagnostics
    ]
    diagnostics = (
        *settings.warnings,
        *index.warnings,
        *scan.diagnostics,
        *synced.diagnostics,
        *(stray for _, stray in strays),
        *note_diagnostics,
        *_unfit_for_lines(root, config, graph, scan),
    )
    return Build(root, config, graph, tuple(diagnostics), synced.parsed, scan, synced.moved)


def _without_own_outputs(
    root: Path, config: Config, files: tuple[VaultFile, ...]
) -> tuple[list[VaultFile], list[str]]:
    """The scanned files less vaultkit's own generated notes (in any language), which are not
    read; and the generated files a link can lead to: those found, and those in the
    configured language, which a rebuild writes (a user's home note links them)."""
    outputs = output_paths(config.output_folder)
    kept = []
    generated = {output.path(config.output_folder, config.language) for output in OUTPUTS}
    for file in files:
        if file.path in outputs:
            try:
                if writer.is_owned(vault.read_bytes(root, file.path), file.path):
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
        mark = next((p for p in note.properties if p.key == OWNER_PROPERTY), None)
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


def _unfit_for_lines(
    root: Path, config: Config, graph: VaultGraph, scan: Scan
) -> tuple[Diagnostic, ...]:
    """A warning on each contact and interview note that a tick or `vaultkit log` would add a
    line to, but that vaultkit must not edit (hard-linked, read-only, out of the vault). Only
    the notes the walk found suspect, or read through a symlinked folder, are checked."""
    if config.due.record_ticks_in != "note":
        return ()
    edited = ("contact", "interview")
    paths = {path for path in scan.suspects if graph.kinds.get(path) in edited}
    linked = tuple(f"{folder}/" for folder, _ in scan.linked)
    if linked:
        paths.update(
            p for p, kind in graph.kinds.items() if kind in edited and p.startswith(linked)
        )
    return targets.edit_warnings(root, sorted(paths))
