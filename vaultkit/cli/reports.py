"""Report commands: due, ics, themes, network and graph, each printing what a generated note
shows (as a table or JSON) or exporting it to a file.

Each command loads the parts of vaultkit it uses when it runs, not when the command line is
read, so that `--help` and the other commands start quickly.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import VAULT, build_shown, default_vault, today_option, vault_argument
from vaultkit.cli.support import err as _err
from vaultkit.cli.support import out as _out
from vaultkit.words import counted

_force_option = click.option(
    "--force",
    is_flag=True,
    help="Replace the output file even if it is a note or canvas vaultkit did not write.",
)

if TYPE_CHECKING:
    from rich.table import Table

    from vaultkit.app.build import Build
    from vaultkit.domain.feedback import FeedbackItem
    from vaultkit.rules.due import DueItem
    from vaultkit.rules.themes import ThemeReport


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
@_force_option
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

    from vaultkit.store import vault

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
        vault.write_export(output, text.encode("utf-8"), force)
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


@click.command()
@vault_argument
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of items.")
def due(vault_path: Path, today: date, as_json: bool) -> int:
    """Who to write to now, and why: check-ins, first touches, special dates, interviews.

    \b
    Examples:
      vaultkit due sample_vault --today 2026-11-24
      vaultkit due sample_vault --json | jq '.[] | select(.kind == "follow_up")'
    """
    from rich.table import Table

    from vaultkit.notes import due_wording, registry

    built = build_shown(vault_path)
    report = registry.due_report(built.facts(today))
    language = built.config.language
    if as_json:
        click.echo(
            json.dumps(
                [_due_json(item, language, today) for item in report.items],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    due = counted(len(report.items), "item", "items")
    table = Table(title=f"Due on {today.isoformat()}: {due}")
    for column in ("due", "what", "who", "why"):
        table.add_column(column, overflow="fold")
    for item in report.items:
        style = "red" if item.due_on < today else None
        who = (
            item.contact.name
            if item.contact
            else (item.interview.company_name if item.interview else "") or ""
        )
        table.add_row(
            item.due_on.isoformat(),
            item.kind.replace("_", " "),
            who,
            due_wording.reason(item, language),
            style=style,
        )
    _out.print(table)
    return 0


def _due_json(item: DueItem, language: str, today: date) -> dict[str, object]:
    from vaultkit.notes import due_wording
    from vaultkit.rules.due import bucket_of

    last = item.last_interaction
    return {
        "kind": item.kind,
        "contact": item.contact.name if item.contact else None,
        "contact_path": item.contact.path if item.contact else None,
        "interview": item.interview.title if item.interview else None,
        "interview_path": item.interview.path if item.interview else None,
        "due_on": item.due_on.isoformat(),
        "latest_on": item.latest_on.isoformat() if item.latest_on else None,
        "section": bucket_of(item, today),
        "reason": due_wording.reason(item, language),
        "share": due_wording.share(item, language) or None,
        "last_interaction": None
        if last is None
        else {"on": last.on.isoformat(), "channel": last.channel, "source": last.path},
        "days_since": item.days_since,
    }


@click.command()
@vault_argument
@today_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The .ics file to write.",
)
@_force_option
def ics(vault_path: Path, today: date, output: Path, force: bool) -> int:
    """Write the due items and special dates as an iCalendar (.ics) file.

    Event ids stay the same between runs, so a calendar app that subscribes to or re-imports
    the file updates events instead of duplicating them.

    \b
    Example:
      vaultkit ics sample_vault -o ~/due.ics
    """
    from vaultkit.notes import ics as ics_file
    from vaultkit.notes import registry
    from vaultkit.store import vault

    built = build_shown(vault_path)
    report = registry.due_report(built.facts(today))
    vault.write_export(output, ics_file.dumps(report, built.config.language, today), force)
    _err.print(f"wrote {output} ({counted(len(report.items), 'event', 'events')})")
    return 0


@click.command()
@click.argument("vault_path", metavar="[VAULT]", type=VAULT, required=False)
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option(
    "--classify",
    is_flag=True,
    help="Classify feedback lines from standard input, one JSON object per line.",
)
def themes(vault_path: Path | None, today: date, as_json: bool, classify: bool) -> int:
    """What recruiters keep telling you: feedback themes, recurring ones first.

    With --classify, reads one piece of feedback per line on standard input and prints
    {"text", "themes", "polarity"} per line (a VAULT adds the words of its config).

    \b
    Examples:
      vaultkit themes sample_vault
      vaultkit themes sample_vault --json | jq '.themes[] | select(.recurring)'
      echo "Weak on system design" | vaultkit themes --classify
    """
    from rich.table import Table

    from vaultkit.domain.feedback import lexicon_for
    from vaultkit.domain.feedback_classifier import classify as classify_text
    from vaultkit.domain.feedback_classifier import default_lexicon
    from vaultkit.notes import registry

    if classify:
        lexicon = lexicon_for(build_shown(vault_path).config) if vault_path else default_lexicon()
        for line in sys.stdin:
            text = line.strip()
            if text:
                result = classify_text(text, lexicon)
                click.echo(
                    json.dumps(
                        {"text": text, "themes": list(result.themes), "polarity": result.polarity},
                        ensure_ascii=False,
                    )
                )
        return 0
    if vault_path is None:
        vault_path = default_vault(click.get_current_context())
    report = registry.theme_report(build_shown(vault_path).facts(today))
    if as_json:
        click.echo(json.dumps(_themes_json(report), ensure_ascii=False, indent=2))
        return 0
    table = Table(
        title=f"{counted(len(report.items), 'feedback item', 'feedback items')}, "
        f"{len(report.unclassified)} unclassified"
    )
    fixed = ("improve", "strength", "sources", "last")
    _columns(table, ("theme", *fixed, "trend"), fixed)
    for stat in report.stats:
        table.add_row(
            stat.theme + (" (recurring)" if stat.recurring else ""),
            str(stat.improvements),
            str(stat.strengths),
            str(stat.sources),
            str(stat.last or ""),
            stat.trend,
        )
    _out.print(table)
    return 0


def _themes_json(report: ThemeReport) -> dict[str, object]:
    def item(entry: FeedbackItem) -> dict[str, object]:
        return {
            "text": entry.text,
            "themes": list(entry.themes),
            "polarity": entry.polarity,
            "note": entry.path,
            "interview": entry.interview,
            "company": entry.company,
            "recruiter": entry.recruiter,
            "on": entry.on.isoformat() if entry.on else None,
        }

    return {
        "today": report.today.isoformat(),
        "themes": [
            {
                "theme": stat.theme,
                "improvements": stat.improvements,
                "strengths": stat.strengths,
                "sources": stat.sources,
                "recurring": stat.recurring,
                "trend": stat.trend,
                "first": stat.first.isoformat() if stat.first else None,
                "last": stat.last.isoformat() if stat.last else None,
                "items": [item(entry) for entry in stat.items],
            }
            for stat in report.stats
        ],
        "unclassified": [item(entry) for entry in report.unclassified],
    }


@click.command()
@vault_argument
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
def network(vault_path: Path, today: date, as_json: bool) -> int:
    """How each relationship stands: stage, value given and received, channels, initiative.

    \b
    Examples:
      vaultkit network ~/Notes
      vaultkit network ~/Notes --json | jq '.relationships[] | select(.flow != "both")'
    """
    from rich.table import Table

    from vaultkit.notes import registry
    from vaultkit.rules.network import report_json as network_json

    report = registry.network_report(build_shown(vault_path).facts(today))
    if as_json:
        click.echo(json.dumps(network_json(report), ensure_ascii=False, indent=2))
        return 0
    stages = ", ".join(f"{stage} {count}" for stage, count in report.stage_counts())
    table = Table(title=f"{counted(len(report.relationships), 'contact', 'contacts')} ({stages})")
    names = ("contact", "stage", "days", "last", "channels", "given", "received", "flow")
    _columns(table, names, ("days", "last"))
    for r in report.relationships:
        table.add_row(
            r.contact.name,
            r.stage,
            str(r.days),
            str(r.last_on or ""),
            ", ".join(channel for channel, _ in r.channels),
            ", ".join(kind for kind, _ in r.given),
            ", ".join(kind for kind, _ in r.received),
            r.flow.replace("_", " "),
        )
    _out.print(table)
    return 0


def _columns(table: Table, names: tuple[str, ...], fixed: tuple[str, ...]) -> None:
    """Add the columns `names`: the `fixed` ones (numbers, dates) are never cut or
    wrapped; the others wrap at spaces within the terminal's width."""
    for name in names:
        table.add_column(name, no_wrap=name in fixed)


COMMANDS = (due, ics, themes, network, graph)
