"""What the command modules share: consoles, exit codes, the VAULT argument (given, named by
VAULTKIT_VAULT, or the vault the command runs in), --today, the progress bar and how problems
with notes are printed."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape

from vaultkit.model import Diagnostic
from vaultkit.parse.dates import parse_iso_day
from vaultkit.store.vault import is_vault

if TYPE_CHECKING:
    from rich.table import Table

    from vaultkit.app.build import Build


# Note names, link targets and messages hold brackets ("[[x]]", "Anna [HR]") that rich would
# read as its own markup, so markup is off; the few coloured words use `coloured`.
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
out = Console(highlight=False, soft_wrap=True, markup=False)


def coloured(colour: str, word: str, rest: str) -> str:
    """Markup for `word` in `colour`, then `rest` as plain text (print it with markup=True)."""
    return f"[{colour}]{escape(word)}[/]{escape(rest)}"


VAULT = click.Path(path_type=Path, file_okay=False)
VAULT_ENV = "VAULTKIT_VAULT"
"""The environment variable that names the vault for a command given none."""


def find_vault(start: Path) -> Path | None:
    """The nearest folder from `start` upwards that is a vault (see vault.is_vault), as git
    finds its repository; None when there is none."""
    return next((folder for folder in (start, *start.parents) if is_vault(folder)), None)


def default_vault(ctx: click.Context | None = None) -> Path:
    """The vault of a command given no VAULT: the one VAULTKIT_VAULT names, else the one the
    command runs in; a usage error when there is neither."""
    named = os.environ.get(VAULT_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    try:
        found = find_vault(Path.cwd())
    except OSError:  # the working folder was deleted
        found = None
    if found is None:
        raise click.UsageError(
            f"give VAULT: neither this folder nor any folder above it is an Obsidian vault "
            f"(or set {VAULT_ENV} to the vault's path)",
            ctx,
        )
    return found


def _given_or_default(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path:
    return value if value is not None else default_vault(ctx)


vault_argument = click.argument(
    "vault_path", metavar="[VAULT]", type=VAULT, required=False, callback=_given_or_default
)
"""The VAULT argument of a command: a path, or left out inside a vault or with VAULTKIT_VAULT
set."""


def parse_day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """An optional YYYY-MM-DD option as a date (None when not given)."""
    if value is None:
        return None
    try:
        return parse_iso_day(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def parse_today(ctx: click.Context, param: click.Parameter, value: str | None) -> date:
    """The --today value as a date (the real today when not given)."""
    return parse_day(ctx, param, value) or date.today()


today_option = click.option(
    "--today",
    callback=parse_today,
    metavar="YYYY-MM-DD",
    help="Compute as if today were this day (default: the real today).",
)


class Shown:
    """What a long command shows on a terminal while it works: the notes parsed, then the
    generated note being made. Off a terminal, nothing."""

    def __init__(self, update: Callable[..., None] | None = None) -> None:
        self._update = update

    def parsed(self, done: int, total: int) -> None:
        """`done` of `total` notes parsed."""
        if self._update is not None:
            self._update(description="parsing notes", completed=done, total=total)

    def making(self, what: str, done: int, total: int) -> None:
        """Now making the generated note `what` (its vault path), `done` of `total` made."""
        if self._update is not None:
            self._update(description=f"making {what}", completed=done, total=total)


@contextmanager
def shown_progress() -> Iterator[Shown]:
    """A progress line on stderr for long work, shown only on a terminal, gone when done."""
    if not err.is_terminal:
        yield Shown()
        return
    from rich.progress import BarColumn, Progress, TextColumn

    # "parsing notes ━━━ 600/1000", "making vaultkit/Network.md ━━━ 3/5"; no "0/?" before
    count = TextColumn("{task.fields[count]}")
    columns = (TextColumn("{task.description}"), BarColumn(), count)
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("reading the vault", total=None, count="")

        def update(*, completed: int, total: int | None, description: str) -> None:
            count = f"{completed}/{total}" if total else ""
            bar.update(task, completed=completed, total=total, description=description, count=count)

        yield Shown(update)


def build_shown(vault_path: Path) -> Build:
    """The vault read into its graph (pipeline.build), with progress shown on a terminal."""
    from vaultkit.app import pipeline

    with shown_progress() as shown:
        return pipeline.build(vault_path, progress=shown.parsed)


def print_diagnostics(diagnostics: Sequence[Diagnostic], limit: int | None = 20) -> None:
    shown = [d for d in diagnostics if d.severity != "info"]
    for diagnostic in shown[:limit]:
        place = f"{diagnostic.path}:{diagnostic.line}" if diagnostic.line else diagnostic.path
        colour = "red" if diagnostic.severity == "error" else "yellow"
        err.print(
            coloured(colour, diagnostic.severity, f": {place}: {diagnostic.message}"), markup=True
        )
    if limit is not None and len(shown) > limit:
        err.print(f"... and {len(shown) - limit} more (see `vaultkit check`)")


force_option = click.option(
    "--force",
    is_flag=True,
    help="Replace the output file even if it is a note or canvas vaultkit did not write.",
)
"""The --force option of a command that writes a file the user names."""


def columns(table: Table, names: tuple[str, ...], fixed: tuple[str, ...]) -> None:
    """Add the columns `names`: the `fixed` ones (numbers, dates) are never cut or
    wrapped; the others wrap at spaces within the terminal's width."""
    for name in names:
        table.add_column(name, no_wrap=name in fixed)
