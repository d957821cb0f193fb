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


def build(notes: Iterable[Note], attachments: Iterable[str], config: Config) -> VaultGraph:
    """The graph of `notes` (and the attachment paths they may link to)."""
    kept = list(notes)
    classifier = Classifier(config)
    kinds = {note.path: classifier.classify(note) for note in kept}
    resolver = Resolver(kept, attachments)
    graph = nx.MultiDiGraph()
    for note in kept:
        graph.add_node(note.path, kind=kinds[note.path], title=note.title)
    unresolved: list[LinkProblem] = []
    alias_links: list[LinkProblem] = []
    link_targets: dict[str, tuple[str | None, ...]] = {}
    link_count = 0
    for note in kept:
        if kinds[note.path] == "template":
            link_targets[note.path] = (None,) * len(note.links)
            continue  # templates hold placeholders, not relationships
        targets: list[str | None] = []
        for number, link in enumerate(note.links):
            link_count += 1
            found = resolver.resolve(link, note.path)
            targets.append(found.path)
            if found.path is None:
                node = UNRESOLVED_PREFIX + link.target
                if node not in graph:
                    kind = "attachment" if is_attachment_target(link.target) else "unresolved"
                    graph.add_node(node, kind=kind, title=link.target)
                unresolved.append(LinkProblem(note.path, link.target, link.line))
            else:
                node = found.path
                if node not in graph:
                    graph.add_node(node, kind="attachment", title=node.rsplit("/", 1)[-1])
                if found.via_alias:
                    alias_links.append(LinkProblem(note.path, link.target, link.line, node))
            # an explicit key (the link's position in its note) spares networkx a key search
            graph.add_edge(
                note.path, node, number, where=link.where, line=link.line, via_alias=found.via_alias
            )
        link_targets[note.path] = tuple(targets)
    daily_dates = {
        path: day
        for path, kind in kinds.items()
        if kind == "daily"
        and (day := daily_date(path, config.daily_folder, config.daily_format)) is not None
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
    )
