"""`vaultkit log`: record a contact as a dated line in its note."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import (
    VAULT,
    build_shown,
    default_vault,
    parse_day,
    today_option,
)
from vaultkit.cli.support import err as _err
from vaultkit.domain.interactions import CHANNELS
from vaultkit.errors import EXIT_PROBLEMS, UserError

CHANNEL_IDS = {channel for channel, _ in CHANNELS}

if TYPE_CHECKING:
    pass


@click.command(name="log")
@click.argument("place", metavar="[VAULT] CONTACT", nargs=-1, required=True)
@click.option(
    "--on",
    "on",
    callback=parse_day,
    metavar="YYYY-MM-DD",
    help="Day of the contact (default: today, or the day --today names).",
)
@click.option("--channel", type=click.Choice(sorted(CHANNEL_IDS)), help="How you were in touch.")
@click.option("--text", default="", help="What it was about.")
@today_option
def log_command(
    place: tuple[str, ...], on: date | None, channel: str | None, text: str, today: date
) -> int:
    """Record a contact with someone as a dated line in their note, and refresh the notes.

    CONTACT is a contact note's name or path (ambiguous names are an error listing the
    candidates). The line goes under the note's Log heading (created if missing). VAULT may
    be left out inside the vault or with VAULTKIT_VAULT set.

    \b
    Examples:
      vaultkit log ~/Notes "Anna Petrova" --channel call --text "talked about Q1 roles"
      vaultkit log ~/Notes People/Anna --on 2026-11-20 --channel email
      cd ~/Notes && vaultkit log "Anna Petrova" --channel coffee
    """
    from vaultkit.app import pipeline
    from vaultkit.app.session import Session
    from vaultkit.ticks import record

    ctx = click.get_current_context()
    if len(place) > 2:
        raise click.UsageError("give VAULT and CONTACT, or CONTACT alone (quote a name)", ctx)
    contact = place[-1]
    vault_path = VAULT.convert(place[0], None, ctx) if len(place) == 2 else default_vault(ctx)
    on = on or today
    built = build_shown(vault_path)
    config = built.config
    path = record.find_contact(built.graph, contact)
    # one list item, always: newlines, tabs and runs of spaces fold into one space, so that
    # no heading, rule or second item can come in with the text
    channel = " ".join((channel or "").split()) or None
    text = " ".join(text.split())
    words = " ".join(part for part in (channel, text) if part) or "contact"
    if channel and text:
        words = f"{channel}: {text}"
    result = record.log_entry(
        built.root,
        built.graph,
        path,
        f"- {on.isoformat()} {words}",
        language=config.language,
        output_folder=config.output_folder,
        mode=config.due.record_ticks_in,
        heading=config.due.log_heading,
        scan=built.scan,
    )
    if result.outcome == "refused":
        raise UserError(result.message)
    if result.outcome == "deferred":  # being saved just now: run again once it is saved
        _err.print(f"not recorded: {result.message}; run the command again")
        return EXIT_PROBLEMS
    if result.message:
        _err.print(result.message)
    _err.print(f"recorded in {result.path}: {on.isoformat()} {words}")
    pipeline.rebuild(Session(vault_path), today)
    return 0
