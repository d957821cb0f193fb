"""The relationship graph: every note, attachment and unresolved target as a node of a
networkx MultiDiGraph, every link as an edge typed by where it sits (a property key such as
company, recruiter, people, or body / embed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

import networkx as nx

from vaultkit.config import Config
from vaultkit.links import resolve
from vaultkit.links.daily import daily_date, with_years
from vaultkit.links.kinds import Classifier, NoteKind
from vaultkit.links.resolve import Resolver, alias_key, is_attachment_target, link_name
from vaultkit.model import YEARLESS, Link, Note
from vaultkit.parse.names import fold

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

    def linking_lines(self, path: str) -> dict[str, set[int]]:
        """The other notes that record something about the note at `path` (every note linking
        it but a Kanban board, whose cards are plans, not facts), each with the lines it links
        it on; of a section of a note ("People.md#Tom Brecken"), the lines linking its heading."""
        lines: dict[str, set[int]] = {}
        base, mark, heading = path.partition(".md#")
        base += ".md" if mark else ""
        if mark and path not in self.graph:  # a section of a note: the links to its heading
            wanted = heading.casefold()
            for source, _, key, data in self.graph.in_edges(base, keys=True, data=True):
                link = self.notes[source].links[key] if source in self.notes else None
                if link is not None and (link.heading or "").casefold() == wanted:
                    lines.setdefault(source, set()).add(data["line"])
            return lines
        if path not in self.graph:
            return lines
        for source, _, data in self.graph.in_edges(path, data=True):
            if source in self.notes and source != path and not is_board(self.notes[source]):
                lines.setdefault(source, set()).add(data["line"])
        return lines

    def of_kind(self, kind: NoteKind) -> tuple[Note, ...]:
        """Notes of one kind, by path."""
        return tuple(note for path, note in self.notes.items() if self.kinds[path] == kind)


def is_board(note: Note) -> bool:
    """True for a Kanban plugin board (`kanban-plugin: basic` in its properties): its cards move
    between columns by hand and say nothing dated about anyone."""
    return note.get("kanban_plugin") is not None


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
    daily_dates = with_years(
        {path: day for path, kind in kinds.items() if (day := _daily(path, kind, config))}
    )
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
        if link.style == "name" and found.path in (None, note.path):
            targets.append(None)  # `company: Google` with no note of it: plain text, no link
            continue
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
            if found.via_alias and link.style != "name":
                alias_links.append(LinkProblem(note.path, link.target, link.line, node))
        # an explicit key (the link's position in its note) spares networkx a key search
        graph.add_edge(
            note.path, node, number, where=link.where, line=link.line, via_alias=found.via_alias
        )
    return _Linked(tuple(targets), tuple(unresolved), tuple(alias_links), written_links(note))


def written_links(note: Note) -> int:
    """How many links the note writes: a company named as plain text is none."""
    return sum(1 for link in note.links if link.style != "name")


def _daily(path: str, kind: NoteKind, config: Config) -> date | None:
    """The day a daily note stands for (None for other notes)."""
    return daily_date(path, config.daily_folder, config.daily_format) if kind == "daily" else None


def _raw_days(
    notes: Mapping[str, Note], kinds: Mapping[str, NoteKind], config: Config, paths: Iterable[str]
) -> dict[str, date]:
    """The days of the daily notes among `paths` as their names give them (YEARLESS where a
    name gives none)."""
    return {
        path: day for path in paths if path in notes and (day := _daily(path, kinds[path], config))
    }


def _update(
    previous: VaultGraph, notes: list[Note], attachments: frozenset[str], config: Config
) -> VaultGraph | None:
    """`previous` re-linked in place for the notes that changed, came or went, or None when
    it cannot be (another config or set of attachments, an alias changed, or so many notes
    came or went that building afresh costs less).

    A note that came or went changes where other notes' links lead only for links that name
    it (see resolve.link_name) or one of its aliases: those notes are re-linked too, and
    counted as touched, with every note linked to or from a re-linked note.

    Long because: one update in place, whose steps (notes gone, notes come, notes re-linked)
    share the graph, the kinds, the link targets, the count and the touched set; apart, each
    step would take and hand back all of them.
    """
    old = previous.notes
    if config != previous.config or attachments != previous.attachments:
        return None
    sorted_out = _changes(old, notes)
    if sorted_out is None:
        return None
    changed, added, removed, current = sorted_out
    graph = previous.graph
    classifier = Classifier(config)
    kinds = dict(previous.kinds)
    link_targets = dict(previous.link_targets)
    daily_dates = dict(previous.daily_dates)
    redo = {note.path for note in (*changed, *added, *removed)}  # re-linked or gone anyway
    touched = set(redo) | _beside(redo, current)
    relinked = {note.path: note for note in _named_by(notes, added, removed, redo)}
    for note in removed:  # a link that led to it leads elsewhere now, or nowhere
        for source, _ in graph.in_edges(note.path):
            if source in current and source not in redo:
                relinked[source] = current[source]
        touched.update(target for _, target in graph.out_edges(note.path))
        touched.update(source for source, _ in graph.in_edges(note.path))
    previous.resolver.update(added, removed)
    link_count = previous.link_count
    for note in removed:
        targets = [target for _, target in graph.out_edges(note.path)]
        graph.remove_node(note.path)
        _drop_orphans(graph, targets, current)
        if kinds.pop(note.path) != "template":
            link_count -= written_links(note)
        link_targets.pop(note.path, None)
        daily_dates.pop(note.path, None)
    for note in added:
        kinds[note.path] = classifier.classify(note)
        graph.add_node(note.path, kind=kinds[note.path], title=note.title)
    redone: dict[str, _Linked] = {}
    for note in (*changed, *added, *relinked.values()):
        path = note.path
        old_edges = list(graph.out_edges(path, keys=True))
        touched.add(path)  # a note re-linked reads differently too: its links lead elsewhere
        touched.update(target for _, target, _ in old_edges)
        touched.update(source for source, _ in graph.in_edges(path))
        graph.remove_edges_from(old_edges)
        _drop_orphans(graph, [target for _, target, _ in old_edges], current)
        if path in old and kinds[path] != "template":
            link_count -= written_links(old[path])
        if path not in relinked and path in old:  # changed (a note re-linked is as it was)
            kinds[path] = classifier.classify(note)
            graph.nodes[path]["kind"] = kinds[path]
        redone[path] = linked = _link(graph, note, kinds[path], previous.resolver)
        link_targets[path] = linked.targets
        link_count += linked.count
        touched.update(target for target in linked.targets if target is not None)
        daily_dates.pop(path, None)
        if (day := _daily(path, kinds[path], config)) is not None:
            daily_dates[path] = day
    named = _raw_days(current, kinds, config, current)  # "2 декабря": its year read again
    if any(day.year == YEARLESS for day in named.values()):
        daily_dates = with_years(named)
    gone = {note.path for note in removed}
    return VaultGraph(
        graph=graph,
        notes=MappingProxyType(current),
        kinds=MappingProxyType(kinds),
        link_count=link_count,
        unresolved=_merge(previous.unresolved, redone, gone, "unresolved"),
        alias_links=_merge(previous.alias_links, redone, gone, "alias_links"),
        link_targets=MappingProxyType(link_targets),
        daily_dates=MappingProxyType(daily_dates),
        resolver=previous.resolver,
        config=config,
        attachments=attachments,
        touched=frozenset(touched),
    )


def _beside(paths: set[str], current: Mapping[str, Note]) -> set[str]:
    """The notes in the folders of `paths`: an interview kept beside its company's note reads
    that note without a link (domain/interviews.companies_by_folder)."""
    folders = {path.rsplit("/", 1)[0] for path in paths if "/" in path}
    if not folders:
        return set()
    return {path for path in current if "/" in path and path.rsplit("/", 1)[0] in folders}


def _changes(
    old: Mapping[str, Note], notes: list[Note]
) -> tuple[list[Note], list[Note], list[Note], dict[str, Note]] | None:
    """The notes changed, come and gone since `old`, and the current notes by path; None when
    an alias changed or too many notes came or went to update in place."""
    changed: list[Note] = []
    added: list[Note] = []
    for note in notes:
        before = old.get(note.path)
        if before is None:
            added.append(note)
        elif before is not note:
            if before.aliases != note.aliases:
                return None
            changed.append(note)
    current = {note.path: note for note in notes}
    removed = [note for path, note in old.items() if path not in current]
    if len(added) + len(removed) > max(_CAME_OR_WENT_UP_TO, len(old) // 10):
        return None
    return changed, added, removed, current


_CAME_OR_WENT_UP_TO = 50
"""Notes that may come or go between two builds of a graph updated in place (or a tenth of
the vault, if more): past that (a sync, a checkout) it is built afresh."""


def _named_by(
    notes: list[Note], added: list[Note], removed: list[Note], skip: set[str]
) -> list[Note]:
    """The notes (other than those in `skip`) with a link that names a note that came or went
    (by path or name) or one of its aliases: where such a link leads may have changed."""
    if not added and not removed:
        return []
    names = {link_name(note.path) for note in (*added, *removed)}
    names |= {name for note in (*added, *removed) if (name := resolve.idless_name(note.path))}
    aliases = {fold(alias) for note in (*added, *removed) for alias in note.aliases}
    return [
        note
        for note in notes
        if note.path not in skip
        and any(
            link_name(link.target) in names or alias_key(link.target) in aliases
            for link in note.links
            if link.target
        )
    ]


def _drop_orphans(
    graph: nx.MultiDiGraph, targets: Iterable[str], notes: Mapping[str, Note]
) -> None:
    """Unresolved targets and attachments among `targets` that no link leads to any more."""
    for target in targets:
        if target not in notes and target in graph and graph.in_degree(target) == 0:
            graph.remove_node(target)  # an unresolved target or attachment nobody links now


def _merge(
    before: tuple[LinkProblem, ...], redone: dict[str, _Linked], gone: set[str], field: str
) -> tuple[LinkProblem, ...]:
    """`before` with the problems of re-linked notes replaced and those of notes gone left
    out, in path and line order."""
    kept = [p for p in before if p.source not in redone and p.source not in gone]
    for linked in redone.values():
        kept.extend(getattr(linked, field))
    kept.sort(key=lambda problem: problem.source)  # stable: each note's own order is kept
    return tuple(kept)
