"""The command line: the `vaultkit` group and its commands (the report commands are in
cli_reports.py). The one place, with them, that prints and exits.

Errors are translated here only: a UserError is shown as its problems without a traceback
(exit 2); anything unexpected asks for a rerun with -v, which shows the traceback (exit 70).
"""

from __future__ import annotations

import gc
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import click

from vaultkit import __version__
from vaultkit.app import freshness
from vaultkit.cli import reports as cli_reports
from vaultkit.cli.support import (
    EXIT_INTERNAL,
    EXIT_PROBLEMS,
    EXIT_USER_ERROR,
    VAULT,
    build_shown,
    coloured,
    default_vault,
    parse_day,
    print_diagnostics,
    shown_progress,
    today_option,
    vault_argument,
)
from vaultkit.cli.support import err as _err
from vaultkit.cli.support import out as _out
from vaultkit.domain.interactions import CHANNELS
from vaultkit.errors import UserError
from vaultkit.store import vault
from vaultkit.words import counted

CHANNEL_IDS = {channel for channel, _ in CHANNELS}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
      vaultkit init ~/Notes               write a commented .vaultkit/config.toml

    VAULT may be left out when the command runs inside the vault (in any folder of it), or
    when the environment variable VAULTKIT_VAULT names it.
    """
    ctx.obj = {"verbose": verbose}
    if ctx.invoked_subcommand != "watch":
        # A command's process ends when it is done, and what it builds stays alive until then:
        # the cyclic collector would only walk that heap again and again (about 0.1 s at 10k
        # notes). Reference counting still frees everything else. The daemon keeps it.
        gc.disable()
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@cli.command()
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
    built = result.build
    print_diagnostics(built.diagnostics)
    for edit in result.edits:
        if edit.outcome == "added":
            why = f" ({edit.message})" if edit.message else ""
            _err.print(f"recorded a ticked task in {edit.path}{why}")
        elif edit.outcome == "refused":
            _err.print(coloured("yellow", "not recorded", f": {edit.message}"), markup=True)
    not_written = [write for write in result.writes if write.outcome in ("refused", "failed")]
    for write in result.writes:
        if write.outcome in ("refused", "failed"):
            _err.print(coloured("red", write.outcome, f": {write.message}"), markup=True)
        elif write.message:  # the user's edits to a generated note, kept
            _err.print(
                coloured("yellow", write.outcome, f": {write.path}: {write.message}"), markup=True
            )
        else:
            _err.print(f"{write.outcome}: {write.path}")
    notes = len(built.graph.notes)
    cached = notes - built.parsed
    read = f"{built.parsed} parsed, {cached} from the cache" if cached > 0 else "all parsed"
    _err.print(
        f"{counted(notes, 'note', 'notes')} ({read}), "
        f"{counted(built.graph.link_count, 'link', 'links')}, "
        f"{counted(built.errors, 'error', 'errors')}"
    )
    return EXIT_PROBLEMS if not_written else 0


@cli.command()
@vault_argument
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def check(vault_path: Path, as_json: bool) -> int:
    """Report problems with notes and graph statistics; exit 1 if there are errors.

    \b
    Examples:
      vaultkit check sample_vault
      vaultkit check sample_vault --json | jq '.unresolved'
    """
    from rich.table import Table

    built = build_shown(vault_path)
    graph = built.graph
    problems = built.facts(date.today()).problems()
    errors = sum(1 for d in problems if d.severity == "error")
    if as_json:
        kinds: dict[str, int] = {}
        for kind in graph.kinds.values():
            kinds[kind] = kinds.get(kind, 0) + 1
        payload = {
            "notes": len(graph.notes),
            "links": graph.link_count,
            "kinds": kinds,
            "unresolved": [
                {"source": p.source, "target": p.target, "line": p.line} for p in graph.unresolved
            ],
            "alias_links": [
                {
                    "source": p.source,
                    "target": p.target,
                    "line": p.line,
                    "resolved_to": p.resolved_to,
                }
                for p in graph.alias_links
            ],
            "diagnostics": [
                {"path": d.path, "line": d.line, "severity": d.severity, "message": d.message}
                for d in problems
            ],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        table = Table(
            title=f"{built.root.name}: {counted(len(graph.notes), 'note', 'notes')}, "
            f"{counted(graph.link_count, 'link', 'links')}, {len(graph.unresolved)} unresolved"
        )
        table.add_column("kind")
        table.add_column("notes", justify="right")
        for kind in sorted(set(graph.kinds.values())):
            table.add_row(kind, str(sum(1 for k in graph.kinds.values() if k == kind)))
        _out.print(table)
        for problem in graph.unresolved:
            _out.print(f"unresolved: {problem.source}:{problem.line}: [[{problem.target}]]")
        print_diagnostics(problems, limit=None)
    return EXIT_PROBLEMS if errors else 0


@cli.command()
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

    if log_file is not None and vault.foreign_note(log_file):
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


@cli.group()
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


@cli.command(name="log")
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
    )
    if result.outcome == "refused":
        raise UserError(result.message)
    _err.print(f"recorded in {result.path}: {on.isoformat()} {words}")
    pipeline.rebuild(Session(vault_path), today)
    return 0


@cli.command()
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


for _command in cli_reports.COMMANDS:
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with `argv` (default: sys.argv[1:]) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args or "--verbose" in args
    try:
        result = cli.main(args=args, prog_name="vaultkit", standalone_mode=False)
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.Abort:
        _err.print("aborted")
        return 130
    except UserError as error:
        for problem in error.problems:
            _err.print(f"error: {problem}", markup=False)
        return EXIT_USER_ERROR
    except Exception as error:
        if verbose:
            raise
        if isinstance(error, OSError) and error.filename:
            # a file the command was told to use, or must create, cannot be: a path to fix
            _err.print(f"error: {error.filename}: {error.strerror or error}", markup=False)
            return EXIT_USER_ERROR
        _err.print(
            f"vaultkit hit an unexpected error: {error!r}\n"
            "Rerun with -v to see the details, and please report it.",
            markup=False,
        )
        return EXIT_INTERNAL
    return int(result or 0)
