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
from vaultkit.notes.theme_words import theme_label, trend_words

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
    facts = build_shown(vault_path).facts(today)
    report = registry.theme_report(facts)
    language = facts.config.language
    if as_json:
        click.echo(json.dumps(_themes_json(report, language), ensure_ascii=False, indent=2))
        return 0
    words = _TABLE_WORDS[language]
    table = Table(
        title=f"{words['items']}: {len(report.items)}, {words['unclassified']}: "
        f"{len(report.unclassified)}"
    )
    table.add_column(words["theme"], min_width=16)  # a theme's name is never cut to "Сист…"
    fixed = tuple(words[name] for name in ("improve", "strength", "sources", "last"))
    columns(table, (*fixed, words["trend"]), fixed)
    for stat in report.stats:
        table.add_row(
            theme_label(stat.theme, language)
            + (f" ({words['recurring']})" if stat.recurring else ""),
            str(stat.improvements),
            str(stat.strengths),
            str(stat.sources),
            str(stat.last or ""),
            trend_words(stat.trend, language),
        )
    _out.print(table)
    return 0


_TABLE_WORDS = {
    "en": {
        "items": "feedback items",
        "unclassified": "unclassified",
        "theme": "theme",
        "improve": "to improve",
        "strength": "praised",
        "sources": "sources",
        "last": "last",
        "trend": "trend",
        "recurring": "recurring",
    },
    "ru": {
        "items": "пунктов обратной связи",
        "unclassified": "без темы",
        "theme": "тема",
        "improve": "улучшить",
        "strength": "сильные",
        "sources": "источников",
        "last": "последний",
        "trend": "тренд",
        "recurring": "повторяется",
    },
}
"""The table's words, as the Feedback themes note says them."""


def _themes_json(report: ThemeReport, language: str) -> dict[str, object]:
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
                "label": theme_label(stat.theme, language),
                "improvements": stat.improvements,
                "strengths": stat.strengths,
                "sources": stat.sources,
                "recurring": stat.recurring,
                "trend": stat.trend,
                "trend_label": trend_words(stat.trend, language),
                "first": stat.first.isoformat() if stat.first else None,
                "last": stat.last.isoformat() if stat.last else None,
                "items": [item(entry) for entry in stat.items],
            }
            for stat in report.stats
        ],
        "unclassified": [item(entry) for entry in report.unclassified],
        "without_details": list(report.without_details),
    }
