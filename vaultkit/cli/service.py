"""`vaultkit service`: start the daemon at login."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from vaultkit.cli.support import err as _err
from vaultkit.cli.support import (
    vault_argument,
)
from vaultkit.store import vault

if TYPE_CHECKING:
    pass


@click.group()
def service() -> None:
    """Run `vaultkit watch` at login (systemd user unit on Linux, launchd agent on macOS)."""


@service.command(name="install")
@vault_argument
@click.option(
    "--kind",
    type=click.Choice(["systemd", "launchd"]),
    help="Service manager (default: launchd on macOS, systemd elsewhere).",
)
@click.option("--print", "print_only", is_flag=True, help="Print the file instead of writing it.")
@click.option("--force", is_flag=True, help="Replace an existing service file.")
def service_install(vault_path: Path, kind: str | None, print_only: bool, force: bool) -> int:
    """Write the service file that starts the daemon for VAULT at login.

    \b
    Examples:
      vaultkit service install ~/Notes
      vaultkit service install ~/Notes --kind launchd --print
    """
    from vaultkit.app import service as services

    root = vault.check_root(vault_path)
    chosen = kind or services.default_kind()
    home = Path.home()
    if print_only:
        _, text, _ = services.service_file(root, chosen, home)  # type: ignore[arg-type]
        click.echo(text, nl=False)
        return 0
    path, start = services.install(root, chosen, home, force)  # type: ignore[arg-type]
    _err.print(f"wrote {path}\nstart it now and at every login with:\n  {start}")
    return 0
