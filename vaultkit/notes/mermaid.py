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
    companies_hidden: int = 0
    """Companies not drawn: no contact shown works there (they are listed under Gaps)."""
    other_links: tuple[tuple[str, str, str], ...] = ()
    """Links between the notes on the map other than a contact's own company: (source path,
    relation, target path), listed under the map."""


def label(text: str) -> str:
    """`text` as a quoted Mermaid label."""
    escaped = (
        text.replace("#", "#35;")
        .replace("&", "#38;")
        .replace("%", "#37;")  # '%%' starts a Mermaid comment
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
    (without .md) when two shown notes share a title; a section's with its heading."""
    path, mark, heading = path.partition(".md#")  # a person's section: "People#Tom Brecken"
    path = path + ".md" if mark else path
    stem = path[:-3] if path.lower().endswith(".md") else path
    title = stem.rsplit("/", 1)[-1]
    return (stem if titles.get(title.casefold(), 0) > 1 else title) + mark[3:] + heading


SPACING = '%%{init: {"flowchart": {"nodeSpacing": 14, "rankSpacing": 24, "padding": 6}}}%%'
"""Tighter than Mermaid's defaults, so a box of cards takes little more room than its cards."""
ROW = 3
"""Cards per row inside a company's box: three cards of a long name fit the 700 px reading
column at Mermaid's own 16 px text, so the map is never scaled down to unreadable."""


def _priority(r: Relationship) -> tuple[object, ...]:
    return (r.contact.tier != "key", -r.days, r.contact.name.casefold(), r.contact.path)


def network_mermaid(
    report: NetworkReport,
    relations: Mapping[tuple[str, str], str],
    company_titles: Mapping[str, str],
    max_contacts: int,
    no_company: str = "No company",
) -> MermaidView:
    """The map of contacts (at most `max_contacts`) grouped by company: a box per company
    holding the company's card and its contacts' cards, three to a row, left to right, the
    boxes one under another. Other links (a company they left, who referred whom) are not
    drawn: an arrow between boxes would set them side by side, too wide to read; the note
    lists them under the map (`other_links`).

    Long because: it lays out the boxes, the rows and the classes of one diagram, each a few
    lines that read best together.
    """
    chosen = sorted(report.relationships, key=_priority)[:max_contacts]
    contacts = sorted(chosen, key=lambda r: (r.contact.name.casefold(), r.contact.path))
    home = {r.contact.path: _home(r, company_titles) for r in contacts}
    shown = {company for company in home.values() if company}
    shown |= {
        end
        for pair in relations
        for end in pair
        if end in company_titles and set(pair) & home.keys()
    }  # a company a contact on the map left, or names
    if len(company_titles) <= max_contacts:
        shown |= set(company_titles)  # a small network: every company, even with no one there
    companies = sorted(shown, key=lambda path: (company_titles[path].casefold(), path))
    paths = [*companies, *(r.contact.path for r in contacts)]
    titles: dict[str, int] = {}
    for path in paths:
        title = path.rsplit("/", 1)[-1].removesuffix(".md").casefold()
        titles[title] = titles.get(title, 0) + 1
    ids = {path: f"k{n}" for n, path in enumerate(companies)}
    ids.update({r.contact.path: f"c{n}" for n, r in enumerate(contacts)})
    lines = [SPACING, "flowchart LR"]
    for number, company in enumerate([*companies, None]):
        members = [r.contact.path for r in contacts if home[r.contact.path] == company]
        if company is None and not members:
            continue
        cards = [f"{ids[company]}[{label(link_text(company, titles))}]"] if company else []
        cards += [f"{ids[path]}([{label(link_text(path, titles))}])" for path in members]
        title = label(" ") if company else label(no_company)
        lines.append(f"  subgraph g{number}[{title}]")
        lines.append("    direction LR")
        for start in range(0, len(cards), ROW):
            lines.append("    " + " ~~~ ".join(cards[start : start + ROW]))
        lines.append("  end")
    for stage in ("forming", "developing", "mature"):
        members = [ids[r.contact.path] for r in contacts if r.stage == stage]
        if members:
            lines.append(f"  class {','.join(members)} {stage}")
    if companies:
        lines.append(f"  class {','.join(ids[path] for path in companies)} company")
    if paths:
        lines.append(f"  class {','.join(ids[path] for path in paths)} internal-link")
    lines += [
        "  classDef company font-weight: bold",
        "  classDef forming stroke-dasharray: 4 3",
        "  classDef developing stroke-width: 2px",
        "  classDef mature stroke-width: 4px",
    ]
    others = sorted(
        (source, relation.replace("_", " ") if relation != "link" else "", target)
        for (source, target), relation in relations.items()
        if source in ids and target in ids and home.get(source) != target
    )
    return MermaidView(
        "\n".join(lines),
        len(contacts),
        len(report.relationships) - len(contacts),
        len(report.companies) - len(companies),
        tuple(others),
    )


def _home(r: Relationship, company_titles: Mapping[str, str]) -> str | None:
    """The company whose box a contact's card is in: the first of theirs that is a company
    note, else none."""
    return next((company for company in r.companies if company in company_titles), None)
