"""`vaultkit rebuild`: read the vault and write the generated notes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from vaultkit.app import freshness
from vaultkit.cli.support import (
    coloured,
    print_diagnostics,
    shown_progress,
    today_option,
    vault_argument,
)
from vaultkit.cli.support import err as _err
from vaultkit.errors import EXIT_PROBLEMS
from vaultkit.store import vault
from vaultkit.words import counted


@click.command()
@vault_argument
@today_option
def rebuild(vault_path: Path, today: date) -> int:
    """Read the vault and write the generated notes into its output folder.

    Notes whose text would not change are not touched; a file at an output path that
    vaultkit did not write is never overwritten. When no file, setting or template changed
    since the last rebuild (and the day is the same), there is nothing to do.

    \b
    Example:
      vaultkit rebuild sample_vault --today 2026-11-24
    """
    root = vault.check_root(vault_path)
    found = freshness.check(root, today)  # before loading the rest of vaultkit: often enough
    if isinstance(found, freshness.Needed):
        from vaultkit.app import pipeline

        with shown_progress() as shown:
            result = pipeline.rebuild_if_needed(
                root, today, progress=shown.parsed, stage=shown.making, checked=found
            )
    else:
        result = found
    if isinstance(result, freshness.Skipped):
        stamp = result.stamp
        print_diagnostics(stamp.diagnostics)
        _err.print(
            f"nothing changed since the last rebuild: "
            f"{counted(stamp.summary['notes'], 'note', 'notes')}, "
            f"{counted(stamp.summary['links'], 'link', 'links')}, "
            f"{counted(stamp.summary['errors'], 'error', 'errors')}"
        )
        return 0
    from vaultkit.app import summary

    print_diagnostics(result.build.diagnostics)
    colours = {"warning": "yellow", "error": "red"}
    for line in summary.describe(result):
        if line.word:
            _err.print(
                coloured(colours.get(line.level, "default"), line.word, line.text), markup=True
            )
        else:
            _err.print(line.text)
    _err.print(summary.counts(result))
    return 0 if summary.wrote_everything(result) else EXIT_PROBLEMS
