"""The command line: the `vaultkit` group, its commands (one module each, beside this one) and
the one place where errors become messages and exit codes.

A UserError is shown as its problems without a traceback (exit 2), as is a file that cannot be
used; anything unexpected asks for a rerun with -v, which shows the traceback (exit 70). The
translation itself (errors.explain_error) is shared with the daemon, which logs what this prints.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Sequence
from typing import Any

import click

from vaultkit import __version__
from vaultkit.cli import (
    check,
    due,
    explain,
    graph,
    ics,
    init,
    log,
    network,
    rebuild,
    service,
    themes,
    watch,
)
from vaultkit.cli.support import err
from vaultkit.errors import explain_error

OWN_PROCESS = "own_process"
"""Set in the context's object by `main`: the command runs in a process of its own."""


class VaultkitGroup(click.Group):
    """The `vaultkit` group: a command's returned exit code, and any error it raises, become
    the process's exit code and message, whichever way the group is run (`main`, or click's
    test runner)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            code = super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as error:
            if ctx.params.get("verbose"):
                raise
            explained = explain_error(error)
            if explained.bug:
                err.print(
                    f"vaultkit hit an unexpected error: {error!r}\n"
                    "Rerun with -v to see the details, and please report it.",
                    markup=False,
                )
            else:
                for problem in explained.problems:
                    err.print(f"error: {problem}", markup=False)
            ctx.exit(explained.exit_code)
        if code:
            ctx.exit(int(code))
        return code


@click.group(cls=VaultkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vaultkit")
@click.option("-v", "--verbose", is_flag=True, help="Show debug logging and full tracebacks.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """vaultkit: keep your recruiter and HR relationships alive from your Obsidian vault.

    \b
    Examples:
      vaultkit rebuild ~/Notes            write the generated notes into the vault
      vaultkit due ~/Notes                who to write to today, and why
      vaultkit themes ~/Notes             what recruiters keep telling you
      vaultkit network ~/Notes            how each relationship stands
      vaultkit watch ~/Notes              keep the generated notes fresh on every save
      vaultkit check ~/Notes --json       list problems with notes, as JSON
      vaultkit explain ~/Notes "Anna"     what vaultkit read about Anna, and why
      vaultkit init ~/Notes               write a commented .vaultkit/config.toml

    VAULT may be left out when the command runs inside the vault (in any folder of it), or
    when the environment variable VAULTKIT_VAULT names it.
    """
    own_process = isinstance(ctx.obj, dict) and ctx.obj.get(OWN_PROCESS, False)
    ctx.obj = {"verbose": verbose}
    if own_process and ctx.invoked_subcommand != "watch":
        # A command's process ends when it is done, and what it builds stays alive until then:
        # the cyclic collector would only walk that heap again and again (about 0.1 s at 10k
        # notes). Reference counting still frees everything else. The daemon keeps it.
        gc.disable()
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


for _command in (
    rebuild.rebuild,
    check.check,
    watch.watch,
    service.service,
    log.log_command,
    init.init,
    due.due,
    explain.explain,
    ics.ics,
    themes.themes,
    network.network,
    graph.graph,
):
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with `argv` (default: sys.argv[1:]) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = cli.main(
            args=args, prog_name="vaultkit", standalone_mode=False, obj={OWN_PROCESS: True}
        )
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.Abort:
        err.print("aborted")
        return 130
    return int(result or 0)
