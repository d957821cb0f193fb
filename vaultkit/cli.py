"""The command line: `vaultkit rebuild|check|graph|init`. The one place that prints and exits.

Errors are translated here only: a UserError is shown as its problems without a traceback
(exit 2); anything unexpected asks for a rerun with -v, which shows the traceback (exit 70).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click
import networkx as nx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from vaultkit import __version__, calendar, outputs, pipeline, record, vault
from vaultkit import service as services
from vaultkit.classifier import classify as classify_text
from vaultkit.classifier import default_lexicon
from vaultkit.dates import parse_iso_day
from vaultkit.domain.feedback import FeedbackItem, lexicon_for
from vaultkit.domain.interactions import CHANNELS
from vaultkit.errors import UserError
from vaultkit.mermaid import network_mermaid
from vaultkit.model import Diagnostic
from vaultkit.render import Renderer
from vaultkit.rules import due_text
from vaultkit.rules import network as network_rules
from vaultkit.rules.due import DueItem, bucket_of
from vaultkit.rules.network import report_json as network_json
from vaultkit.rules.themes import ThemeReport

CHANNEL_IDS = {channel for channel, _ in CHANNELS}
EXIT_PROBLEMS = 1
EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70

_err = Console(stderr=True, highlight=False, soft_wrap=True)
_out = Console(highlight=False, soft_wrap=True)
VAULT = click.Path(path_type=Path, file_okay=False)


def _today(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return parse_iso_day(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


today_option = click.option(
    "--today",
    callback=_today,
    metavar="YYYY-MM-DD",
    help="Compute as if today were this day (default: the real today).",
)


@contextmanager
def _parse_progress(enabled: bool) -> Iterator[pipeline.Progress | None]:
    """A progress bar on stderr for long parses, shown only on a terminal."""
    if not enabled or not _err.is_terminal:
        yield None
        return
    columns = (TextColumn("parsing notes"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=_err, transient=True) as bar:
        task = bar.add_task("parse", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _print_diagnostics(diagnostics: Sequence[Diagnostic], limit: int | None = 20) -> None:
    shown = [d for d in diagnostics if d.severity != "info"]
    for diagnostic in shown[:limit]:
        place = f"{diagnostic.path}:{diagnostic.line}" if diagnostic.line else diagnostic.path
        colour = "red" if diagnostic.severity == "error" else "yellow"
        _err.print(
            f"[{colour}]{diagnostic.severity}[/]: {place}: {diagnostic.message}", markup=True
        )
    if limit is not None and len(shown) > limit:
        _err.print(f"... and {len(shown) - limit} more (see `vaultkit check`)")


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
      vaultkit check ~/Notes --json       list problems with notes, as JSON
      vaultkit init ~/Notes               write a commented .vaultkit/config.toml
    """
    ctx.obj = {"verbose": verbose}
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
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
    with _parse_progress(True) as progress:
        result = pipeline.rebuild_if_needed(vault_path, today, progress=progress)
    if isinstance(result, pipeline.Skipped):
        stamp = result.stamp
        _print_diagnostics(stamp.diagnostics)
        _err.print(
            f"nothing changed since the last rebuild: {stamp.summary['notes']} notes, "
            f"{stamp.summary['links']} links, {stamp.summary['errors']} errors"
        )
        return 0
    built = result.build
    _print_diagnostics(built.diagnostics)
    for edit in result.edits:
        if edit.outcome == "added":
            _err.print(f"recorded a ticked task in {edit.path}")
        elif edit.outcome == "refused":
            _err.print(f"[yellow]not recorded[/]: {edit.message}", markup=True)
    refused = [write for write in result.writes if write.outcome == "refused"]
    for write in result.writes:
        if write.outcome == "refused":
            _err.print(f"[red]refused[/]: {write.message}", markup=True)
        else:
            _err.print(f"{write.outcome}: {write.path}")
    _err.print(
        f"{len(built.graph.notes)} notes ({built.parsed} parsed, the rest cached), "
        f"{built.graph.link_count} links, {built.errors} errors"
    )
    return EXIT_PROBLEMS if refused else 0


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def check(vault_path: Path, as_json: bool) -> int:
    """Report problems with notes and graph statistics; exit 1 if there are errors.

    \b
    Examples:
      vaultkit check sample_vault
      vaultkit check sample_vault --json | jq '.unresolved'
    """
    built = pipeline.build(vault_path)
    graph = built.graph
    problems = outputs.diagnostics(built, date.today())
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
            title=f"{built.root.name}: {len(graph.notes)} notes, "
            f"{graph.link_count} links, {len(graph.unresolved)} unresolved"
        )
        table.add_column("kind")
        table.add_column("notes", justify="right")
        for kind in sorted(set(graph.kinds.values())):
            table.add_row(kind, str(sum(1 for k in graph.kinds.values() if k == kind)))
        _out.print(table)
        for problem in graph.unresolved:
            _out.print(f"unresolved: {problem.source}:{problem.line}: [[{problem.target}]]")
        _print_diagnostics(problems, limit=None)
    return EXIT_PROBLEMS if errors else 0


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "graphml", "canvas", "mermaid"]),
    default="json",
    show_default=True,
    help="Output format: the whole graph (json, graphml), or the network of contacts and "
    "companies (canvas: JSON Canvas for Obsidian; mermaid: a flowchart).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file instead of standard output.",
)
@today_option
def graph(vault_path: Path, fmt: str, output: Path | None, today: date) -> int:
    """Export the relationship graph (notes, links typed by property key or body).

    \b
    Examples:
      vaultkit graph sample_vault --format json -o graph.json
      vaultkit graph sample_vault --format graphml -o graph.graphml   (opens in Gephi, yEd)
      vaultkit graph sample_vault --format canvas -o ~/Notes/Network.canvas
      vaultkit graph sample_vault --format mermaid -o network.mmd
    """
    built = pipeline.build(vault_path)
    g = built.graph.graph
    summary = f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
    if fmt == "json":
        text = json.dumps(nx.node_link_data(g, edges="links"), ensure_ascii=False, indent=1)
    elif fmt == "graphml":
        text = "\n".join(nx.generate_graphml(g)) + "\n"
    else:
        text, summary = _network_export(built, today, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        _err.print(f"wrote {output} ({summary})")
    return 0


def _network_export(built: pipeline.Build, today: date, fmt: str) -> tuple[str, str]:
    """The network of contacts and companies as canvas JSON or Mermaid source, and a summary."""
    report = outputs.network_report(built, today)
    people = f"{len(report.relationships)} contacts, {len(report.companies)} companies"
    if fmt == "canvas":
        canvas = outputs.canvas_report(built, today)
        renderer = Renderer(built.root, built.config.language)
        return outputs.NETWORK_CANVAS.render(canvas, built, today, renderer, None), people
    relations = network_rules.relations(built.graph, report, built.facts(today).interviews())
    view = network_mermaid(
        report, relations, dict(report.companies), built.config.network.mermaid_max_contacts
    )
    return view.text + "\n", f"{people}; {view.contacts_shown} contacts drawn"


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of items.")
def due(vault_path: Path, today: date, as_json: bool) -> int:
    """Who to write to now, and why: check-ins, first touches, special dates, interviews.

    \b
    Examples:
      vaultkit due sample_vault --today 2026-11-24
      vaultkit due sample_vault --json | jq '.[] | select(.kind == "follow_up")'
    """
    built = pipeline.build(vault_path)
    report = outputs.due_report(built, today)
    language = built.config.language
    if as_json:
        click.echo(
            json.dumps(
                [_due_json(item, language, today) for item in report.items],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    table = Table(title=f"Due on {today.isoformat()}: {len(report.items)} items")
    for column in ("due", "what", "who", "why"):
        table.add_column(column, overflow="fold")
    for item in report.items:
        style = "red" if item.due_on < today else None
        who = (
            item.contact.name
            if item.contact
            else (item.interview.company_name if item.interview else "") or ""
        )
        table.add_row(
            item.due_on.isoformat(),
            item.kind.replace("_", " "),
            who,
            due_text.reason(item, language),
            style=style,
        )
    _out.print(table)
    return 0


def _due_json(item: DueItem, language: str, today: date) -> dict[str, object]:
    last = item.last_interaction
    return {
        "kind": item.kind,
        "contact": item.contact.name if item.contact else None,
        "contact_path": item.contact.path if item.contact else None,
        "interview": item.interview.title if item.interview else None,
        "interview_path": item.interview.path if item.interview else None,
        "due_on": item.due_on.isoformat(),
        "latest_on": item.latest_on.isoformat() if item.latest_on else None,
        "section": bucket_of(item, today),
        "reason": due_text.reason(item, language),
        "last_interaction": None
        if last is None
        else {"on": last.on.isoformat(), "channel": last.channel, "source": last.path},
        "days_since": item.days_since,
    }


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@today_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The .ics file to write.",
)
def ics(vault_path: Path, today: date, output: Path) -> int:
    """Write the due items and special dates as an iCalendar (.ics) file.

    Event ids stay the same between runs, so a calendar app that subscribes to or re-imports
    the file updates events instead of duplicating them.

    \b
    Example:
      vaultkit ics sample_vault -o ~/due.ics
    """
    built = pipeline.build(vault_path)
    report = outputs.due_report(built, today)
    output.write_bytes(calendar.dumps(report, built.config.language, today))
    _err.print(f"wrote {output} ({len(report.items)} events)")
    return 0


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT, required=False)
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
    if classify:
        lexicon = (
            lexicon_for(pipeline.build(vault_path).config) if vault_path else default_lexicon()
        )
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
        raise click.UsageError("give a VAULT, or --classify to read feedback from stdin")
    report = outputs.theme_report(pipeline.build(vault_path), today)
    if as_json:
        click.echo(json.dumps(_themes_json(report), ensure_ascii=False, indent=2))
        return 0
    table = Table(
        title=f"{len(report.items)} feedback items, {len(report.unclassified)} unclassified"
    )
    for column in ("theme", "improve", "strength", "sources", "last", "trend"):
        table.add_column(column)
    for stat in report.stats:
        table.add_row(
            stat.theme + (" (recurring)" if stat.recurring else ""),
            str(stat.improvements),
            str(stat.strengths),
            str(stat.sources),
            str(stat.last or ""),
            stat.trend,
        )
    _out.print(table)
    return 0


def _themes_json(report: ThemeReport) -> dict[str, object]:
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
                "improvements": stat.improvements,
                "strengths": stat.strengths,
                "sources": stat.sources,
                "recurring": stat.recurring,
                "trend": stat.trend,
                "first": stat.first.isoformat() if stat.first else None,
                "last": stat.last.isoformat() if stat.last else None,
                "items": [item(entry) for entry in stat.items],
            }
            for stat in report.stats
        ],
        "unclassified": [item(entry) for entry in report.unclassified],
    }


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@click.option(
    "--today",
    "today_text",
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
    today_text: str | None,
    quiet: float,
    log_file: Path | None,
) -> int:
    """Keep the generated notes fresh: rebuild whenever a note is saved.

    Runs in the foreground until Ctrl-C or SIGTERM (exit 0). One daemon per vault. The notes
    are also rebuilt when the day changes, so due dates move with the calendar.

    \b
    Examples:
      vaultkit watch ~/Notes
      vaultkit -v watch ~/Notes --log-file ~/vaultkit.log
    """
    from vaultkit import watch as daemon

    today = _today(ctx, click.Option(["--today"]), today_text) if today_text else None
    level = logging.DEBUG if ctx.obj["verbose"] else logging.INFO
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    logging.basicConfig(
        level=level, handlers=handlers, force=True, format="%(asctime)s %(levelname)s %(message)s"
    )
    logging.getLogger("watchdog").setLevel(logging.WARNING)
    return daemon.watch(vault_path, today, quiet)


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
def network(vault_path: Path, today: date, as_json: bool) -> int:
    """How each relationship stands: stage, value given and received, channels, initiative.

    \b
    Examples:
      vaultkit network ~/Notes
      vaultkit network ~/Notes --json | jq '.relationships[] | select(.flow != "both")'
    """
    report = outputs.network_report(pipeline.build(vault_path), today)
    if as_json:
        click.echo(json.dumps(network_json(report), ensure_ascii=False, indent=2))
        return 0
    stages = ", ".join(f"{stage} {count}" for stage, count in report.stage_counts())
    table = Table(title=f"{len(report.relationships)} contacts ({stages})")
    for column in ("contact", "stage", "days", "last", "channels", "given", "received", "flow"):
        table.add_column(column)
    for r in report.relationships:
        table.add_row(
            r.contact.name,
            r.stage,
            str(r.days),
            str(r.last_on or ""),
            ", ".join(channel for channel, _ in r.channels),
            ", ".join(kind for kind, _ in r.given),
            ", ".join(kind for kind, _ in r.received),
            r.flow.replace("_", " "),
        )
    _out.print(table)
    return 0


@cli.group()
def service() -> None:
    """Run `vaultkit watch` at login (systemd user unit on Linux, launchd agent on macOS)."""


@service.command(name="install")
@click.argument("vault_path", metavar="VAULT", type=VAULT)
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
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@click.argument("contact")
@click.option(
    "--on", "on", callback=_today, metavar="YYYY-MM-DD", help="Day of the contact (default: today)."
)
@click.option("--channel", type=click.Choice(sorted(CHANNEL_IDS)), help="How you were in touch.")
@click.option("--text", default="", help="What it was about.")
@today_option
def log_command(
    vault_path: Path, contact: str, on: date, channel: str | None, text: str, today: date
) -> int:
    """Record a contact with someone as a dated line in their note, and refresh the notes.

    CONTACT is a contact note's name or path (ambiguous names are an error listing the
    candidates). The line goes under the note's Log heading (created if missing).

    \b
    Examples:
      vaultkit log ~/Notes "Anna Petrova" --channel call --text "talked about Q1 roles"
      vaultkit log ~/Notes People/Anna --on 2026-11-20 --channel email
    """
    built = pipeline.build(vault_path)
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
    pipeline.rebuild(vault_path, today)
    return 0


@cli.command()
@click.argument("vault_path", metavar="VAULT", type=VAULT)
@click.option("--force", is_flag=True, help="Replace an existing config with the defaults.")
def init(vault_path: Path, force: bool) -> int:
    """Write a commented .vaultkit/config.toml holding every default.

    \b
    Example:
      vaultkit init ~/Notes
    """
    path = vault.write_default_config(vault.check_root(vault_path), force=force)
    _err.print(f"wrote {path}")
    return 0


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
        _err.print(
            f"vaultkit hit an unexpected error: {error!r}\n"
            "Rerun with -v to see the details, and please report it.",
            markup=False,
        )
        return EXIT_INTERNAL
    return int(result or 0)
