"""The vault health report: counts by kind, links Obsidian cannot follow, unreadable notes, one
person kept in two notes, and the keys of contact and interview notes vaultkit does not read."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from vaultkit.domain.same_person import twin_contacts
from vaultkit.links.graph import LinkProblem, VaultGraph
from vaultkit.links.kinds import NOTE_KINDS, NoteKind
from vaultkit.model import Diagnostic
from vaultkit.rules.unread import UnreadKey, unread_keys


@dataclass(frozen=True, slots=True)
class UnresolvedTarget:
    """One link target that leads nowhere, with every place that links to it."""

    target: str
    """The link path as written (first spelling seen)."""
    sources: tuple[LinkProblem, ...]
    """Where it is linked from."""


@dataclass(frozen=True, slots=True)
class NoteProblems:
    """The errors and warnings of one file."""

    path: str
    """Vault path of the file."""
    is_note: bool
    """True when the file is a note in the graph (so it can be linked to)."""
    diagnostics: tuple[Diagnostic, ...]
    """Its problems, by line."""


@dataclass(frozen=True, slots=True)
class HealthReport:
    """What the health note shows."""

    today: date
    """The day the report is for."""
    notes: int
    """Notes in the graph."""
    links: int
    """Link occurrences, resolved and unresolved."""
    counts: tuple[tuple[NoteKind, int], ...]
    """Notes per kind, in NOTE_KINDS order."""
    unresolved: tuple[UnresolvedTarget, ...]
    """Targets that lead nowhere, by name."""
    unresolved_links: int
    """Unresolved link occurrences."""
    alias_links: tuple[LinkProblem, ...]
    """Links that only an alias resolves."""
    problems: tuple[NoteProblems, ...]
    """Files with errors or warnings, by path."""
    errors: int
    """Error diagnostics in all."""
    warnings: int
    """Warning diagnostics in all."""
    unread: tuple[UnreadKey, ...] = ()
    """Keys of contact and interview notes that vaultkit does not read, most used first."""


def compute(graph: VaultGraph, diagnostics: tuple[Diagnostic, ...], today: date) -> HealthReport:
    """The health report of a built vault; `diagnostics` are every stage's, already filtered."""
    diagnostics = (*diagnostics, *unlinkable_names(graph), *twin_contacts(graph))
    counts: dict[str, int] = defaultdict(int)
    for kind in graph.kinds.values():
        counts[kind] += 1
    by_target: dict[str, list[LinkProblem]] = defaultdict(list)
    spelling: dict[str, str] = {}
    for problem in graph.unresolved:
        key = problem.target.casefold()
        spelling.setdefault(key, problem.target)
        by_target[key].append(problem)
    by_path: dict[str, list[Diagnostic]] = defaultdict(list)
    for diagnostic in diagnostics:
        if diagnostic.severity != "info":
            by_path[diagnostic.path].append(diagnostic)
    return HealthReport(
        today=today,
        notes=len(graph.notes),
        links=graph.link_count,
        counts=tuple((kind, counts[kind]) for kind in NOTE_KINDS),
        unresolved=tuple(
            UnresolvedTarget(spelling[key], tuple(by_target[key])) for key in sorted(by_target)
        ),
        unresolved_links=len(graph.unresolved),
        alias_links=graph.alias_links,
        problems=tuple(
            NoteProblems(path, _linkable(graph, path), tuple(sorted(found, key=lambda d: d.line)))
            for path, found in sorted(by_path.items())
        ),
        errors=sum(1 for d in diagnostics if d.severity == "error"),
        warnings=sum(1 for d in diagnostics if d.severity == "warning"),
        unread=unread_keys(graph),
    )


_UNLINKABLE = "#^|[]"
"""Characters a wiki-link cannot hold in a note's name: '#' starts a heading, '^' a block, '|'
an alias, and brackets end the link."""


def unlinkable_names(graph: VaultGraph) -> tuple[Diagnostic, ...]:
    """A warning for each note whose name no wiki-link can reach."""
    found = []
    for path, note in graph.notes.items():
        marks = sorted({char for char in note.title if char in _UNLINKABLE})
        marks += ["%%"] if "%%" in note.title else []  # opens a comment in a link
        if marks:
            shown = " ".join(f"'{char}'" for char in marks)
            found.append(
                Diagnostic(
                    path,
                    0,
                    "warning",
                    f"its name holds {shown}, which Obsidian cannot link to (a link stops "
                    "there): rename the note without it",
                    f"в названии есть {shown}: Obsidian не может сослаться на такую заметку "
                    "(ссылка обрывается на этом знаке); переименуйте заметку",
                )
            )
    return tuple(found)


def _linkable(graph: VaultGraph, path: str) -> bool:
    """True for a note a wiki-link opens: one of the vault's, or a generated note (a stray
    one is named in the report to be deleted)."""
    return path in graph.notes or (path.lower().endswith(".md") and path in graph.attachments)
