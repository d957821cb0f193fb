"""`vaultkit themes`: what recruiters keep saying."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import (
    VAULT,
    build_shown,
    columns,
    default_vault,
    today_option,
)
from vaultkit.cli.support import out as _out
from vaultkit.words import counted

if TYPE_CHECKING:
    from vaultkit.domain.feedback import FeedbackItem
    from vaultkit.rules.themes import ThemeReport


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
    columns(table, ("theme", *fixed, "trend"), fixed)
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
