"""Recording ticks: read the due note about to be rewritten, and append one dated line per new
tick to the note it concerns (or to the vaultkit-owned interaction log)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vaultkit.domain.tracker_sections import SECTION_MARK, section_heading
from vaultkit.links.find import find_note
from vaultkit.links.graph import VaultGraph
from vaultkit.notes.render import wikilink
from vaultkit.store import targets, writer
from vaultkit.store.scan import Scan
from vaultkit.ticks.edit import insert_entry
from vaultkit.ticks.harvest import Tick, already_recorded, entry_line, harvest

LOG_TITLES = {"en": "Interaction log", "ru": "Журнал контактов"}
"""Title of the vaultkit-owned log note (record_ticks_in = "log")."""
DEFAULT_HEADINGS = {"en": "Log", "ru": "Журнал"}
"""Heading recorded lines go under, unless the config names one."""


def log_note_path(output_folder: str, language: str) -> str:
    """Vault path of the interaction log note."""
    return f"{output_folder}/{LOG_TITLES[language]}.md"


@dataclass(frozen=True, slots=True)
class RecordedTicks:
    """What recording the ticks of one due note did."""

    edits: tuple[writer.EditResult, ...] = ()
    """One result per tick (added, already, or refused)."""
    read: bytes | None = None
    """The due note as its ticks were read: it is replaced only while it still reads so."""
    unrecorded: int = 0
    """Ticks recorded nowhere, not even in the interaction log: the due note must stay."""
    waiting: int = 0
    """Ticks left for the next rebuild (their note was being saved): the due note stays."""


def record_ticks(
    root: Path,
    graph: VaultGraph,
    due_note_path: str,
    today: date,
    *,
    language: str,
    output_folder: str,
    mode: str,
    heading: str,
    scan: Scan | None = None,
    moved: Mapping[str, str] | None = None,
) -> RecordedTicks:
    """Record every tick in the due note at `due_note_path` that is not recorded yet: in the
    note it is about, else in the interaction log (a note that cannot take the line, or one
    renamed or deleted since the due note was written). A note caught being saved (read
    shorter than `scan`, the walk the graph was read from, found it) is left for the next
    rebuild, with its tick. A tick of a note renamed since (`moved`: old path -> new path, as
    the cache's sync told them) is recorded in the note under its new name."""
    try:
        raw = targets.read_regular(root / due_note_path)
    except OSError:  # none yet, or something vaultkit cannot read there (its write says so)
        return RecordedTicks()
    if not writer.is_owned(raw):
        return RecordedTicks(read=raw)  # not vaultkit's note: its checkboxes are the user's
    ticks = harvest(raw.decode("utf-8", errors="replace"), due_note_path, graph, today)
    other = "ru" if language == "en" else "en"
    headings = (heading,) if heading else (DEFAULT_HEADINGS[language], DEFAULT_HEADINGS[other])
    results = []
    log = log_note_path(output_folder, language)
    sizes = {file.path: file.size for file in scan.files} if scan and ticks else {}
    for tick in ticks:
        target = tick.target
        if target is None and tick.named is not None and moved:
            name, mark, heading = tick.named.partition(SECTION_MARK)
            target = moved.get(name + ".md")
            target = f"{target}{mark}{heading}" if target and mark else target
        if target is None:
            results.append(
                _record_unfound(root, graph, due_note_path, tick, log, headings, language)
            )
            continue
        section, where = "", mode
        if SECTION_MARK in target:  # a tracker note's section: under its heading as written
            section = section_heading(graph, target) or ""
            target = target.partition(SECTION_MARK)[0]
            where = mode if section else "log"  # renamed or gone since: the log keeps it
        found = _record_found(
            root, tick, target, log, headings, language, where, sizes.get(target), section
        )
        results.append(found)
    unrecorded = sum(result.outcome == "refused" for result in results)
    waiting = sum(result.outcome == "deferred" for result in results)
    return RecordedTicks(tuple(results), raw, unrecorded, waiting)


def _record_found(
    root: Path,
    tick: Tick,
    target: str,
    log: str,
    headings: tuple[str, ...],
    language: str,
    mode: str,
    size: int | None,
    section: str = "",
) -> writer.EditResult:
    """Record one tick whose note is known: in that note, under `section` where it is a
    tracker note's section of a company, else under the log heading (or in the log, in log
    mode, or when the note cannot take the line)."""
    contact_link = wikilink(tick.contact) if tick.contact else None
    interview_link = wikilink(tick.interview) if tick.interview else None
    in_log = entry_line(tick, language, contact_link, True, interview_link)
    if mode == "log":
        return _append(root, log, in_log, tick, headings, language)
    if _recorded_in(root, log, tick):  # an earlier run had to put it there
        return writer.EditResult(log, "already")
    line = entry_line(tick, language, contact_link, False, interview_link)
    result = _append(root, target, line, tick, (section,) if section else headings, size=size)
    if result.outcome in ("refused", "deferred") and _recorded_in(root, target, tick):
        result = writer.EditResult(target, "already")  # another vaultkit got there first
    if result.outcome == "refused":
        # the note cannot take the line (not UTF-8, hard-linked, read-only, out of the
        # vault): the log takes it instead, so the tick is neither lost nor left to be
        # ticked again; a deferred one (being saved) stays ticked for the next rebuild
        logged = _append(root, log, in_log, tick, headings, language)
        if logged.outcome != "refused":
            result = writer.EditResult(
                log, logged.outcome, f"{result.message}; recorded in {log} instead"
            )
    return result


def _record_unfound(
    root: Path,
    graph: VaultGraph,
    due_note_path: str,
    tick: Tick,
    log: str,
    headings: tuple[str, ...],
    language: str,
) -> writer.EditResult:
    """A tick whose note is gone (renamed or deleted since the due note was written) goes to
    the interaction log with its link as written, so that it is not lost; unless a note
    records it already (a copy of the due note from before the rename came back, ticks and
    all: the tick had been recorded in the note, which took its line along)."""
    for path, note in graph.notes.items():
        if path != due_note_path and any(already_recorded(e.text, tick) for e in note.entries):
            return writer.EditResult(path, "already")
    if tick.named is None:
        return writer.EditResult(
            due_note_path,
            "refused",
            f"a ticked task in {due_note_path} links no note vaultkit can find, so "
            f"{due_note_path} is kept as it is; add a link to the contact on that line",
        )
    line = entry_line(tick, language, f"[[{tick.named}]]", True, None)
    logged = _append(root, log, line, tick, headings, language)
    if logged.outcome == "refused":
        return logged
    return writer.EditResult(
        log,
        logged.outcome,
        f"[[{tick.named}]], ticked in {due_note_path}, is no note now (renamed or deleted?); "
        f"recorded in {log}",
    )


def _append(
    root: Path,
    target: str,
    line: str,
    tick: Tick,
    headings: tuple[str, ...],
    log_language: str | None = None,
    *,
    size: int | None = None,
) -> writer.EditResult:
    """Add `line` recording `tick` to the note at `target` (the interaction log, made first if
    missing, when `log_language` is given), unless it is there already; `size` is the note's
    when the vault was scanned."""
    if log_language is not None:
        _ensure_log_note(root, target, log_language)

    def change(text: str) -> str | None:
        return None if already_recorded(text, tick) else insert_entry(text, line, headings)

    return writer.edit_note(root, target, change, scanned_size=size)


def _recorded_in(root: Path, path: str, tick: Tick) -> bool:
    """True when the note at `path` exists and records `tick`."""
    try:
        text = targets.read_regular(root / path).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return already_recorded(text, tick)


def _ensure_log_note(root: Path, path: str, language: str) -> None:
    if not (root / path).exists():
        title = LOG_TITLES[language]
        writer.write_generated(root, path, f"---\nvaultkit: log\n---\n# {title}\n")


def find_contact(graph: VaultGraph, name: str) -> str:
    """The contact note a name or path means, resolved as a link is; UserError otherwise."""
    return find_note(graph, name, ("contact",), "contact")


def log_entry(
    root: Path,
    graph: VaultGraph,
    contact: str,
    line: str,
    *,
    language: str,
    output_folder: str,
    mode: str,
    heading: str,
    scan: Scan | None = None,
) -> writer.EditResult:
    """Append a dated `line` about `contact` to its note, or to the interaction log (in log
    mode, or when the note cannot take it: not UTF-8, hard-linked, read-only, out of the
    vault). `scan` is the walk the graph was read from: a note read shorter than it found
    is being saved, and the line is deferred."""
    other = "ru" if language == "en" else "en"
    headings = (heading,) if heading else (DEFAULT_HEADINGS[language], DEFAULT_HEADINGS[other])
    log = log_note_path(output_folder, language)
    why = ""
    if mode != "log":
        sizes = (file.size for file in (scan.files if scan else ()) if file.path == contact)
        result = writer.edit_note(
            root,
            contact,
            lambda text: insert_entry(text, line, headings),
            scanned_size=next(sizes, None),
        )
        if result.outcome != "refused":
            return result
        why = f"{result.message}; "
    _ensure_log_note(root, log, language)
    logged = writer.edit_note(
        root, log, lambda text: insert_entry(text, f"{line} {wikilink(contact)}", headings)
    )
    if not why:
        return logged
    if logged.outcome == "refused":
        return writer.EditResult(contact, "refused", f"{why}{logged.message}")
    return writer.EditResult(log, logged.outcome, f"{why}recorded in {log} instead")
