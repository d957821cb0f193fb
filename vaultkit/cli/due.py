"""`vaultkit due`: who to write to now, and why."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import (
    build_shown,
    today_option,
    vault_argument,
)
from vaultkit.cli.support import out as _out
from vaultkit.words import counted

if TYPE_CHECKING:
    from vaultkit.rules.due import DueItem


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

    from vaultkit.notes import due_reasons, registry

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
            due_reasons.reason(item, language, today),
            style=style,
        )
    _out.print(table)
    return 0


def _due_json(item: DueItem, language: str, today: date) -> dict[str, object]:
    from vaultkit.notes import due_reasons, due_wording
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
        "reason": due_reasons.reason(item, language, today),
        "share": due_wording.share(item, language) or None,
        "last_interaction": None
        if last is None
        else {"on": last.on.isoformat(), "channel": last.channel, "source": last.path},
        "days_since": item.days_since,
        "news": [
            {"on": news.on.isoformat(), "kind": news.kind, "text": news.text, "source": news.path}
            for news in item.news
        ],
        "event": None
        if item.event is None
        else {"name": item.event.name, "on": item.event.on.isoformat(), "note": item.event.path},
    }
