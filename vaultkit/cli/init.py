"""`vaultkit init`: write a commented config holding every default."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import (
    VAULT,
)
from vaultkit.cli.support import err as _err
from vaultkit.store import vault

if TYPE_CHECKING:
    pass


@click.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@click.option("--force", is_flag=True, help="Replace an existing config with the defaults.")
def init(vault_path: Path, force: bool) -> int:
    """Write a commented .vaultkit/config.toml holding every default.

    This also lets vaultkit use a vault folder that has no .obsidian folder (a copy synced
    without Obsidian's settings); other commands refuse such a folder.

    \b
    Example:
      vaultkit init ~/Notes
    """
    path = vault.write_default_config(vault.check_folder(vault_path), force=force)
    _err.print(f"wrote {path}")
    return 0
