"""`vaultkit network`: how each relationship stands."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import (
    build_shown,
    columns,
    today_option,
    vault_argument,
)
from vaultkit.cli.support import out as _out
from vaultkit.words import counted

if TYPE_CHECKING:
    from vaultkit.rules.network import NetworkReport

    pass


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

    report = registry.network_report(build_shown(vault_path).facts(today))
    if as_json:
        click.echo(json.dumps(network_json(report), ensure_ascii=False, indent=2))
        return 0
    stages = ", ".join(f"{stage} {count}" for stage, count in report.stage_counts())
    table = Table(title=f"{counted(len(report.relationships), 'contact', 'contacts')} ({stages})")
    names = ("contact", "stage", "days", "last", "channels", "given", "received", "flow")
    columns(table, names, ("days", "last"))
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


def network_json(report: NetworkReport) -> dict[str, object]:
    """The report as plain JSON-ready data (`vaultkit network --json`)."""

    def title(path: str) -> str:
        return path.rsplit("/", 1)[-1].removesuffix(".md")

    return {
        "today": report.today.isoformat(),
        "stages": dict(report.stage_counts()),
        "relationships": [
            {
                "contact": r.contact.name,
                "path": r.contact.path,
                "tier": r.contact.tier,
                "stage": r.stage,
                "days": r.days,
                "first_on": r.first_on.isoformat() if r.first_on else None,
                "last_on": r.last_on.isoformat() if r.last_on else None,
                "regularity": round(r.regularity, 3),
                "channels": dict(r.channels),
                "given": dict(r.given),
                "received": dict(r.received),
                "flow": r.flow,
                "initiated_by_me": r.by_me,
                "initiated_by_them": r.by_them,
                "answered": r.answered,
                "unanswered": r.unanswered,
                "offers": r.offers,
                "referrals": r.referrals,
                "companies": [title(c) for c in r.companies],
                "centrality": round(r.centrality, 4),
                "flags": [
                    {"kind": f.kind, "count": f.count, "total": f.total, "side": f.side or None}
                    | ({"share": round(f.count / f.total, 3)} if f.kind == "one_sided" else {})
                    for f in r.flags
                ],
                "suggestion": None
                if r.suggestion is None
                else {"move": r.suggestion.move, "silent_days": r.suggestion.silent_days},
                "trust": r.contact.ratings.trust,
                "satisfaction": r.contact.ratings.satisfaction,
                "salary_range": r.contact.ratings.salary_range or None,
                "previous_companies": [title(c) for c in r.contact.previous_companies],
            }
            for r in report.relationships
        ],
        "channels": dict(report.channels),
        "growth": [
            {"month": month, "new": new, "total": total} for month, new, total in report.growth
        ],
        "met_earlier": report.met_earlier,
        "never_contacted": report.never_contacted,
        "connectors": [r.contact.name for r in report.connectors],
        "contacts_without_company": [r.contact.name for r in report.without_company],
        "companies_without_contact": [t for _, t in report.companies_without_contact],
    }
