"""The pipeline, from the vault on disk to generated notes, shared by the CLI and the daemon.

`rebuild` is the one entry point: it reads the vault through a session, records new ticks,
runs the rules and writes every generated note whose text changed; `rebuild_if_needed` is the
one-shot command's make-style wrapper.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vaultkit.app import freshness
from vaultkit.app.build import Build, Progress, no_cyclic_gc
from vaultkit.app.freshness import Skipped as Skipped
from vaultkit.app.session import Session
from vaultkit.app.settings import Settings
from vaultkit.errors import explain_error
from vaultkit.notes.registry import DUE_OUTPUT, OUTPUTS, moved_note, text_of
from vaultkit.notes.render import Renderer
from vaultkit.store import vault, writer
from vaultkit.store.scan import Scan
from vaultkit.ticks.record import RecordedTicks, record_ticks
from vaultkit.titles import TITLES, output_paths

Stage = Callable[[str, int, int], None]
"""Told, as the making of each generated note starts, its vault path, how many notes were
made before it and how many there are."""
LOG = logging.getLogger(__name__)


def build(root: Path, *, use_cache: bool = True, progress: Progress | None = None) -> Build:
    """The vault at `root` read into its graph, once (a command's read; the daemon keeps a
    session instead)."""
    return Session(root, use_cache=use_cache).read(progress=progress)


@dataclass(frozen=True, slots=True)
class Rebuild:
    """What a rebuild read and wrote."""

    build: Build
    """The vault as read (after recording ticks)."""
    writes: tuple[writer.WriteResult, ...]
    """One result per generated note."""
    edits: tuple[writer.EditResult, ...] = ()
    """Ticks recorded into notes (or refused), before the due note was rewritten."""


def rebuild(
    session: Session,
    today: date,
    *,
    settings: Settings | None = None,
    progress: Progress | None = None,
    isolate: bool = False,
    scan: Scan | None = None,
    stage: Stage | None = None,
) -> Rebuild:
    """Read the vault, record new ticks, and write every generated note whose text changed.

    `settings` are the vault's, when the caller loaded them for this rebuild (they are loaded
    once); `scan` is a walk of the vault just taken, spared a second one. With `isolate` (the
    daemon's choice), a note that cannot be made (a rule's exception, a broken template
    override) is logged and reported as failed, and the others are still written; otherwise
    the problem is raised. `stage` is told of each generated note as its making starts (the
    command's progress line shows it). An output folder that leads out of the vault is a
    UserError, before any tick is recorded.
    """
    settings = settings or session.settings()
    writer.check_output_folder(session.root, settings.config.output_folder)
    with no_cyclic_gc():
        built = session.read(settings, progress=progress, scan=scan)
        recorded = _record_ticks(built, today)
        edits = tuple(edit for ticks in recorded.values() for edit in ticks.edits)
        if any(edit.outcome == "added" for edit in edits):
            built = session.read(settings)  # the recorded lines move contacts on: read them
        writes = _write_notes(session, built, today, isolate, stage, recorded)
    return Rebuild(built, writes, edits)


def _record_ticks(built: Build, today: date) -> dict[str, RecordedTicks]:
    """Record the ticks of the due note in every language (one left from before a change of
    language still holds the ticks made in it), the configured one first; by the due note's
    path."""
    config = built.config
    languages = sorted(TITLES[DUE_OUTPUT.name], key=lambda language: language != config.language)
    paths = [DUE_OUTPUT.path(config.output_folder, language) for language in languages]
    return {
        path: record_ticks(
            built.root,
            built.graph,
            path,
            today,
            language=config.language,
            output_folder=config.output_folder,
            mode=config.due.record_ticks_in,
            heading=config.due.log_heading,
            scan=built.scan,
            moved=dict(built.moved),
        )
        for path in paths
    }


def _write(built: Build, path: str, text: str, ticks: RecordedTicks | None) -> writer.WriteResult:
    """Write one generated note; a due note only while every tick read from it is recorded
    and it still reads as it did when its ticks were read (a tick saved since waits for the
    next rebuild, never lost under the new text)."""
    if ticks is not None and ticks.unrecorded:
        return writer.WriteResult(
            path,
            "refused",
            f"{path} is kept as it is: {ticks.unrecorded} ticked task(s) in it could not be "
            "recorded (see above)",
        )
    if ticks is not None and ticks.waiting:
        return writer.WriteResult(
            path,
            "deferred",
            f"kept as it is for now: {ticks.waiting} ticked task(s) in it wait for the next "
            "rebuild (see above)",
        )
    expected = ticks.read if ticks is not None else None
    return writer.write_generated(built.root, path, text, expected=expected)


def _write_notes(
    session: Session,
    built: Build,
    today: date,
    isolate: bool,
    stage: Stage | None,
    recorded: dict[str, RecordedTicks],
) -> tuple[writer.WriteResult, ...]:
    """Make and write each generated note in turn (the due note does not wait on the rest),
    then the notes left in another language."""
    config = built.config
    renderer = session.renderer(config.language)
    facts = session.facts(built, today)
    writes = []
    for number, output in enumerate(OUTPUTS):
        path = output.path(config.output_folder, config.language)
        if stage is not None:
            stage(path, number, len(OUTPUTS))
        make = functools.partial(text_of, output, facts, renderer, session.memo)
        writes.append(_make_and_write(built, path, make, isolate, recorded.get(path)))
    for path, make_moved in _retired_notes(built, renderer):
        writes.append(_make_and_write(built, path, make_moved, isolate, recorded.get(path)))
    return tuple(writes)


def _make_and_write(
    built: Build,
    path: str,
    make: Callable[[], str],
    isolate: bool,
    ticks: RecordedTicks | None,
) -> writer.WriteResult:
    """Write the text `make` makes for the generated note at `path`. A problem the user can
    fix (a broken template override) costs only this note, which is reported as failed; so
    does a bug when `isolate`, which is raised otherwise."""
    try:
        text = make()
    except Exception as error:
        if not isolate and explain_error(error).bug:
            raise
        return writer.WriteResult(path, "failed", _failure(path, error))
    return _write(built, path, text, ticks)


def _retired_notes(built: Build, renderer: Renderer) -> list[tuple[str, Callable[[], str]]]:
    """Generated notes in another language, left from before a change of `language`: each
    with how to make the short text pointing to the one that took its place. Only files
    vaultkit wrote are named; the due note's ticks were recorded before this is written."""
    config = built.config
    found: list[tuple[str, Callable[[], str]]] = []
    for output in OUTPUTS:
        current = output.path(config.output_folder, config.language)
        for language in TITLES[output.name]:
            former = output.path(config.output_folder, language)
            try:
                owned = former != current and writer.is_owned(
                    vault.read_bytes(built.root, former), former
                )
            except OSError:
                continue
            if owned:
                make = functools.partial(moved_note, output, language, current, renderer)
                found.append((former, make))
    return found


def _failure(path: str, error: Exception) -> str:
    """Why a generated note could not be made, logged with the traceback where it is a bug."""
    explained = explain_error(error)
    why = "; ".join(explained.problems)
    if not explained.bug:
        return f"{path} not written: {why}"
    LOG.exception("%s could not be made", path)
    return f"{path} not written: {why} (a bug: please report it)"


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
    with no_cyclic_gc(one_shot=True):
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
    result = rebuild(
        Session(root),
        today,
        settings=checked.settings,
        progress=progress,
        scan=checked.scan,
        stage=stage,
    )
    recorded_nothing = all(edit.outcome == "already" for edit in result.edits)
    if recorded_nothing and all(w.outcome in ("written", "unchanged") for w in result.writes):
        built = result.build
        summary = {
            "notes": len(built.graph.notes),
            "links": built.graph.link_count,
            "errors": built.errors,
        }
        generated = output_paths(checked.settings.config.output_folder)
        outputs = freshness.output_stats(root, generated)
        stamp = freshness.Stamp(checked.digest, outputs, built.diagnostics, summary)
        freshness.save(root, stamp)
    return result
