"""`vaultkit watch`: run the daemon in the foreground."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import (
    parse_day,
    vault_argument,
)
from vaultkit.errors import UserError
from vaultkit.store import writer

if TYPE_CHECKING:
    pass


@click.command()
@vault_argument
@click.option(
    "--today",
    callback=parse_day,
    metavar="YYYY-MM-DD",
    help="Compute as if today were this day, always (for testing; default: real days).",
)
@click.option(
    "--quiet",
    "quiet",
    type=click.FloatRange(0.05, 60),
    default=0.3,
    show_default=True,
    help="Seconds without changes before a rebuild (a burst of saves is one rebuild).",
)
@click.option(
    "--log-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the log to this file.",
)
@click.pass_context
def watch(
    ctx: click.Context,
    vault_path: Path,
    today: date | None,
    quiet: float,
    log_file: Path | None,
) -> int:
    """Keep the generated notes fresh: rebuild whenever a note is saved.

    Runs in the foreground until Ctrl-C or SIGTERM (exit 0), or until the vault folder is
    moved, deleted or unmounted (exit 1). One daemon per vault. The notes are also rebuilt
    when the day changes, so due dates move with the calendar.

    \b
    Examples:
      vaultkit watch ~/Notes
      vaultkit -v watch ~/Notes --log-file ~/vaultkit.log
    """
    from vaultkit.app import daemon

    if log_file is not None and writer.foreign_note(log_file):
        raise UserError(
            f"{log_file} is a note vaultkit did not write; choose another file for the log"
        )
    level = logging.DEBUG if ctx.obj["verbose"] else logging.INFO
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    logging.basicConfig(
        level=level, handlers=handlers, force=True, format="%(asctime)s %(levelname)s %(message)s"
    )
    logging.getLogger("watchdog").setLevel(logging.WARNING)
    return daemon.watch(vault_path, today, quiet)
