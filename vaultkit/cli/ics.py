"""`vaultkit ics`: the due items as an iCalendar file."""

from __future__ import annotations

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
    pass


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
@force_option
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

    built = build_shown(vault_path)
    report = registry.due_report(built.facts(today))
    refused = writer.write_export(
        output, ics_file.dumps(report, built.config.language, today), force
    )
    if refused:
        _err.print(refused)
        return EXIT_PROBLEMS
    _err.print(f"wrote {output} ({counted(len(report.items), 'event', 'events')})")
    return 0
