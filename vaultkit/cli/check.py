"""`vaultkit check`: problems with notes and graph statistics."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import (
    build_shown,
    print_diagnostics,
    vault_argument,
)
from vaultkit.cli.support import out as _out
from vaultkit.errors import EXIT_PROBLEMS
from vaultkit.words import counted

if TYPE_CHECKING:
    pass


@click.command()
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def check(vault_path: Path, as_json: bool) -> int:
    """Report problems with notes and graph statistics; exit 1 if there are errors.

    \b
    Examples:
      vaultkit check sample_vault
      vaultkit check sample_vault --json | jq '.unresolved'
    """
    from rich.table import Table

    built = build_shown(vault_path)
    graph = built.graph
    problems = built.facts(date.today()).problems()
    errors = sum(1 for d in problems if d.severity == "error")
    if as_json:
        kinds: dict[str, int] = {}
        for kind in graph.kinds.values():
            kinds[kind] = kinds.get(kind, 0) + 1
        payload = {
            "notes": len(graph.notes),
            "links": graph.link_count,
            "kinds": kinds,
            "unresolved": [
                {"source": p.source, "target": p.target, "line": p.line} for p in graph.unresolved
            ],
            "alias_links": [
                {
                    "source": p.source,
                    "target": p.target,
                    "line": p.line,
                    "resolved_to": p.resolved_to,
                }
                for p in graph.alias_links
            ],
            "diagnostics": [
                {"path": d.path, "line": d.line, "severity": d.severity, "message": d.message}
                for d in problems
            ],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        table = Table(
            title=f"{built.root.name}: {counted(len(graph.notes), 'note', 'notes')}, "
            f"{counted(graph.link_count, 'link', 'links')}, {len(graph.unresolved)} unresolved"
        )
        table.add_column("kind")
        table.add_column("notes", justify="right")
        for kind in sorted(set(graph.kinds.values())):
            table.add_row(kind, str(sum(1 for k in graph.kinds.values() if k == kind)))
        _out.print(table)
        for problem in graph.unresolved:
            _out.print(f"unresolved: {problem.source}:{problem.line}: [[{problem.target}]]")
        print_diagnostics(problems, limit=None)
    return EXIT_PROBLEMS if errors else 0
