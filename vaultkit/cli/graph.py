"""`vaultkit graph`: export the relationship graph or the network."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import (
    build_shown,
    force_option,
    today_option,
    vault_argument,
)
from vaultkit.cli.support import err as _err
from vaultkit.errors import EXIT_PROBLEMS
from vaultkit.store import writer
from vaultkit.words import counted

if TYPE_CHECKING:
    from vaultkit.app.build import Build


@click.command()
@vault_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "graphml", "canvas", "mermaid"]),
    default="json",
    show_default=True,
    help="Output format: the whole graph (json, graphml), or the network of contacts and "
    "companies (canvas: JSON Canvas for Obsidian; mermaid: a flowchart).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file instead of standard output.",
)
@force_option
@today_option
def graph(vault_path: Path, fmt: str, output: Path | None, force: bool, today: date) -> int:
    """Export the relationship graph (notes, links typed by property key or body).

    \b
    Examples:
      vaultkit graph sample_vault --format json -o graph.json
      vaultkit graph sample_vault --format graphml -o graph.graphml   (opens in Gephi, yEd)
      vaultkit graph sample_vault --format canvas -o ~/Notes/Network.canvas
      vaultkit graph sample_vault --format mermaid -o network.mmd
    """
    import networkx as nx

    built = build_shown(vault_path)
    g = built.graph.graph
    nodes, edges = g.number_of_nodes(), g.number_of_edges()
    summary = f"{counted(nodes, 'node', 'nodes')}, {counted(edges, 'edge', 'edges')}"
    if fmt == "json":
        text = json.dumps(nx.node_link_data(g, edges="links"), ensure_ascii=False, indent=1)
    elif fmt == "graphml":
        text = "\n".join(nx.generate_graphml(g)) + "\n"
    else:
        text, summary = _network_export(built, today, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        refused = writer.write_export(output, text.encode("utf-8"), force)
        if refused:
            _err.print(refused)
            return EXIT_PROBLEMS
        _err.print(f"wrote {output} ({summary})")
    return 0


def _network_export(built: Build, today: date, fmt: str) -> tuple[str, str]:
    """The network of contacts and companies as canvas JSON or Mermaid source, and a summary."""
    from vaultkit.notes import registry
    from vaultkit.notes.render import Renderer
    from vaultkit.store.templates import load_templates

    facts = built.facts(today)
    report = registry.network_report(facts)
    people = (
        f"{counted(len(report.relationships), 'contact', 'contacts')}, "
        f"{counted(len(report.companies), 'company', 'companies')}"
    )
    if fmt == "canvas":
        canvas = registry.canvas_report(facts)
        renderer = Renderer(load_templates(built.root), built.config.language)
        return registry.NETWORK_CANVAS.render(canvas, facts, renderer, None), people
    view = registry.network_view(facts)
    drawn = counted(view.contacts_shown, "contact", "contacts")
    return view.text + "\n", f"{people}; {drawn} drawn"
