"""The network as a Mermaid flowchart that Obsidian renders natively, each node a clickable
internal link (`class ... internal-link`: Obsidian links a node to the note its text names).

Labels are always quoted, with quotes and entity-like characters written as Mermaid entities,
so Cyrillic names and punctuation render. Large networks are capped: key contacts and the most
active first, with their companies; the rest are counted, not drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vaultkit.rules.network import NetworkReport, Relationship


@dataclass(frozen=True, slots=True)
class MermaidView:
    """A Mermaid block and what it left out."""

    text: str
    """The flowchart source, without the ``` fence."""
    contacts_shown: int
    """Contacts drawn."""
    contacts_hidden: int
    """Contacts left out by the cap."""


def label(text: str) -> str:
    """`text` as a quoted Mermaid label."""
    escaped = (
        text.replace("#", "#35;")
        .replace('"', "#quot;")
        .replace("\n", " ")
        .replace("\r", " ")
        .replace("`", "#96;")
        .replace("<", "#lt;")  # Mermaid reads labels as HTML: no tags from note names
        .replace(">", "#gt;")
    )
    return f'"{escaped}"'


def link_text(path: str, titles: Mapping[str, int]) -> str:
    """What a node says, which is also the link Obsidian follows: the note's title, or its path
    (without .md) when two shown notes share a title."""
    stem = path[:-3] if path.lower().endswith(".md") else path
    title = stem.rsplit("/", 1)[-1]
    return stem if titles.get(title.casefold(), 0) > 1 else title


def _priority(r: Relationship) -> tuple[object, ...]:
    return (r.contact.tier != "key", -r.days, r.contact.name.casefold(), r.contact.path)


def network_mermaid(
    report: NetworkReport,
    relations: Mapping[tuple[str, str], str],
    company_titles: Mapping[str, str],
    max_contacts: int,
) -> MermaidView:
    """The flowchart of contacts (at most `max_contacts`), their companies and their links."""
    chosen = sorted(report.relationships, key=_priority)[:max_contacts]
    contacts = sorted(chosen, key=lambda r: (r.contact.name.casefold(), r.contact.path))
    companies = sorted(
        {c for r in contacts for c in r.companies if c in company_titles},
        key=lambda path: (company_titles[path].casefold(), path),
    )
    paths = [*companies, *(r.contact.path for r in contacts)]
    titles: dict[str, int] = {}
    for path in paths:
        title = path.rsplit("/", 1)[-1].removesuffix(".md").casefold()
        titles[title] = titles.get(title, 0) + 1
    ids = {path: f"k{n}" for n, path in enumerate(companies)}
    ids.update({r.contact.path: f"c{n}" for n, r in enumerate(contacts)})
    lines = ["flowchart LR"]
    lines += [f"  {ids[path]}[{label(link_text(path, titles))}]" for path in companies]
    lines += [
        f"  {ids[r.contact.path]}([{label(link_text(r.contact.path, titles))}])" for r in contacts
    ]
    edges = {}
    for r in contacts:
        for company in r.companies:
            if company in ids:
                edges[(r.contact.path, company)] = relations.get((r.contact.path, company), "")
    for (source, target), relation in relations.items():
        if source in ids and target in ids:
            edges[(source, target)] = relation
    order = {path: number for number, path in enumerate(paths)}
    for (source, target), relation in sorted(
        edges.items(), key=lambda edge: (order[edge[0][0]], order[edge[0][1]])
    ):
        arrow = f"-->|{label(relation)}|" if relation else "-->"
        lines.append(f"  {ids[source]} {arrow} {ids[target]}")
    for stage in ("forming", "developing", "mature"):
        members = [ids[r.contact.path] for r in contacts if r.stage == stage]
        if members:
            lines.append(f"  class {','.join(members)} {stage}")
    if paths:
        lines.append(f"  class {','.join(ids[path] for path in paths)} internal-link")
    lines += [
        "  classDef forming stroke-dasharray: 4 3",
        "  classDef developing stroke-width: 2px",
        "  classDef mature stroke-width: 4px",
    ]
    return MermaidView("\n".join(lines), len(contacts), len(report.relationships) - len(contacts))
