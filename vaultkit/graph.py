"""The relationship graph: every note, attachment and unresolved target as a node of a
networkx MultiDiGraph, every link as an edge typed by where it sits (a property key such as
company, recruiter, people, or body / embed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

import networkx as nx

from vaultkit.classify import Classifier, NoteKind
from vaultkit.config import Config
from vaultkit.daily import daily_date
from vaultkit.model import Link, Note
from vaultkit.resolve import Resolver, is_attachment_target

UNRESOLVED_PREFIX = "unresolved:"
"""Node ids of unresolved targets start with this; note and attachment nodes are their paths."""


@dataclass(frozen=True, slots=True)
class LinkProblem:
    """A link that Obsidian cannot follow: unresolved, or resolved by vaultkit only via an alias."""

    source: str
    """Vault path of the linking note."""
    target: str
    """The link path as written."""
    line: int
    """1-based line of the link."""
    resolved_to: str | None = None
    """For an alias link: the note vaultkit resolved it to."""


@dataclass(frozen=True, slots=True)
class VaultGraph:
    """The graph and what was learnt while building it."""

    graph: nx.MultiDiGraph
    """Nodes: note paths (kind, title), attachment paths, 'unresolved:<target>'; edges: links."""
    notes: Mapping[str, Note]
    """Every note of the vault, by path (vaultkit's own generated notes are never read)."""
    kinds: Mapping[str, NoteKind]
    """Kind of every note in `notes`, by path."""
    link_count: int
    """Link occurrences from notes in the graph, resolved or not."""
    unresolved: tuple[LinkProblem, ...]
    """Links leading nowhere, in path and line order."""
    alias_links: tuple[LinkProblem, ...]
    """Links that resolved only through an alias."""
    link_targets: Mapping[str, tuple[str | None, ...]]
    """Per note path, the vault path each of its links leads to (None: unresolved)."""
    daily_dates: Mapping[str, date]
    """The day each daily note stands for, by path."""
    resolver: Resolver
    """The link resolver the graph was built with, for links read later."""
    config: Config
    """The configuration the notes were classified with."""
    attachments: frozenset[str]
    """Vault paths of the files links may lead to that are not notes read here: attachments,
    and vaultkit's own generated notes."""
    touched: frozenset[str] | None = None
    """After an in-place update: the notes that changed and every note linked to or from them
    before or after, i.e. whose derived facts may differ; None when built afresh."""

    def resolve(self, link: Link, source: str) -> str | None:
        """Where `link`, written at vault path `source`, leads (None: nowhere)."""
        return self.resolver.resolve(link, source).path

    def resolved(self, source: str, index: int) -> str | None:
        """Where link number `index` of the note at `source` leads (None: nowhere)."""
        return self.link_targets[source][index]

    def links_with_targets(self, source: str) -> Iterator[tuple[Link, str | None]]:
        """The links of a note, each with the vault path it leads to."""
        return zip(self.notes[source].links, self.link_targets[source], strict=True)

    def of_kind(self, kind: NoteKind) -> tuple[Note, ...]:
        """Notes of one kind, by path."""
        return tuple(note for path, note in self.notes.items() if self.kinds[path] == kind)


def build(
    notes: Iterable[Note],
    attachments: Iterable[str],
    config: Config,
    previous: VaultGraph | None = None,
) -> VaultGraph:
    """The graph of `notes` (and the attachment paths they may link to).

    With `previous` (the daemon's last graph) only the notes that are new objects are
    re-linked, in place: `previous` is consumed. That holds when the same paths exist, the
    config is the same and no changed note changed its aliases, since link resolution then
    cannot change; otherwise the graph is built afresh.
    """
    kept = list(notes)
    attachment_set = frozenset(attachments)
    if previous is not None:
        updated = _update(previous, kept, attachment_set, config)
        if updated is not None:
            return updated
    classifier = Classifier(config)
    kinds = {note.path: classifier.classify(note) for note in kept}
    resolver = Resolver(kept, attachment_set)
    graph = nx.MultiDiGraph()
    for note in kept:
        graph.add_node(note.path, kind=kinds[note.path], title=note.title)
    unresolved: list[LinkProblem] = []
    alias_links: list[LinkProblem] = []
    link_targets: dict[str, tuple[str | None, ...]] = {}
    link_count = 0
    for note in kept:
        linked = _link(graph, note, kinds[note.path], resolver)
        link_targets[note.path] = linked.targets
        unresolved.extend(linked.unresolved)
        alias_links.extend(linked.alias_links)
        link_count += linked.count
    daily_dates = {
        path: day for path, kind in kinds.items() if (day := _daily(path, kind, config)) is not None
    }
    return VaultGraph(
        graph=graph,
        notes=MappingProxyType({note.path: note for note in kept}),
        kinds=MappingProxyType(kinds),
        link_count=link_count,
        unresolved=tuple(unresolved),
        alias_links=tuple(alias_links),
        link_targets=MappingProxyType(link_targets),
        daily_dates=MappingProxyType(daily_dates),
        resolver=resolver,
        config=config,
        attachments=attachment_set,
    )


@dataclass(frozen=True, slots=True)
class _Linked:
    """The edges one note added to the graph."""

    targets: tuple[str | None, ...]
    unresolved: tuple[LinkProblem, ...]
    alias_links: tuple[LinkProblem, ...]
    count: int


def _link(graph: nx.MultiDiGraph, note: Note, kind: NoteKind, resolver: Resolver) -> _Linked:
    """Add the edges of `note`'s links (and the nodes they lead to) to `graph`."""
    if kind == "template":  # templates hold placeholders, not relationships
        return _Linked((None,) * len(note.links), (), (), 0)
    targets: list[str | None] = []
    unresolved: list[LinkProblem] = []
    alias_links: list[LinkProblem] = []
    for number, link in enumerate(note.links):
        found = resolver.resolve(link, note.path)
        targets.append(found.path)
        if found.path is None:
            node = UNRESOLVED_PREFIX + link.target
            if node not in graph:
                node_kind = "attachment" if is_attachment_target(link.target) else "unresolved"
                graph.add_node(node, kind=node_kind, title=link.target)
            unresolved.append(LinkProblem(note.path, link.target, link.line))
        else:
            node = found.path
            if node not in graph:
                file_kind = "generated" if node.lower().endswith(".md") else "attachment"
                graph.add_node(node, kind=file_kind, title=node.rsplit("/", 1)[-1])
            if found.via_alias:
                alias_links.append(LinkProblem(note.path, link.target, link.line, node))
        # an explicit key (the link's position in its note) spares networkx a key search
        graph.add_edge(
            note.path, node, number, where=link.where, line=link.line, via_alias=found.via_alias
        )
    return _Linked(tuple(targets), tuple(unresolved), tuple(alias_links), len(note.links))


def _daily(path: str, kind: NoteKind, config: Config) -> date | None:
    """The day a daily note stands for (None for other notes)."""
    return daily_date(path, config.daily_folder, config.daily_format) if kind == "daily" else None


def _update(
    previous: VaultGraph, notes: list[Note], attachments: frozenset[str], config: Config
) -> VaultGraph | None:
    """`previous` re-linked in place for the notes that changed, or None when it cannot be."""
    old = previous.notes
    if config != previous.config or attachments != previous.attachments or len(notes) != len(old):
        return None
    changed = []
    for note in notes:
        before = old.get(note.path)
        if before is None:
            return None
        if before is not note:
            if before.aliases != note.aliases:
                return None
            changed.append(note)
    graph = previous.graph
    classifier = Classifier(config)
    kinds = dict(previous.kinds)
    link_targets = dict(previous.link_targets)
    daily_dates = dict(previous.daily_dates)
    link_count = previous.link_count
    redone: dict[str, _Linked] = {}
    touched = {note.path for note in changed}
    for note in changed:
        path = note.path
        old_edges = list(graph.out_edges(path, keys=True))
        touched.update(target for _, target, _ in old_edges)
        touched.update(source for source, _ in graph.in_edges(path))
        graph.remove_edges_from(old_edges)
        for _, target, _ in old_edges:
            if target not in old and target in graph and graph.in_degree(target) == 0:
                graph.remove_node(target)  # an unresolved target or attachment nobody links now
        if kinds[path] != "template":
            link_count -= len(old[path].links)
        kinds[path] = classifier.classify(note)
        graph.nodes[path]["kind"] = kinds[path]
        redone[path] = linked = _link(graph, note, kinds[path], previous.resolver)
        link_targets[path] = linked.targets
        link_count += linked.count
        touched.update(target for target in linked.targets if target is not None)
        daily_dates.pop(path, None)
        if (day := _daily(path, kinds[path], config)) is not None:
            daily_dates[path] = day
    return VaultGraph(
        graph=graph,
        notes=MappingProxyType({note.path: note for note in notes}),
        kinds=MappingProxyType(kinds),
        link_count=link_count,
        unresolved=_merge(previous.unresolved, redone, "unresolved"),
        alias_links=_merge(previous.alias_links, redone, "alias_links"),
        link_targets=MappingProxyType(link_targets),
        daily_dates=MappingProxyType(daily_dates),
        resolver=previous.resolver,
        config=config,
        attachments=attachments,
        touched=frozenset(touched),
    )


def _merge(
    before: tuple[LinkProblem, ...], redone: dict[str, _Linked], field: str
) -> tuple[LinkProblem, ...]:
    """`before` with the problems of re-linked notes replaced, in path and line order."""
    kept = [problem for problem in before if problem.source not in redone]
    for linked in redone.values():
        kept.extend(getattr(linked, field))
    kept.sort(key=lambda problem: problem.source)  # stable: each note's own order is kept
    return tuple(kept)
